import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import {
  fetchAlert,
  listAlerts,
  postAlertMessage,
  setAlertStatus,
  type AlertDetail,
  type AlertStatus,
} from '../../api/alerts.api.ts';
import { useAnnouncer } from '../../app/announcer.tsx';
import { Link, useLocation } from '../../app/router.tsx';
import { useSession } from '../../app/session.tsx';
import { Badge, type BadgeTone } from '../../components/Badge.tsx';
import { SelectField, TextArea } from '../../components/Field.tsx';
import { LoadError, ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useApiForm } from '../../components/use-api-form.ts';
import { useLoad } from '../../components/use-load.ts';
import type { Language } from '../../api/client.ts';
import { formatDateTime } from '../../format/dates.ts';
import { bandWithScore, featureLabel, summaryKeyLabel } from '../../format/labels.ts';
import { translate, useI18n } from '../../i18n/i18n.tsx';
import { screeningPath } from '../screening/ScreeningPage.tsx';
import { entryPath } from '../watchlist/watchlist-paths.ts';
import '../screening/screening.css';

const STATUS_TONE: Record<AlertStatus, BadgeTone> = {
  open: 'danger',
  acknowledged: 'warning',
  closed: 'neutral',
};

/** The path of one alert's thread. */
export function alertPath(id: string): string {
  return `/peringatan?id=${encodeURIComponent(id)}`;
}

/** Peringatan: the alerts of the offices in scope; with `?id=` one alert and its thread. */
export function AlertsPage(): ReactNode {
  const { search } = useLocation();
  const id = search.get('id');
  return id ? <AlertThread id={id} /> : <AlertList />;
}

