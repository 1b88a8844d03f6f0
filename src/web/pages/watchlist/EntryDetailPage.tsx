import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { ApiError } from '../../api/client.ts';
import { fetchEntry, type EntryDetail, type WatchlistEntry } from '../../api/watchlist.api.ts';
import { Link } from '../../app/router.tsx';
import { useSession } from '../../app/session.tsx';
import { Badge } from '../../components/Badge.tsx';
import { TextField } from '../../components/Field.tsx';
import { LoadError } from '../../components/ProblemAlert.tsx';
import { useLoad } from '../../components/use-load.ts';
import { formatDate, formatDateTime } from '../../format/dates.ts';
import { auditActionLabel, sourceTypeLabel, tppoLabel } from '../../format/labels.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { EntryActions, SuppressionForm } from './EntryActions.tsx';
import { ENTRY_STATUS_TONE } from './WatchlistPage.tsx';

/** One entry: its data, governance and actions, its audited history and its suppressions. */
export function EntryDetailPage({ id }: { id: string }): ReactNode {
  const { t } = useI18n();
  const [reason, setReason] = useState<string | undefined>(undefined);
  const loaded = useLoad(() => fetchEntry(id, reason), [id, reason]);
  const needsBreakGlass =
    loaded.error instanceof ApiError &&
    loaded.error.status === 403 &&
    loaded.error.extra.breakGlass === true;
  return (
    <section className="page">
      <p className="breadcrumb">
        <Link to="/daftar-pengawasan">← {t('watchlist.back')}</Link>
      </p>
      {needsBreakGlass ? (
        <BreakGlass onReason={setReason} />
      ) : loaded.error ? (
        <LoadError error={loaded.error} onRetry={loaded.reload} />
      ) : null}
      {!loaded.data && !loaded.error ? <p role="status">{t('common.loading')}</p> : null}
      {loaded.data ? (
        <EntryView detail={loaded.data} onChanged={loaded.reload} onBreakGlass={setReason} />
      ) : null}
    </section>
  );
}

function BreakGlass({
  onReason,
  restricted = false,
}: {
  onReason: (reason: string) => void;
  /** Asked from the redacted view of an entry in scope, not from a refusal. */
  restricted?: boolean;
}): ReactNode {
  const { t } = useI18n();
  const [text, setText] = useState('');
  function handleSubmit(event: FormEvent): void {
    event.preventDefault();
    onReason(text.trim());
  }
  return (
    <form className="stack panel" onSubmit={handleSubmit}>
      {restricted ? (
        <h2>{t('watchlist.restrictedBreakGlass')}</h2>
      ) : (
        <>
          <h1>{t('watchlist.title')}</h1>
          <p className="alert alert--warning">{t('watchlist.breakGlass')}</p>
        </>
      )}
      <TextField
        label={t('watchlist.breakGlassReason')}
        value={text}
        onValue={setText}
        required
        minLength={10}
      />
      <div className="actions actions--start">
        <button type="submit" className="button button--danger">
          {t('watchlist.breakGlassOpen')}
        </button>
      </div>
    </form>
  );
}

function listOrNone(values: string[], none: string): string {
  return values.length > 0 ? values.join('; ') : none;
}

function EntryFacts({ entry }: { entry: WatchlistEntry }): ReactNode {
  const { t, language } = useI18n();
  const none = t('common.none');
  const rows: [string, string][] = [
    [t('watchlist.kind'), t(`watchlist.kind.${entry.kind}`)],
    [t('watchlist.names'), listOrNone(entry.names, none)],
    [t('watchlist.birthDate'), entry.birthDate ?? none],
    [t('watchlist.sex'), entry.sex ? t(`screening.sex.${entry.sex}`) : none],
    [t('watchlist.nik'), entry.nik ?? none],
    [t('watchlist.passports'), listOrNone(entry.passportNumbers, none)],
    [t('watchlist.phones'), listOrNone(entry.phones, none)],
    [t('watchlist.nationality'), entry.nationality ?? none],
    [t('watchlist.birthPlace'), entry.birthPlace ?? none],
    [t('watchlist.registrations'), listOrNone(entry.registrationNumbers, none)],
    [t('watchlist.address'), entry.address ?? none],
    [
      t('watchlist.tppoTypes'),
      listOrNone(
        entry.tppoTypes.map((c) => tppoLabel(c, language)),
        none,
      ),
    ],
    [t('watchlist.reason'), entry.reason],
    [
      t('watchlist.sourceType'),
      `${sourceTypeLabel(entry.source.type, language)}${entry.source.reference ? ` — ${entry.source.reference}` : ''}`,
    ],
    [t('watchlist.sensitivity'), t(`watchlist.sensitivity.${entry.sensitivity}`)],
    [t('watchlist.sharingScope'), t(`watchlist.scope.${entry.sharingScope}`)],
    [t('watchlist.office'), entry.office.name],
    [t('watchlist.validUntil'), entry.validUntil ? formatDate(entry.validUntil, language) : none],
    [t('watchlist.note'), entry.note ?? none],
  ];
  return (
    <dl className="facts">
      {rows.map(([label, value]) => (
        <Row key={label} label={label} value={value} />
      ))}
    </dl>
  );
}

