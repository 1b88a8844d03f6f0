import { Fragment, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { searchAudit, verifyAudit, type AuditEntry, type AuditQuery } from '../api/audit.api.ts';
import { useAnnouncer } from '../app/announcer.tsx';
import { useSession } from '../app/session.tsx';
import { SelectField, TextField } from '../components/Field.tsx';
import { useLoad } from '../components/use-load.ts';
import { listUsers } from '../api/users.api.ts';
import { ProblemAlert } from '../components/ProblemAlert.tsx';
import { useApiForm } from '../components/use-api-form.ts';
import { dayBoundaryIso, formatDateTime } from '../format/dates.ts';
import { useI18n } from '../i18n/i18n.tsx';

const PAGE_SIZE = 50;

interface Filters {
  actor: string;
  action: string;
  targetType: string;
  targetId: string;
  from: string;
  to: string;
}

const EMPTY: Filters = { actor: '', action: '', targetType: '', targetId: '', from: '', to: '' };

/** Log Audit: search by actor, action prefix, target and date range, newest first, paged. */
export function AuditPage(): ReactNode {
  const { t } = useI18n();
  const { can, timeZone } = useSession();
  const form = useApiForm();
  const [filters, setFilters] = useState<Filters>(EMPTY);
  const [rows, setRows] = useState<AuditEntry[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [query, setQuery] = useState<AuditQuery>({});
  // The log names actors by user id; officers think in usernames, so offer the user list.
  const users = useLoad(() => listUsers({}), []);

  function toQuery(values: Filters): AuditQuery {
    // Dates are the office's days: turn them into instants in the office zone.
    return {
      actor: values.actor || undefined,
      action: values.action.trim() || undefined,
      targetType: values.targetType.trim() || undefined,
      targetId: values.targetId.trim() || undefined,
      from: values.from ? dayBoundaryIso(values.from, timeZone, 'start') : undefined,
      to: values.to ? dayBoundaryIso(values.to, timeZone, 'end') : undefined,
      limit: PAGE_SIZE,
    };
  }

  async function load(base: AuditQuery, beforeSeq: string | null): Promise<void> {
    const outcome = await form.run(() => searchAudit(beforeSeq ? { ...base, beforeSeq } : base));
    if (!outcome.ok) return;
    setRows((previous) =>
      beforeSeq && previous ? [...previous, ...outcome.value.items] : outcome.value.items,
    );
    setNext(
      outcome.value.nextBeforeSeq === null || outcome.value.nextBeforeSeq === undefined
        ? null
        : String(outcome.value.nextBeforeSeq),
    );
  }

  async function handleSearch(event: FormEvent): Promise<void> {
    event.preventDefault();
    const base = toQuery(filters);
    setQuery(base);
    await load(base, null);
  }

  function field(name: keyof Filters): {
    value: string;
    onValue: (value: string) => void;
    name: string;
  } {
    return {
      name,
      value: filters[name],
      onValue: (value) => setFilters((previous) => ({ ...previous, [name]: value })),
    };
  }

  return (
    <section className="page">
      <div className="page__head">
        <h1>{t('audit.title')}</h1>
        {can('audit.verify') ? <VerifyButton /> : null}
      </div>
      <p className="muted">{t('audit.intro')}</p>
      <form
        ref={form.formRef}
        className="filters filters--audit"
        role="search"
        aria-label={t('audit.filters')}
        onSubmit={(event) => void handleSearch(event)}
        noValidate
      >
        <SelectField
          label={t('audit.actor')}
          {...field('actor')}
          options={[
            { value: '', label: t('common.all') },
            ...(users.data ?? []).map((u) => ({
              value: u.id,
              label: `${u.username} (${u.fullName})`,
            })),
          ]}
          error={form.fieldError('actor')}
        />
        <TextField
          label={t('audit.action')}
          {...field('action')}
          hint={t('audit.actionHint')}
          autoCapitalize="none"
          error={form.fieldError('action')}
        />
        <TextField
          label={t('audit.targetType')}
          {...field('targetType')}
          error={form.fieldError('targetType')}
        />
        <TextField
          label={t('audit.targetId')}
          {...field('targetId')}
          error={form.fieldError('targetId')}
        />
        <TextField
          label={t('audit.from')}
          type="date"
          {...field('from')}
          error={form.fieldError('from')}
        />
        <TextField
          label={t('audit.to')}
          type="date"
          {...field('to')}
          error={form.fieldError('to')}
        />
        <div className="filters__actions">
          <button type="submit" className="button button--primary" disabled={form.busy}>
            {t('common.search')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => {
              setFilters(EMPTY);
              setRows(null);
              setNext(null);
            }}
          >
            {t('common.reset')}
          </button>
        </div>
      </form>
      <ProblemAlert error={form.error} />
      {rows ? (
        <p className="muted small" role="status">
          {t('audit.shown', { count: rows.length })}
        </p>
      ) : null}
      {rows && rows.length === 0 ? <p>{t('audit.empty')}</p> : null}
      {rows && rows.length > 0 ? <AuditTable rows={rows} /> : null}
      {next ? (
        <button
          type="button"
          className="button"
          disabled={form.busy}
          onClick={() => void load(query, next)}
        >
          {t('audit.more')}
        </button>
      ) : null}
    </section>
  );
}

function AuditTable({ rows }: { rows: AuditEntry[] }): ReactNode {
  const { t, language } = useI18n();
  const { timeZone } = useSession();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());

  function handleToggle(seq: string): void {
    setOpen((previous) => {
      const copy = new Set(previous);
      if (copy.has(seq)) copy.delete(seq);
      else copy.add(seq);
      return copy;
    });
  }

  return (
    <div className="table-wrap">
      <table className="table table--audit">
        <thead>
          <tr>
            <th scope="col">{t('audit.seq')}</th>
            <th scope="col">{t('audit.at')}</th>
            <th scope="col">{t('audit.actorColumn')}</th>
            <th scope="col">{t('audit.actionColumn')}</th>
            <th scope="col">{t('audit.target')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const seq = String(row.seq);
            const expanded = open.has(seq);
            const detailId = `audit-row-${seq}`;
            return (
              <Fragment key={seq}>
                <tr className={expanded ? 'audit-row audit-row--open' : 'audit-row'}>
                  <td>
                    <button
                      type="button"
                      className="disclosure"
                      aria-expanded={expanded}
                      aria-controls={detailId}
                      aria-label={t('audit.expand', { seq })}
                      onClick={() => handleToggle(seq)}
                    >
                      <span aria-hidden="true">{expanded ? '▾' : '▸'}</span> {seq}
                    </button>
                  </td>
                  <td className="nowrap">{formatDateTime(row.at, language, timeZone)}</td>
                  <td>{row.actorUsername ?? <em className="muted">{t('audit.system')}</em>}</td>
                  <td>
                    <code>{row.action}</code>
                  </td>
                  <td>
                    {row.targetType ? (
                      <>
                        {row.targetType} <code className="muted small">{row.targetId}</code>
                      </>
                    ) : (
                      t('common.none')
                    )}
                  </td>
                </tr>
                {expanded ? (
                  <tr id={detailId} className="audit-detail">
                    <td colSpan={5}>
                      <dl className="facts facts--wide">
                        <dt>{t('audit.reason')}</dt>
                        <dd>{row.reason ?? t('common.none')}</dd>
                        <dt>{t('audit.requestId')}</dt>
                        <dd>
                          <code>{row.requestId ?? t('common.none')}</code>
                        </dd>
                        <dt>{t('audit.hash')}</dt>
                        <dd>
                          <code className="hash">{row.hash}</code>
                        </dd>
                        <dt>{t('audit.details')}</dt>
                        <dd>
                          <pre className="json">{JSON.stringify(row.details, null, 2)}</pre>
                        </dd>
                      </dl>
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function VerifyButton(): ReactNode {
  const { t } = useI18n();
  const { announce } = useAnnouncer();
  const form = useApiForm();

  async function handleVerify(event: FormEvent): Promise<void> {
    event.preventDefault();
    const outcome = await form.run(verifyAudit);
    if (!outcome.ok) return;
    const answer = outcome.value;
    announce(
      answer.ok
        ? t('audit.verifyOk', { rows: answer.rows })
        : t('audit.verifyBroken', {
            seq: String(answer.brokenSeq ?? '?'),
            problem: answer.problem ?? '',
          }),
      answer.ok ? 'success' : 'danger',
    );
  }

  return (
    <form ref={form.formRef} onSubmit={(event) => void handleVerify(event)} className="inline">
      <button type="submit" className="button" disabled={form.busy}>
        {t('audit.verify')}
      </button>
      <ProblemAlert error={form.error} />
    </form>
  );
}
