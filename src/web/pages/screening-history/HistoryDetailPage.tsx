import { Fragment, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { ApiError } from '../../api/client.ts';
import { fetchScreening, type Screening } from '../../api/screening.api.ts';
import { Link } from '../../app/router.tsx';
import { TextField } from '../../components/Field.tsx';
import { LoadError } from '../../components/ProblemAlert.tsx';
import { useLoad } from '../../components/use-load.ts';
import { formatDate, formatDateTime } from '../../format/dates.ts';
import { countryName } from '../../format/labels.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { ResultPanel } from '../screening/ResultPanel.tsx';
import { FollowupSection } from './FollowupSection.tsx';
import { HISTORY_PATH, queryFieldError } from './history-query.ts';
import { ReplaySection } from './ReplaySection.tsx';
import '../screening/screening.css';

/**
 * One past screening: who was screened and where, the stored result (reasons, hits side by side,
 * network), the decision record with the supervisor's approval, the follow-up and a replay.
 * Out of scope, the API's refusal is shown and, where the role allows, a break-glass reason opens it.
 */
export function HistoryDetailPage({ id }: { id: string }): ReactNode {
  const { t } = useI18n();
  const [reason, setReason] = useState<string | undefined>(undefined);
  const loaded = useLoad(() => fetchScreening(id, reason), [id, reason]);
  const [current, setCurrent] = useState<Screening | null>(null);
  const screening = current?.id === id ? current : loaded.data;
  const problem = loaded.error instanceof ApiError ? loaded.error : null;
  // A refusal for scope says whether this user may break the glass; a short reason names the field.
  const breakGlass =
    problem !== null &&
    ((problem.status === 403 && problem.extra.breakGlass === true) ||
      queryFieldError(problem, 'breakGlassReason') !== undefined);

  return (
    <section className="page">
      <p className="breadcrumb">
        <Link to={HISTORY_PATH}>← {t('historyDetail.back')}</Link>
      </p>
      <h1>
        {screening
          ? t('historyDetail.title', { ref: screening.refCode })
          : t('historyDetail.loadingTitle')}
      </h1>
      {breakGlass && problem ? (
        <BreakGlassForm problem={problem} onReason={setReason} />
      ) : loaded.error ? (
        <LoadError error={loaded.error} onRetry={loaded.reload} />
      ) : null}
      {!screening && !loaded.error ? <p role="status">{t('common.loading')}</p> : null}
      {screening && !loaded.error ? (
        <div className="stack">
          <SubjectFacts screening={screening} />
          <div className="panel">
            <ResultPanel screening={screening} />
          </div>
          <DecisionRecord screening={screening} />
          <FollowupSection screening={screening} onRecorded={setCurrent} />
          <ReplaySection screening={screening} breakGlassReason={reason} />
        </div>
      ) : null}
    </section>
  );
}

function BreakGlassForm({
  problem,
  onReason,
}: {
  problem: ApiError;
  onReason: (reason: string) => void;
}): ReactNode {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const fieldError = queryFieldError(problem, 'breakGlassReason');
  function handleSubmit(event: FormEvent): void {
    event.preventDefault();
    onReason(text.trim());
  }
  return (
    <form className="stack panel" onSubmit={handleSubmit} noValidate>
      {/* The API's own words: outside the scope, or why the reason was not enough. */}
      <p className="alert alert--warning" role="alert">
        {problem.message}
      </p>
      <p>{t('historyDetail.breakGlassIntro')}</p>
      <TextField
        label={t('historyDetail.breakGlassReason')}
        name="breakGlassReason"
        value={text}
        onValue={setText}
        required
        hint={t('historyDetail.breakGlassHint')}
        error={fieldError}
      />
      <div className="actions actions--start">
        <button type="submit" className="button button--danger">
          {t('historyDetail.breakGlassOpen')}
        </button>
      </div>
    </form>
  );
}

function SubjectFacts({ screening }: { screening: Screening }): ReactNode {
  const { t, language } = useI18n();
  const none = t('common.none');
  const s = screening.subject;
  const rows: [string, string][] = [
    [t('historyDetail.name'), s.name],
    [t('historyDetail.nik'), s.nik ?? none],
    [t('historyDetail.passport'), s.passportNumber ?? none],
    [t('historyDetail.birthDate'), formatDate(s.birthDate, language)],
    [
      t('historyDetail.destination'),
      screening.destinationCountry ? countryName(screening.destinationCountry, language) : none,
    ],
    [t('historyDetail.kind'), t(`screening.kind.${screening.kind}`)],
    [t('historyDetail.office'), screening.office.name],
    [
      t('historyDetail.at'),
      formatDateTime(screening.createdAt, language, screening.office.timeZone),
    ],
  ];
  return (
    <section className="panel" aria-labelledby="history-subject">
      <h2 id="history-subject">{t('historyDetail.subject')}</h2>
      <dl className="facts">
        {rows.map(([label, value]) => (
          <Fragment key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </Fragment>
        ))}
      </dl>
    </section>
  );
}

function approvalText(screening: Screening, t: ReturnType<typeof useI18n>['t'], at: string) {
  const d = screening.decision;
  if (d.status === 'awaiting_approval') return t('historyDetail.approval.waiting');
  if (d.status === 'rejected_by_supervisor') return t('historyDetail.approval.refused', { at });
  if (d.approvalAt) return t('historyDetail.approval.approved', { at });
  return t('historyDetail.approval.notNeeded');
}

/** What ResultPanel leaves out of the decision: when, why, which indicators, the approval. */
function DecisionRecord({ screening }: { screening: Screening }): ReactNode {
  const { t, language } = useI18n();
  const d = screening.decision;
  if (!d.decision) return null;
  const zone = screening.office.timeZone;
  const titles = new Map(
    screening.reasons.flatMap((r) => (r.ruleId ? [[r.ruleId, r.title[language]] as const] : [])),
  );
  return (
    <section className="panel" aria-labelledby="history-record">
      <h2 id="history-record">{t('historyDetail.record')}</h2>
      <dl className="facts">
        <>
          <dt>{t('historyDetail.decidedAt')}</dt>
          <dd>{formatDateTime(d.decidedAt, language, zone)}</dd>
        </>
        {d.reasonCategory ? (
          <>
            <dt>{t('historyDetail.reasonCategory')}</dt>
            <dd>{t(`reasonCategory.${d.reasonCategory}`)}</dd>
          </>
        ) : null}
        <>
          <dt>{t('historyDetail.indicators')}</dt>
          <dd>
            {d.indicatorsObserved.length === 0 ? (
              t('historyDetail.noIndicators')
            ) : (
              <ul className="plain-list plain-list--tight">
                {d.indicatorsObserved.map((ruleId) => (
                  <li key={ruleId}>
                    <code>{ruleId}</code> {titles.get(ruleId) ?? ''}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </>
        <>
          <dt>{t('historyDetail.approval')}</dt>
          <dd data-testid="history-approval">
            {approvalText(screening, t, formatDateTime(d.approvalAt, language, zone))}
          </dd>
        </>
      </dl>
    </section>
  );
}
