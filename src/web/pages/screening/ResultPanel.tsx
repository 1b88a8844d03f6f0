import type { ReactNode } from 'react';
import {
  personLabel,
  receiptUrl,
  type Outcome,
  type Reason,
  type Screening,
} from '../../api/screening.api.ts';
import { useSession } from '../../app/session.tsx';
import { formatDate, formatDateTime } from '../../format/dates.ts';
import { bandWithScore, featureLabel } from '../../format/labels.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { countryName } from './countries.ts';
import { HitCard, signedEffect } from './HitCard.tsx';

/** The colour family of each outcome; the text always names the outcome as well. */
export const OUTCOME_TONE: Record<Outcome, string> = {
  LANJUT: 'go',
  WAWANCARA: 'ask',
  TUNDA: 'hold',
  TOLAK: 'stop',
};

/** A large recommendation or decision badge: colour plus the word. */
export function OutcomeBadge({ outcome, large }: { outcome: Outcome; large?: boolean }): ReactNode {
  const { t } = useI18n();
  return (
    <span
      className={`outcome outcome--${OUTCOME_TONE[outcome]}${large ? ' outcome--large' : ''}`}
      data-outcome={outcome}
    >
      {t(`outcome.${outcome}`)}
    </span>
  );
}

/**
 * The weight of a rule and where it points; for a hit, how strong the match is instead (a hit
 * carries no rule weight: its band alone sets the outcome it points to).
 */
function ReasonMeta({ reason, screening }: { reason: Reason; screening: Screening }): ReactNode {
  const { t, language } = useI18n();
  const pushes =
    reason.pushesTo === 'LANJUT'
      ? ''
      : ` · ${t('result.pushesTo', { outcome: t(`outcome.${reason.pushesTo}`) })}`;
  if (reason.kind === 'watchlist' || reason.kind === 'history') {
    const hit = screening.hits.find((h) => h.refId === reason.refId);
    return (
      <span className="muted small">
        {hit
          ? t('result.hitStrength', { strength: bandWithScore(hit.band, hit.score, language) })
          : null}
        {pushes}
      </span>
    );
  }
  return (
    <span className="muted small">
      {reason.ruleId ? <code>{reason.ruleId}</code> : null}{' '}
      {t('result.weight', { weight: reason.weight })}
      {pushes}
    </span>
  );
}

/** What was decided, and what follows from it (approval, deadline, receipt). */
function DecisionSummary({ screening }: { screening: Screening }): ReactNode {
  const { t, language } = useI18n();
  const { timeZone } = useSession();
  const d = screening.decision;
  if (!d.decision && d.status === 'open') return null;
  const receiptDue =
    screening.kind === 'departure_check' &&
    d.status === 'final' &&
    d.decision === 'TUNDA' &&
    screening.receipt;
  return (
    <section className="result__block" aria-labelledby="result-decision">
      <h3 id="result-decision">{t('result.decision')}</h3>
      <p className="result__decision">
        {d.decision ? <OutcomeBadge outcome={d.decision} /> : null}{' '}
        <span data-testid="decision-status">{t(`decisionStatus.${d.status}`)}</span>
      </p>
      {screening.people.decidedBy ? (
        <p className="small" data-testid="decided-by">
          {t('result.decidedBy', { person: personLabel(screening.people.decidedBy) })}
          {d.decidedAt ? ` · ${formatDateTime(d.decidedAt, language, timeZone)}` : ''}
        </p>
      ) : null}
      {d.note ? <p className="prewrap">{d.note}</p> : null}
      {screening.people.approvalBy ? (
        <p className="small" data-testid="approval-by">
          {t('result.approvalBy', { person: personLabel(screening.people.approvalBy) })}
          {d.approvalAt ? ` · ${formatDateTime(d.approvalAt, language, timeZone)}` : ''}
        </p>
      ) : null}
      {d.approvalNote ? <p>{t('result.approvalNote', { note: d.approvalNote })}</p> : null}
      {screening.tunda?.deadline ? (
        <p>{t('result.tundaDeadline', { date: formatDate(screening.tunda.deadline, language) })}</p>
      ) : null}
      {screening.tunda?.closedAt ? (
        <p>
          {t('result.tundaClosed', {
            at: formatDateTime(screening.tunda.closedAt, language, timeZone),
            reason: screening.tunda.closeReason ?? '',
          })}
        </p>
      ) : null}
      {receiptDue && screening.receipt ? (
        <p>
          <a className="button" href={receiptUrl(screening.id)} download>
            {t('result.receipt', { number: screening.receipt.number })}
          </a>
          {screening.receipt.forwardedTo ? (
            <span className="muted">
              {' '}
              {t('result.forwardedTo', { office: screening.receipt.forwardedTo.name })}
            </span>
          ) : null}
        </p>
      ) : null}
    </section>
  );
}

/**
 * The result beside the form: the recommendation, every reason with its basis, hits side by
 * side, the protection prompt, the sponsor network, the versions, and the decision.
 */
