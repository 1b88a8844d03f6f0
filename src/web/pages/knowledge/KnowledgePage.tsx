import { useState } from 'react';
import type { ReactNode } from 'react';
import {
  fetchKnowledgePage,
  KNOWLEDGE_SECTIONS,
  listKnowledgePages,
  type KnowledgeStatement,
} from '../../api/knowledge.api.ts';
import { Link, useLocation } from '../../app/router.tsx';
import { useSession, useSignedIn } from '../../app/session.tsx';
import { LoadError } from '../../components/ProblemAlert.tsx';
import { useLoad } from '../../components/use-load.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { KNOWLEDGE_PATH, knowledgePagePath } from '../meetings/coord-paths.ts';
import { ModusCard } from './ModusCard.tsx';
import { SourceLine } from './SourceLine.tsx';
import { ProposeModusDialog } from './ProposeModusDialog.tsx';
import '../meetings/coord.css';

/** True when the user may propose and review modus entries (as the server decides it). */
export function useMayReview(): boolean {
  const { can } = useSession();
  const { user } = useSignedIn();
  return can('meeting.manage') || user.role === 'head';
}

/** Pengetahuan TPPO: one page per form of TPPO (`?jenis=`), or the list and the review queue. */
export function KnowledgePage(): ReactNode {
  const { search } = useLocation();
  const type = search.get('jenis');
  return type ? <KnowledgeTypePage tppoType={type} /> : <KnowledgeIndex />;
}

function KnowledgeIndex(): ReactNode {
  const { t, language } = useI18n();
  const mayReview = useMayReview();
  const pages = useLoad(listKnowledgePages, []);
  const queue = (pages.data ?? []).filter((p) => p.proposed > 0);
  return (
    <section className="page">
      <h1>{t('knowledge.title')}</h1>
      <p className="muted">{t('knowledge.intro')}</p>
      {pages.error ? <LoadError error={pages.error} onRetry={pages.reload} /> : null}
      {pages.loading && !pages.data ? <p role="status">{t('common.loading')}</p> : null}
      {mayReview && pages.data ? (
        <section className="panel" aria-labelledby="knowledge-queue">
          <h2 id="knowledge-queue">{t('knowledge.reviewQueue')}</h2>
          {queue.length === 0 ? (
            <p className="muted">{t('knowledge.queueEmpty')}</p>
          ) : (
            <ul className="plain-list">
              {queue.map((p) => (
                <li key={p.tppoType}>
                  <Link to={`${knowledgePagePath(p.tppoType)}#proposals`}>
                    {language === 'en' ? p.labelEn : p.labelId}
                  </Link>{' '}
                  <span className="muted small">
                    ({t('knowledge.proposedCount', { count: p.proposed })})
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
      {pages.data ? (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('knowledge.form')}</th>
                <th scope="col">{t('knowledge.statements')}</th>
                <th scope="col">{t('knowledge.modus')}</th>
              </tr>
            </thead>
            <tbody>
              {pages.data.map((p) => (
                <tr key={p.tppoType}>
                  <th scope="row">
                    <Link to={knowledgePagePath(p.tppoType)}>
                      {language === 'en' ? p.labelEn : p.labelId}
                    </Link>
                  </th>
                  <td>{p.statements}</td>
                  <td>{p.modus}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}

function StatementList({ statements }: { statements: KnowledgeStatement[] }): ReactNode {
  const { language } = useI18n();
  return (
    <ul className="plain-list coord-list">
      {statements.map((s) => (
        <li key={s.id} data-testid="statement">
          <p>{language === 'en' && s.textEn ? s.textEn : s.textId}</p>
          <SourceLine source={s.source} />
        </li>
      ))}
    </ul>
  );
}

function KnowledgeTypePage({ tppoType }: { tppoType: string }): ReactNode {
  const { t, language } = useI18n();
  const { can } = useSession();
  const mayReview = useMayReview();
  const [proposing, setProposing] = useState(false);
  const loaded = useLoad(() => fetchKnowledgePage(tppoType), [tppoType]);
  const page = loaded.data;
  return (
    <section className="page">
      <p className="breadcrumb">
        <Link to={KNOWLEDGE_PATH}>← {t('knowledge.back')}</Link>
      </p>
      {loaded.error ? <LoadError error={loaded.error} onRetry={loaded.reload} /> : null}
      {!page && !loaded.error ? <p role="status">{t('common.loading')}</p> : null}
      {page ? (
        <>
          <div className="page__head">
            <h1>{language === 'en' ? page.labelEn : page.labelId}</h1>
            {can('meeting.manage') ? (
              <button type="button" className="button" onClick={() => setProposing(true)}>
                {t('knowledge.propose')}
              </button>
            ) : null}
          </div>
          <p className="muted">{t('knowledge.sourcedOnly')}</p>
          {KNOWLEDGE_SECTIONS.map((section) => {
            const statements = page.statements.filter((s) => s.section === section);
            if (statements.length === 0) return null;
            return (
              <section key={section} className="panel" aria-labelledby={`k-${section}`}>
                <h2 id={`k-${section}`}>{t(`knowledge.section.${section}`)}</h2>
                <StatementList statements={statements} />
              </section>
            );
          })}
          {page.statements.length === 0 ? (
            <p className="muted">{t('knowledge.noStatements')}</p>
          ) : null}
          <section className="panel" aria-labelledby="k-modus">
            <h2 id="k-modus">{t('knowledge.modus')}</h2>
            {page.modus.length === 0 ? (
              <p className="muted">{t('knowledge.noModus')}</p>
            ) : (
              <ul className="plain-list coord-list">
                {page.modus.map((m) => (
                  <ModusCard key={m.id} modus={m} onReviewed={loaded.reload} />
                ))}
              </ul>
            )}
          </section>
          {mayReview ? (
            <section className="panel" id="proposals" aria-labelledby="k-proposals">
              <h2 id="k-proposals">{t('knowledge.proposals')}</h2>
              {page.proposedModus.length === 0 ? (
                <p className="muted">{t('knowledge.noProposals')}</p>
              ) : (
                <ul className="plain-list coord-list">
                  {page.proposedModus.map((m) => (
                    <ModusCard key={m.id} modus={m} reviewable onReviewed={loaded.reload} />
                  ))}
                </ul>
              )}
            </section>
          ) : null}
          {proposing ? (
            <ProposeModusDialog
              tppoType={page.tppoType}
              onClose={() => setProposing(false)}
              onProposed={() => {
                setProposing(false);
                loaded.reload();
              }}
            />
          ) : null}
        </>
      ) : null}
    </section>
  );
}
