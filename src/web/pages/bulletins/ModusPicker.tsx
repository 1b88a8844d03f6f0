import type { ReactNode } from 'react';
import { listPublishedModus } from '../../api/knowledge.api.ts';
import { CheckboxGroup } from '../../components/Field.tsx';
import { LoadError } from '../../components/ProblemAlert.tsx';
import { useLoad } from '../../components/use-load.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { tppoLabel } from '../meetings/coord-format.ts';

/**
 * The knowledge base's published modus operandi a bulletin concerns. With TPPO types chosen,
 * only their modus are offered (and any already ticked, so a choice never disappears).
 */
export function ModusPicker({
  types,
  values,
  onValues,
  error,
}: {
  types: readonly string[];
  values: string[];
  onValues: (values: string[]) => void;
  error?: string | undefined;
}): ReactNode {
  const { t, language } = useI18n();
  const modus = useLoad(listPublishedModus, []);
  if (modus.error) return <LoadError error={modus.error} onRetry={modus.reload} />;
  const all = modus.data ?? [];
  const shown = all.filter(
    (m) => types.length === 0 || types.includes(m.tppoType) || values.includes(m.id),
  );
  return (
    <CheckboxGroup
      legend={t('bulletins.modus')}
      hint={
        modus.data === undefined
          ? t('common.loading')
          : shown.length === 0
            ? t('bulletins.modusNone')
            : t('bulletins.modusHint')
      }
      options={shown.map((m) => ({
        value: m.id,
        label: `${m.name} (${tppoLabel(m.tppoType, language)})`,
      }))}
      values={values}
      onValues={onValues}
      error={error}
    />
  );
}