function AlertList(): ReactNode {
  const { t, language } = useI18n();
  const { timeZone } = useSession();
  const [status, setStatus] = useState<AlertStatus | ''>('open');
  const alerts = useLoad(() => listAlerts({ status }), [status]);
  return (
    <section className="page">
      <h1>{t('alerts.title')}</h1>
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <SelectField
          label={t('alerts.status')}
          value={status}
          onValue={(v) => setStatus(v as AlertStatus | '')}
          options={[
            { value: '', label: t('common.all') },
            { value: 'open', label: t('alerts.status.open') },
            { value: 'acknowledged', label: t('alerts.status.acknowledged') },
            { value: 'closed', label: t('alerts.status.closed') },
          ]}
        />
      </form>
      {alerts.error ? <LoadError error={alerts.error} onRetry={alerts.reload} /> : null}
      {alerts.loading && !alerts.data ? <p role="status">{t('common.loading')}</p> : null}
      {alerts.data && alerts.data.length === 0 ? <p>{t('alerts.empty')}</p> : null}
      {alerts.data && alerts.data.length > 0 ? (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('alerts.kind')}</th>
                <th scope="col">{t('alerts.office')}</th>
                <th scope="col">{t('alerts.sourceOffice')}</th>
                <th scope="col">{t('alerts.band')}</th>
                <th scope="col">{t('alerts.status')}</th>
                <th scope="col">{t('alerts.at')}</th>
              </tr>
            </thead>
            <tbody>
              {alerts.data.map((alert) => (
                <tr key={alert.id}>
                  <th scope="row">
                    <Link to={alertPath(alert.id)}>{t(`alerts.kind.${alert.kind}`)}</Link>
                  </th>
                  <td>{alert.office.name}</td>
                  <td>{alert.sourceOffice.name}</td>
                  <td>
                    {alert.band
                      ? bandWithScore(alert.band, alert.score, language)
                      : t('common.none')}
                  </td>
                  <td>
                    <Badge tone={STATUS_TONE[alert.status]}>
                      {t(`alerts.status.${alert.status}`)}
                    </Badge>
                  </td>
                  <td className="nowrap">{formatDateTime(alert.createdAt, language, timeZone)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}

// Summary fields shown with their own labels or links; anything else primitive is listed as is.
const SHOWN_KEYS = new Set([
  'label',
  'subjectName',
  'screeningRef',
  'matchedRef',
  'comparisons',
  'about',
  'screeningOffice',
]);

function isPrimitive(value: unknown): boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

function textOr(value: unknown, fallback: string): string {
  return typeof value === 'string' && value !== '' ? value : fallback;
}

/** The compared values of the match, side by side, when the summary carries them. */
function Comparisons({ value }: { value: unknown }): ReactNode {
  const { t, language } = useI18n();
  if (!Array.isArray(value) || value.length === 0) return null;
  const rows = value.filter(
    (c): c is { feature: string; query: string; entry: string } =>
      typeof c === 'object' && c !== null && 'feature' in c && 'query' in c && 'entry' in c,
  );
  return (
    <div className="hit__scroll">
      <table className="table table--compact hit__table">
        <caption>{t('alerts.comparisons')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('result.feature')}</th>
            <th scope="col">{t('result.query')}</th>
            <th scope="col">{t('result.entry')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c, index) => (
            <tr key={`${c.feature}-${index}`}>
              <th scope="row">{featureLabel(c.feature, language)}</th>
              <td>{String(c.query)}</td>
              <td>{String(c.entry)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A summary value as text, with words for the codes it may carry (listing, dates). */
function summaryValueText(
  key: string,
  value: unknown,
  language: Language,
  timeZone: string,
): string {
  if (key === 'listing' && (value === 'suspect' || value === 'protective')) {
    return translate(language, `watchlist.listing.${value}`);
  }
  if (key === 'screenedAt' && typeof value === 'string')
    return formatDateTime(value, language, timeZone);
  return summaryText(value);
}

/** A summary value as text: alerts carry a free-form summary from the matching step. */
function summaryText(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return String(value);
  }
  return JSON.stringify(value);
}

function AlertThread({ id }: { id: string }): ReactNode {
  const { t, language } = useI18n();
  const { timeZone, can } = useSession();
  const loaded = useLoad(() => fetchAlert(id), [id]);
  const alert = loaded.data;
  return (
    <section className="page">
      <p className="breadcrumb">
        <Link to="/peringatan">← {t('alerts.back')}</Link>
      </p>
      {loaded.error ? <LoadError error={loaded.error} onRetry={loaded.reload} /> : null}
      {!alert && !loaded.error ? <p role="status">{t('common.loading')}</p> : null}
      {alert ? (
        <>
          <div className="page__head page__head--start">
            <h1>{t('alerts.detailTitle', { kind: t(`alerts.kind.${alert.kind}`) })}</h1>
            <Badge tone={STATUS_TONE[alert.status]}>{t(`alerts.status.${alert.status}`)}</Badge>
          </div>
          <div className="grid grid--2">
            <section className="panel" aria-labelledby="alert-summary">
              <h2 id="alert-summary">{t('alerts.summary')}</h2>
              <dl className="facts">
                <dt>{t('alerts.office')}</dt>
                <dd>{alert.office.name}</dd>
                <dt>{t('alerts.sourceOffice')}</dt>
                <dd>{alert.sourceOffice.name}</dd>
                <dt>{t('alerts.band')}</dt>
                <dd>
                  {alert.band ? bandWithScore(alert.band, alert.score, language) : t('common.none')}
                </dd>
                <dt>{t('alerts.at')}</dt>
                <dd>{formatDateTime(alert.createdAt, language, timeZone)}</dd>
                {typeof alert.summary.label === 'string' ? (
                  <SummaryRow name={t('alerts.label')} value={alert.summary.label} />
                ) : null}
                {typeof alert.summary.subjectName === 'string' ? (
                  <SummaryRow name={t('alerts.subject')} value={alert.summary.subjectName} />
                ) : null}
                {Object.entries(alert.summary)
                  .filter(([key, value]) => !SHOWN_KEYS.has(key) && isPrimitive(value))
                  .map(([key, value]) => (
                    <SummaryRow
                      key={key}
                      name={summaryKeyLabel(key, language)}
                      value={summaryValueText(key, value, language, timeZone)}
                    />
                  ))}
                {alert.screeningId && can('person.read') ? (
                  <>
                    <dt>{t('alerts.screening')}</dt>
                    <dd>
                      <Link to={screeningPath(alert.screeningId)}>
                        {textOr(alert.summary.screeningRef, alert.screeningId)}
                      </Link>
                    </dd>
                  </>
                ) : null}
                {alert.entryId && can('watchlist.read') ? (
                  <>
                    <dt>{t('alerts.entry')}</dt>
                    <dd>
                      <Link to={entryPath(alert.entryId)}>
                        {textOr(alert.summary.matchedRef, alert.entryId)}
                      </Link>
                    </dd>
                  </>
                ) : null}
              </dl>
              <Comparisons value={alert.summary.comparisons} />
              {alert.closedAt ? (
                <p className="muted">
                  {t('alerts.closedInfo', {
                    at: formatDateTime(alert.closedAt, language, timeZone),
                    by: alert.closedBy ?? t('common.none'),
                  })}
                </p>
              ) : null}
              {can('alert.respond') && alert.status !== 'closed' ? (
                <StatusActions alert={alert} onChanged={loaded.reload} />
              ) : null}
            </section>
            <section className="panel" aria-labelledby="alert-thread">
              <h2 id="alert-thread">{t('alerts.thread')}</h2>
              {alert.messages.length === 0 ? (
                <p className="muted">{t('alerts.noMessages')}</p>
              ) : null}
              <ol className="thread">
                {alert.messages.map((message) => (
                  <li key={message.id} className="thread__message">
                    <p className="thread__meta">
                      {message.author.name} · {message.office.name} ·{' '}
                      {formatDateTime(message.createdAt, language, timeZone)}
                    </p>
                    <p className="prewrap">{message.body}</p>
                  </li>
                ))}
              </ol>
              {can('alert.respond') ? (
                <MessageForm alertId={alert.id} onSent={loaded.reload} />
              ) : null}
            </section>
          </div>
        </>
      ) : null}
    </section>
  );
}

function SummaryRow({ name, value }: { name: string; value: string }): ReactNode {
  return (
    <>
      <dt>{name}</dt>
      <dd>{value}</dd>
    </>
  );
}

function StatusActions({
  alert,
  onChanged,
}: {
  alert: AlertDetail;
  onChanged: () => void;
}): ReactNode {
  const { t } = useI18n();
  const { announce } = useAnnouncer();
  const form = useApiForm();
  async function handleStatus(status: 'acknowledged' | 'closed'): Promise<void> {
    const outcome = await form.run(() => setAlertStatus(alert.id, status));
    if (!outcome.ok) return;
    announce(t('alerts.statusChanged'));
    onChanged();
  }
  return (
    <form ref={form.formRef} className="stack" onSubmit={(e) => e.preventDefault()}>
      <ProblemAlert error={form.error} />
      <div className="actions actions--start">
        {alert.status === 'open' ? (
          <button
            type="button"
            className="button"
            disabled={form.busy}
            onClick={() => void handleStatus('acknowledged')}
          >
            {t('alerts.acknowledge')}
          </button>
        ) : null}
        <button
          type="button"
          className="button"
          disabled={form.busy}
          onClick={() => void handleStatus('closed')}
        >
          {t('alerts.close')}
        </button>
      </div>
    </form>
  );
}

function MessageForm({ alertId, onSent }: { alertId: string; onSent: () => void }): ReactNode {
  const { t } = useI18n();
  const { announce } = useAnnouncer();
  const form = useApiForm();
  const [body, setBody] = useState('');
  async function handleSubmit(event: FormEvent): Promise<void> {
    event.preventDefault();
    const outcome = await form.run(() => postAlertMessage(alertId, body.trim()));
    if (!outcome.ok) return;
    setBody('');
    announce(t('alerts.sent'));
    onSent();
  }
  return (
    <form
      ref={form.formRef}
      className="stack"
      onSubmit={(event) => void handleSubmit(event)}
      noValidate
    >
      <ProblemAlert error={form.error} />
      <TextArea
        label={t('alerts.message')}
        name="body"
        value={body}
        onValue={setBody}
        rows={3}
        required
        error={form.fieldError('body')}
      />
      <div className="actions actions--start">
        <button type="submit" className="button button--primary" disabled={form.busy}>
          {t('alerts.send')}
        </button>
      </div>
    </form>
  );
}
