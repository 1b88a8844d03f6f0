import type { ReactNode } from 'react';
import { useState } from 'react';
import { replayScreening, type ReplayResult, type Screening } from '../../api/screening.api.ts';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useApiForm } from '../../components/use-api-form.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { replayDifferences, type ReplayDifference } from './history-query.ts';

/** "Putar ulang": whether the stored result comes out the same with the recorded versions. */
export function ReplaySection({
  screening,
  breakGlassReason,
}: {
  screening: Screening;
  breakGlassReason: string | undefined;
}): ReactNode {
  const { t } = useI18n();
  const form = useApiForm();
  const [result, setResult] = useState<ReplayResult | null>(null);

  async function handleReplay(): Promise<void> {
    const outcome = await form.run(() => replayScreening(screening.id, breakGlassReason));
    if (outcome.ok) setResult(outcome.value);
  }

  const differences = result ? replayDifferences(result) : [];
  const versions = result ? { pack: result.rulePackVersion, engine: result.engineVersion } : null;
  return (
    <section className="panel" aria-labelledby="history-replay">
      <h2 id="history-replay">{t('replay.title')}</h2>
      <p className="muted">{t('replay.intro')}</p>
      <form
        ref={form.formRef}
        onSubmit={(event) => {
          event.preventDefault();
          void handleReplay();
        }}
      >
        <ProblemAlert error={form.error} />
        <button type="submit" className="button" disabled={form.busy}>
          {form.busy ? t('replay.running') : t('replay.run')}
        </button>
      </form>
      {result && versions ? (
        <div
          role="status"
          data-testid="replay-result"
          data-same={String(result.same)}
          className={result.same ? 'alert alert--neutral' : 'alert alert--warning'}
        >
          <p className="alert__title">
            {t(result.same ? 'replay.same' : 'replay.differs', versions)}
          </p>
          {differences.length > 0 ? (
            <ul className="alert__list">
              {differences.map((d) => (
                <li key={differenceKey(d)}>
                  <DifferenceText difference={d} />
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

function differenceKey(d: ReplayDifference): string {
  return 'ruleId' in d ? `${d.kind}-${d.ruleId}` : d.kind;
}

function DifferenceText({ difference: d }: { difference: ReplayDifference }): ReactNode {
  const { t } = useI18n();
  switch (d.kind) {
    case 'outcome':
      return t('replay.diff.outcome', {
        stored: t(`outcome.${d.stored}`),
        replayed: t(`outcome.${d.replayed}`),
      });
    case 'score':
      return t('replay.diff.score', {
        stored: d.stored.toFixed(3),
        replayed: d.replayed.toFixed(3),
      });
    case 'ruleMissing':
      return t('replay.diff.ruleMissing', { rule: d.ruleId });
    case 'ruleAdded':
      return t('replay.diff.ruleAdded', { rule: d.ruleId });
    case 'ruleOrder':
      return t('replay.diff.ruleOrder');
  }
}
