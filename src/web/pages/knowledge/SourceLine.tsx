import type { ReactNode } from 'react';
import type { KnowledgeSource } from '../../api/knowledge.api.ts';
import { useI18n } from '../../i18n/i18n.tsx';

/** The source of a statement or modus: its kind, its label and its reference. */
export function SourceLine({ source }: { source: KnowledgeSource }): ReactNode {
  const { t } = useI18n();
  const link = source.reference && /^https?:\/\//i.test(source.reference);
  return (
    <p className="coord-source">
      {t('knowledge.source')}: <span>{t(`knowledge.sourceKind.${source.kind}`)}</span> —{' '}
      {source.label}
      {source.reference ? (
        <>
          {' '}
          (
          {link ? (
            <a href={source.reference} target="_blank" rel="noopener noreferrer">
              {source.reference}
            </a>
          ) : (
            source.reference
          )}
          )
        </>
      ) : null}
    </p>
  );
}
