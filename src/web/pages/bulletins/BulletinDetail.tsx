import type { ReactNode } from 'react';
import {
  bulletinAttachmentUrl,
  confirmBulletin,
  fetchAcknowledgements,
  fetchBulletin,
  remindBulletin,
  type Bulletin,
} from '../../api/bulletins.api.ts';
import { useAnnouncer } from '../../app/announcer.tsx';
import { Link } from '../../app/router.tsx';
import { useSession } from '../../app/session.tsx';
import { Badge } from '../../components/Badge.tsx';
import { LoadError, ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useApiForm } from '../../components/use-api-form.ts';
import { useLoad } from '../../components/use-load.ts';
import { formatDateTime } from '../../format/dates.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatSize, roleLabel, tppoLabel } from '../meetings/coord-format.ts';
import { appPathOfLink, BULLETINS_PATH, knowledgePagePath } from '../meetings/coord-paths.ts';
import { BulletinBody } from './BulletinBody.tsx';
import { PRIORITY_TONE } from './BulletinsPage.tsx';

/** One bulletin: the safe rendered body, the confirm button, and for the author who confirmed. */
export function BulletinDetail({ id }: { id: string }): ReactNode {
  const { t, language } = useI18n();
  const { can, timeZone, refreshUnread } = useSession();
  const { announce } = useAnnouncer();
  const loaded = useLoad(() => fetchBulletin(id), [id]);
  const form = useApiForm();
  const bulletin = loaded.data;

  async function handleConfirm(): Promise<void> {
    const outcome = await form.run(() => confirmBulletin(id));
    if (!outcome.ok) return;
    announce(t('bulletins.confirmedMessage'));
    refreshUnread();
    loaded.reload();
  }

  return (
    <section className="page">
      <p className="breadcrumb">
        <Link to={BULLETINS_PATH}>← {t('bulletins.back')}</Link>
      </p>
      {loaded.error ? <LoadError error={loaded.error} onRetry={loaded.reload} /> : null}
      {!bulletin && !loaded.error ? <p role="status">{t('common.loading')}</p> : null}
      {bulletin ? (
        <>
          <div className="page__head page__head--start">
            <h1>{bulletin.title}</h1>
            <Badge tone={PRIORITY_TONE[bulletin.priority]}>
              {t(`bulletins.priority.${bulletin.priority}`)}
            </Badge>
          </div>
          {bulletin.demoNote ? <p className="alert alert--neutral">{bulletin.demoNote}</p> : null}
          <dl className="facts">
            <dt>{t('bulletins.author')}</dt>
            <dd>{bulletin.authorOffice.name}</dd>
            <dt>{t('bulletins.sentAt')}</dt>
            <dd>{formatDateTime(bulletin.sentAt, language, timeZone)}</dd>
            <dt>{t('bulletins.audience')}</dt>
            <dd>{audienceText(bulletin, language, t('bulletins.allRoles'))}</dd>
            {bulletin.tppoTypes.length > 0 ? (
              <>
                <dt>{t('bulletins.tppoTypes')}</dt>
                <dd>{bulletin.tppoTypes.map((c) => tppoLabel(c, language)).join(', ')}</dd>
              </>
            ) : null}
            {bulletin.modus.length > 0 ? (
              <>
                <dt>{t('bulletins.modus')}</dt>
                <dd>
                  <ul className="plain-list plain-list--tight">
                    {bulletin.modus.map((m) => (
                      <li key={m.id}>
                        <Link to={knowledgePagePath(m.tppoType)}>{m.name}</Link>
                      </li>
                    ))}
                  </ul>
                </dd>
              </>
            ) : null}
            {bulletin.proposedRulePackVersion ? (
              <>
                <dt>{t('bulletins.rulePack')}</dt>
                <dd data-testid="bulletin-rule-proposal">
                  {bulletin.proposedRulePackVersion}
                  {bulletin.proposedRulePackStatus
                    ? ` (${ruleStatusLabel(t, bulletin.proposedRulePackStatus)})`
                    : ''}
                  {can('rules.read') ? (
                    <>
                      {' · '}
                      <Link to={appPathOfLink('/rule-packs/current')}>
                        {t('bulletins.ruleOpen')}
                      </Link>
                    </>
                  ) : null}
                </dd>
              </>
            ) : null}
          </dl>
          <section className="panel" aria-labelledby="bulletin-body">
            <h2 id="bulletin-body">{t('bulletins.body')}</h2>
            <BulletinBody html={bulletin.bodyHtml} />
            {bulletin.attachments.length > 0 ? (
              <>
                <h3>{t('bulletins.attachments')}</h3>
                <ul className="plain-list">
                  {bulletin.attachments.map((a) => (
                    <li key={a.id}>
                      <a href={bulletinAttachmentUrl(a.id)} download={a.name}>
                        {a.name}
                      </a>{' '}
                      <span className="muted small">({formatSize(a.sizeBytes)})</span>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </section>
          {bulletin.isRecipient ? (
            <form ref={form.formRef} className="stack" onSubmit={(e) => e.preventDefault()}>
              <ProblemAlert error={form.error} />
              {bulletin.confirmedAt ? (
                <p className="alert alert--neutral" data-testid="bulletin-confirmed">
                  {t('bulletins.youConfirmed', {
                    at: formatDateTime(bulletin.confirmedAt, language, timeZone),
                  })}
                </p>
              ) : (
                <div className="actions actions--start">
                  <button
                    type="button"
                    className="button button--primary"
                    disabled={form.busy}
                    onClick={() => void handleConfirm()}
                  >
                    {t('bulletins.confirm')}
                  </button>
                </div>
              )}
            </form>
          ) : null}
          {bulletin.canSeeAcknowledgements ? (
            <AcknowledgementPanel bulletinId={bulletin.id} />
          ) : null}
        </>
      ) : null}
    </section>
  );
}

function audienceText(bulletin: Bulletin, language: 'id' | 'en', allRoles: string): string {
  const units = [...bulletin.audience.kanwil, ...bulletin.audience.offices].map((o) => o.name);
  const roles =
    bulletin.audience.roles.length > 0
      ? bulletin.audience.roles.map((r) => roleLabel(r, language)).join(', ')
      : allRoles;
  return `${units.join(', ')} · ${roles}`;
}

function AcknowledgementPanel({ bulletinId }: { bulletinId: string }): ReactNode {
  const { t, language } = useI18n();
  const { can, timeZone } = useSession();
  const { announce } = useAnnouncer();
  const loaded = useLoad(() => fetchAcknowledgements(bulletinId), [bulletinId]);
  const form = useApiForm();
  const units = loaded.data?.units ?? [];
  const pending = units.reduce((sum, u) => sum + u.pending.length, 0);

  async function handleRemind(): Promise<void> {
    const outcome = await form.run(() => remindBulletin(bulletinId));
    if (!outcome.ok) return;
    announce(t('bulletins.reminded', { count: outcome.value.reminded }));
    loaded.reload();
  }

  return (
    <section className="panel" aria-labelledby="bulletin-acks">
      <div className="panel__head">
        <h2 id="bulletin-acks">{t('bulletins.acknowledgements')}</h2>
        {can('bulletin.send') && pending > 0 ? (
          <button
            type="button"
            className="button"
            disabled={form.busy}
            onClick={() => void handleRemind()}
          >
            {t('bulletins.remind')}
          </button>
        ) : null}
      </div>
      <form ref={form.formRef} onSubmit={(e) => e.preventDefault()}>
        <ProblemAlert error={form.error} />
      </form>
      {loaded.error ? <LoadError error={loaded.error} onRetry={loaded.reload} /> : null}
      {loaded.loading && !loaded.data ? <p role="status">{t('common.loading')}</p> : null}
      {loaded.data && units.length === 0 ? <p className="muted">{t('common.none')}</p> : null}
      {units.length > 0 ? (
        <div className="table-wrap">
          <table className="table" data-testid="acknowledgements">
            <thead>
              <tr>
                <th scope="col">{t('bulletins.unit')}</th>
                <th scope="col">{t('bulletins.confirmedBy')}</th>
                <th scope="col">{t('bulletins.notYet')}</th>
              </tr>
            </thead>
            <tbody>
              {units.map((unit) => (
                <tr key={unit.office.id}>
                  <th scope="row">
                    {unit.office.name}
                    <div className="muted small">
                      {t('bulletins.confirmedOf', {
                        done: unit.confirmed.length,
                        total: unit.confirmed.length + unit.pending.length,
                      })}
                    </div>
                  </th>
                  <td>
                    <ul className="plain-list plain-list--tight">
                      {unit.confirmed.map((c) => (
                        <li key={c.userId}>
                          {c.fullName} ({roleLabel(c.role, language)}) ·{' '}
                          {formatDateTime(c.at, language, timeZone)}
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td>
                    <ul className="plain-list plain-list--tight">
                      {unit.pending.map((p) => (
                        <li key={p.userId}>
                          {p.fullName} ({roleLabel(p.role, language)})
                          {p.reminders > 0 ? (
                            <span className="muted small">
                              {' '}
                              · {t('bulletins.remindersSent', { count: p.reminders })}
                            </span>
                          ) : null}
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}

const RULE_STATUSES = ['proposed', 'active', 'retired', 'rejected'] as const;

/** A rule-pack status in the reader's language (an unknown one as it is). */
function ruleStatusLabel(t: ReturnType<typeof useI18n>['t'], status: string): string {
  const known = RULE_STATUSES.find((s) => s === status);
  return known ? t(`rules.status.${known}`) : status;
}
