import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { fetchFairness, type FairnessGroup, type Share } from '../../api/rules.api.ts';
import { OUTCOME_ORDER } from '../../api/screening.api.ts';
import { useSession } from '../../app/session.tsx';
import { TextField } from '../../components/Field.tsx';
import { LoadError } from '../../components/ProblemAlert.tsx';
import { useLoad } from '../../components/use-load.ts';
import { todayIn } from '../../format/dates.ts';
import { provinceName } from '../../format/labels.ts';
import { useI18n } from '../../i18n/i18n.tsx';

/** A share (0..1) as a whole percentage with its count, e.g. "38% (5)"; a dash for none. */
export function percent(share: Share | undefined): string {
  if (!share || share.count === 0) return '—';
  return `${Math.round(share.share * 100)}% (${share.count})`;
}

function daysBefore(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d - days)).toISOString().slice(0, 10);
}

/** The share of each outcome by sex and by home province, for the chosen period. */
export function FairnessView(): ReactNode {
  const { t } = useI18n();
  const { timeZone } = useSession();
  const today = todayIn(timeZone);
  const [from, setFrom] = useState(() => daysBefore(today, 90));
  const [until, setUntil] = useState(today);
  const [period, setPeriod] = useState({ from, until });
  const fairness = useLoad(
    () => fetchFairness({ from: period.from, to: period.until }),
    [period.from, period.until],
  );
  function handleSubmit(event: FormEvent): void {
    event.preventDefault();
    setPeriod({ from, until });
  }
  return (
    <section className="panel" aria-labelledby="rules-fairness">
      <h2 id="rules-fairness">{t('rules.fairness')}</h2>
      <p className="muted">{t('rules.fairnessIntro')}</p>
      <form className="filters" onSubmit={handleSubmit}>
        <TextField label={t('rules.from')} type="date" value={from} onValue={setFrom} />
        <TextField label={t('rules.until')} type="date" value={until} onValue={setUntil} />
        <div className="filters__actions">
          <button type="submit" className="button">
            {t('rules.show')}
          </button>
        </div>
      </form>
      {fairness.error ? <LoadError error={fairness.error} onRetry={fairness.reload} /> : null}
      {fairness.data && fairness.data.total === 0 ? <p>{t('rules.noData')}</p> : null}
      {fairness.data && fairness.data.total > 0 ? (
        <>
          <ShareTable caption={t('rules.bySex')} groups={fairness.data.bySex} sexLabels />
          <ShareTable caption={t('rules.byProvince')} groups={fairness.data.byProvince} />
        </>
      ) : null}
    </section>
  );
}

function ShareTable({
  caption,
  groups,
  sexLabels,
}: {
  caption: string;
  groups: FairnessGroup[];
  sexLabels?: boolean;
}): ReactNode {
  const { t } = useI18n();
  const name = (group: string): string => {
    if (!group || group === 'unknown') return t('rules.unknownGroup');
    if (sexLabels && (group === 'L' || group === 'P')) return t(`screening.sex.${group}`);
    return sexLabels ? group : provinceName(group);
  };
  return (
    <div className="table-wrap">
      <table className="table table--compact">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('rules.group')}</th>
            <th scope="col" className="num">
              {t('rules.total')}
            </th>
            {OUTCOME_ORDER.map((o) => (
              <th key={`r-${o}`} scope="col" className="num">
                {t('rules.recommendations')} {t(`outcome.${o}`)}
              </th>
            ))}
            {OUTCOME_ORDER.map((o) => (
              <th key={`d-${o}`} scope="col" className="num">
                {t('rules.decisions')} {t(`outcome.${o}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {groups.map((group) => (
            <tr key={group.group}>
              <th scope="row">{name(group.group)}</th>
              <td className="num">{group.total}</td>
              {OUTCOME_ORDER.map((o) => (
                <td key={`r-${o}`} className="num">
                  {percent(group.recommendation[o])}
                </td>
              ))}
              {OUTCOME_ORDER.map((o) => (
                <td key={`d-${o}`} className="num">
                  {percent(group.decision[o])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