export function ResultPanel({
  screening,
  onDecide,
}: {
  screening: Screening;
  onDecide?: (() => void) | undefined;
}): ReactNode {
  const { t, language } = useI18n();
  const { timeZone } = useSession();
  const protective = screening.hits.filter((h) => h.listing === 'protective' && !h.suppressed);
  const suspect = screening.hits.filter((h) => h.listing !== 'protective' && !h.suppressed);
  const suppressed = screening.hits.filter((h) => h.suppressed);
  const network = screening.network;
  const decidable =
    screening.decision.status === 'open' || screening.decision.status === 'rejected_by_supervisor';

  return (
    <div className="result" data-testid="screening-result">
      <div className="result__head">
        <div>
          <p className="muted small">{t('result.recommendation')}</p>
          <OutcomeBadge outcome={screening.recommendation} large />
        </div>
        <div className="result__meta">
          <p>{t(`outcomeHelp.${screening.recommendation}`)}</p>
          <p className="small" data-testid="result-destination">
            {t('result.subjectTrip', {
              name: screening.subject.name,
              country: countryName(screening.destinationCountry, language),
            })}
          </p>
          <p className="muted small">
            {t('result.officer', { person: personLabel(screening.people.officer) })}
          </p>
          <p className="muted small">
            {t('result.ref', { ref: screening.refCode })} ·{' '}
            {t('result.score', { score: screening.score })} ·{' '}
            {formatDateTime(screening.createdAt, language, timeZone)}
          </p>
        </div>
      </div>

      {screening.protectionPrompt || protective.length > 0 ? (
        <section className="protection" aria-labelledby="result-protection">
          <h3 id="result-protection">{t('result.protection')}</h3>
          {screening.protectionPrompt ? <p>{screening.protectionPrompt[language]}</p> : null}
          <p>{t('result.protectionHelp')}</p>
          {protective.length > 0 ? (
            <ul className="hit-list">
              {protective.map((hit) => (
                <HitCard key={`${hit.source}-${hit.refId}-${hit.about}`} hit={hit} />
              ))}
            </ul>
          ) : null}
        </section>
      ) : null}

      <section className="result__block" aria-labelledby="result-reasons">
        <h3 id="result-reasons">{t('result.reasons')}</h3>
        {screening.reasons.length === 0 ? <p className="muted">{t('result.noReasons')}</p> : null}
        <ol className="reason-list">
          {screening.reasons.map((reason, index) => (
            <li key={`${reason.kind}-${reason.ruleId ?? reason.refId ?? index}`} className="reason">
              <p className="reason__title">
                <strong>{reason.title[language]}</strong>{' '}
                <ReasonMeta reason={reason} screening={screening} />
              </p>
              {reason.profiling ? (
                <p className="reason__profiling small">{t('result.profiling')}</p>
              ) : null}
              {reason.basis ? (
                <p className="reason__basis small">
                  {t('result.basis')}: {reason.basis}
                </p>
              ) : null}
              {reason.evidence && reason.evidence.length > 0 ? (
                <ul className="plain-list plain-list--tight small">
                  {reason.evidence.map((e, i) => (
                    <li key={`${e.feature}-${i}`}>
                      {featureLabel(e.feature, language)}: <q>{e.query}</q> ↔ <q>{e.entry}</q>{' '}
                      <span className="muted">({signedEffect(e.effect)})</span>
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ol>
      </section>

      <section className="result__block" aria-labelledby="result-hits">
        <h3 id="result-hits">{t('result.hits')}</h3>
        {suspect.length === 0 && suppressed.length === 0 ? (
          <p className="muted">{t('result.noHits')}</p>
        ) : null}
        <ul className="hit-list">
          {[...suspect, ...suppressed].map((hit) => (
            <HitCard key={`${hit.source}-${hit.refId}-${hit.about}`} hit={hit} />
          ))}
        </ul>
      </section>

      {network ? (
        <section className="result__block" aria-labelledby="result-network">
          <h3 id="result-network">{t('result.network')}</h3>
          <p className={network.signal ? 'network network--signal' : 'network'}>
            {t(network.signal ? 'result.networkSignal' : 'result.networkQuiet', {
              count: network.count,
              days: network.windowDays,
              threshold: network.threshold,
            })}
          </p>
          {network.matchedOn.length > 0 ? (
            <p className="small">
              {t('result.matchedOn')}:{' '}
              {network.matchedOn.map((m) => `${m.kind} ${m.value}`).join(', ')}
            </p>
          ) : null}
          {network.offices.length > 0 ? (
            <p className="small">
              {t('result.offices')}:{' '}
              {network.offices.map((o) => `${o.name} (${o.applications})`).join(', ')}
            </p>
          ) : null}
          {network.applications.length > 0 ? (
            <p className="small">
              {t('result.applications')}:{' '}
              {network.applications
                .map((a) => `${a.refCode} (${formatDateTime(a.createdAt, language, timeZone)})`)
                .join(', ')}
            </p>
          ) : null}
        </section>
      ) : null}

      <DecisionSummary screening={screening} />

      {decidable && onDecide ? (
        <div className="actions actions--start">
          <button type="button" className="button button--primary" onClick={onDecide}>
            {t('result.decide')} <kbd className="sf-kbd">Alt+K</kbd>
          </button>
        </div>
      ) : null}

      <p className="muted small result__versions">
        {t('result.versions', { engine: screening.engineVersion, pack: screening.rulePackVersion })}
      </p>
    </div>
  );
}
