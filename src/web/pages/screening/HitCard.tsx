import type { ReactNode } from 'react';
import type { Comparison, Hit } from '../../api/screening.api.ts';
import { useSession } from '../../app/session.tsx';
import { formatDateTime } from '../../format/dates.ts';
import { bandWithScore, featureLabel } from '../../format/labels.ts';
import { useI18n } from '../../i18n/i18n.tsx';

/** A contribution to a match score, signed ("+0.85", "−0.30"). */
export function signedEffect(effect: number): string {
  return effect >= 0 ? `+${effect.toFixed(2)}` : `−${Math.abs(effect).toFixed(2)}`;
}

/** The comparisons that raised the score, strongest first. */
export function strongestAgreements(comparisons: readonly Comparison[]): Comparison[] {
  return comparisons.filter((c) => c.effect > 0).sort((a, b) => b.effect - a.effect);
}

/**
 * One engine hit: a sentence saying what matched and how strongly, then every compared value
 * side by side (the applicant's value against the entry's) with its share of the score.
 */
export function HitCard({ hit }: { hit: Hit }): ReactNode {
  const { t, language } = useI18n();
  const { timeZone } = useSession();
  const heading = t('result.hitHeading', {
    source: t(`result.hitSource.${hit.source}`),
    ref: hit.refCode,
    office: hit.office.name,
    band: t(`result.band.${hit.band}`),
    score: hit.score.toFixed(2),
  });
  const agreeing = strongestAgreements(hit.comparisons);
  return (
    <li
      className={`hit hit--${hit.suppressed ? 'suppressed' : hit.listing}`}
      data-ref={hit.refCode}
    >
      <p className="hit__head">
        <strong>{heading}</strong> <span className="muted">({t(`result.about.${hit.about}`)})</span>
      </p>
      <p className="hit__why small" data-testid="hit-why">
        {t('result.hitWhy', {
          strength: bandWithScore(hit.band, hit.score, language),
          features:
            agreeing
              .map((c) => `${featureLabel(c.feature, language)} (${signedEffect(c.effect)})`)
              .join(', ') || t('common.none'),
        })}
      </p>
      <div className="hit__scroll">
        <table className="table table--compact hit__table">
          <caption className="visually-hidden">{heading}</caption>
          <thead>
            <tr>
              <th scope="col">{t('result.feature')}</th>
              <th scope="col">{t('result.query')}</th>
              <th scope="col">{t('result.entry')}</th>
              <th scope="col" className="num">
                {t('result.effect')}
              </th>
            </tr>
          </thead>
          <tbody>
            {hit.comparisons.map((c, index) => (
              <tr key={`${c.feature}-${index}`}>
                <th scope="row">{featureLabel(c.feature, language)}</th>
                <td className="hit__query">{c.query}</td>
                <td className="hit__entry">{c.entry}</td>
                <td className="num">{signedEffect(c.effect)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {hit.suppressed ? (
        <p className="hit__suppressed">
          {t('result.suppressed', {
            by: hit.suppressed.by,
            at: formatDateTime(hit.suppressed.at, language, timeZone),
            note: hit.suppressed.note,
          })}
        </p>
      ) : null}
      {hit.alerted ? <p className="muted small">{t('result.alerted')}</p> : null}
    </li>
  );
}