/**
 * The redacted view of a rahasia entry of another office: what may be known of it, and whom to
 * contact for the rest (no empty fields standing in for withheld ones).
 */
function RestrictedFacts({ entry }: { entry: WatchlistEntry }): ReactNode {
  const { t, language } = useI18n();
  const none = t('common.none');
  const office = `${entry.office.name} (${entry.office.code})`;
  const rows: [string, string][] = [
    [t('watchlist.kind'), t(`watchlist.kind.${entry.kind}`)],
    [
      t('watchlist.tppoTypes'),
      listOrNone(
        entry.tppoTypes.map((c) => tppoLabel(c, language)),
        none,
      ),
    ],
    [t('watchlist.sensitivity'), t(`watchlist.sensitivity.${entry.sensitivity}`)],
    [t('watchlist.sharingScope'), t(`watchlist.scope.${entry.sharingScope}`)],
    [t('watchlist.office'), office],
    [t('watchlist.validUntil'), entry.validUntil ? formatDate(entry.validUntil, language) : none],
  ];
  return (
    <>
      <div className="alert alert--warning" role="note">
        <strong>{t('watchlist.restricted')}</strong>
        <p>{t('watchlist.restrictedNotice', { office })}</p>
      </div>
      <dl className="facts">
        {rows.map(([label, value]) => (
          <Row key={label} label={label} value={value} />
        ))}
      </dl>
    </>
  );
}

function Row({ label, value }: { label: string; value: string }): ReactNode {
  return (
    <>
      <dt>{label}</dt>
      <dd className="prewrap">{value}</dd>
    </>
  );
}

function EntryView({
  detail,
  onChanged,
  onBreakGlass,
}: {
  detail: EntryDetail;
  onChanged: () => void;
  onBreakGlass: (reason: string) => void;
}): ReactNode {
  const { t, language } = useI18n();
  const { timeZone, can } = useSession();
  const { entry } = detail;
  const restricted = entry.restricted !== null;
  const at = (iso: string | null): string => formatDateTime(iso, language, timeZone);
  return (
    <>
      <div className="page__head page__head--start">
        <h1>
          {entry.refCode} ·{' '}
          {restricted ? t('watchlist.restricted') : (entry.names[0] ?? entry.phones[0] ?? '')}
        </h1>
        <Badge tone={ENTRY_STATUS_TONE[entry.status]}>
          {t(`watchlist.status.${entry.status}`)}
        </Badge>
        <Badge tone={entry.listing === 'protective' ? 'success' : 'danger'}>
          {t(`watchlist.listing.${entry.listing}`)}
        </Badge>
      </div>
      <div className="grid grid--2">
        <section className="panel" aria-labelledby="entry-facts">
          <h2 id="entry-facts">{t('watchlist.detailFacts')}</h2>
          {restricted ? <RestrictedFacts entry={entry} /> : <EntryFacts entry={entry} />}
          {restricted && can('breakglass.use') ? (
            <BreakGlass onReason={onBreakGlass} restricted />
          ) : null}
        </section>
        <div>
          <section className="panel" aria-labelledby="entry-governance">
            <h2 id="entry-governance">{t('watchlist.governance')}</h2>
            <p>{t('watchlist.proposedBy', { at: at(entry.proposedAt) })}</p>
            {entry.decidedAt ? (
              <p>
                {t('watchlist.decidedBy', { at: at(entry.decidedAt) })}
                {entry.decisionNote ? ` — ${entry.decisionNote}` : ''}
              </p>
            ) : null}
            {entry.delist?.requestedAt ? (
              <p>
                {t('watchlist.delistInfo', {
                  at: at(entry.delist.requestedAt),
                  reason: entry.delist.reason ?? '',
                })}
              </p>
            ) : null}
            <p className="muted small">{t('watchlist.version', { version: entry.version })}</p>
            {restricted ? null : <EntryActions entry={entry} onChanged={onChanged} />}
          </section>
          <section className="panel" aria-labelledby="entry-suppressions">
            <h2 id="entry-suppressions">{t('watchlist.suppressions')}</h2>
            {detail.suppressions.length === 0 ? (
              <p className="muted">{t('watchlist.noSuppressions')}</p>
            ) : (
              <ul className="plain-list">
                {detail.suppressions.map((s) => (
                  <li key={s.id}>
                    {t('watchlist.suppressionBy', {
                      subject: s.subjectLabel,
                      by: s.createdBy.fullName,
                      at: at(s.createdAt),
                      note: s.note,
                    })}
                  </li>
                ))}
              </ul>
            )}
            {entry.status === 'active' && (can('screening.approve') || can('watchlist.approve')) ? (
              <SuppressionForm entryId={entry.id} onAdded={onChanged} />
            ) : null}
          </section>
        </div>
      </div>
      <section className="panel" aria-labelledby="entry-history">
        <h2 id="entry-history">{t('watchlist.history')}</h2>
        {detail.history.length === 0 ? <p className="muted">{t('watchlist.noHistory')}</p> : null}
        <ol className="plain-list">
          {detail.history.map((h) => (
            <li key={h.seq}>
              <span data-action={h.action}>{auditActionLabel(h.action, language)}</span> · {h.actor}{' '}
              · {at(h.at)}
              {h.reason ? <div className="prewrap small">{h.reason}</div> : null}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
