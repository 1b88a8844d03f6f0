import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { reviewModus, type Modus } from '../../api/knowledge.api.ts';
import { useAnnouncer } from '../../app/announcer.tsx';
import { Link } from '../../app/router.tsx';
import { useSession, useSignedIn } from '../../app/session.tsx';
import { Badge } from '../../components/Badge.tsx';
import { TextArea } from '../../components/Field.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useApiForm } from '../../components/use-api-form.ts';
import { formatDateTime } from '../../format/dates.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { bulletinPath } from '../meetings/coord-paths.ts';
import { SourceLine } from './SourceLine.tsx';

/** One modus operandi: recruitment, routes, signs, the rules that catch it, its bulletins. */
export function ModusCard({
  modus,
  reviewable = false,
  onReviewed,
}: {
  modus: Modus;
  reviewable?: boolean;
  onReviewed: () => void;
}): ReactNode {
  const { t, language } = useI18n();
  const { timeZone } = useSession();
  const { user } = useSignedIn();
  const headingId = `modus-${modus.id}`;
  return (
    <li className="panel coord-card" aria-labelledby={headingId}>
      <div className="page__head page__head--start">
        <h3 id={headingId}>{modus.name}</h3>
        {modus.status === 'proposed' ? (
          <Badge tone="warning">{t('knowledge.status.proposed')}</Badge>
        ) : null}
      </div>
      <dl className="facts">
        {modus.recruitment ? (
          <>
            <dt>{t('knowledge.recruitment')}</dt>
            <dd className="prewrap">{modus.recruitment}</dd>
          </>
        ) : null}
        {modus.routes ? (
          <>
            <dt>{t('knowledge.routes')}</dt>
            <dd className="prewrap">{modus.routes}</dd>
          </>
        ) : null}
        {modus.signs ? (
          <>
            <dt>{t('knowledge.signs')}</dt>
            <dd className="prewrap">{modus.signs}</dd>
          </>
        ) : null}
        <dt>{t('knowledge.rules')}</dt>
        <dd>
          {modus.rules.length === 0 ? (
            t('common.none')
          ) : (
            <ul className="plain-list plain-list--tight">
              {modus.rules.map((rule) => (
                <li key={rule.id}>
                  <code className="tag tag--mono">{rule.id}</code>{' '}
                  {language === 'en' ? rule.titleEn : rule.titleId}
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>{t('knowledge.bulletins')}</dt>
        <dd>
          {modus.bulletins.length === 0 ? (
            t('common.none')
          ) : (
            <ul className="plain-list plain-list--tight">
              {modus.bulletins.map((b) => (
                <li key={b.id}>
                  <Link to={bulletinPath(b.id)}>{b.title}</Link>{' '}
                  <span className="muted small">
                    ({formatDateTime(b.sentAt, language, timeZone)})
                  </span>
                </li>
              ))}
            </ul>
          )}
        </dd>
        {modus.examples.length > 0 ? (
          <>
            <dt>{t('knowledge.examples')}</dt>
            <dd>
              <ul className="plain-list plain-list--tight">
                {modus.examples.map((e) => (
                  <li key={e.id}>
                    {e.label}
                    {e.reference ? <span className="muted small"> ({e.reference})</span> : null}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
      </dl>
      <SourceLine source={modus.source} />
      {modus.status === 'proposed' && modus.proposedBy === user.id ? (
        <p className="muted small">{t('knowledge.proposedByYou')}</p>
      ) : null}
      {reviewable ? <ReviewForm modus={modus} onReviewed={onReviewed} /> : null}
    </li>
  );
}

function ReviewForm({ modus, onReviewed }: { modus: Modus; onReviewed: () => void }): ReactNode {
  const { t } = useI18n();
  const { announce } = useAnnouncer();
  const form = useApiForm();
  const [note, setNote] = useState('');

  async function handleDecision(event: FormEvent, decision: 'publish' | 'reject'): Promise<void> {
    event.preventDefault();
    const outcome = await form.run(() => reviewModus(modus.id, decision, note.trim()));
    if (!outcome.ok) return;
    announce(decision === 'publish' ? t('knowledge.published') : t('knowledge.rejected'));
    onReviewed();
  }

  return (
    <form ref={form.formRef} className="stack" onSubmit={(e) => e.preventDefault()}>
      <ProblemAlert error={form.error} />
      <TextArea
        label={t('knowledge.reviewNote')}
        value={note}
        onValue={setNote}
        rows={2}
        optionalText={t('common.optional')}
        error={form.fieldError('note')}
      />
      <div className="actions actions--start">
        <button
          type="button"
          className="button button--primary"
          disabled={form.busy}
          onClick={(event) => void handleDecision(event, 'publish')}
        >
          {t('knowledge.publish')}
        </button>
        <button
          type="button"
          className="button button--danger"
          disabled={form.busy}
          onClick={(event) => void handleDecision(event, 'reject')}
        >
          {t('knowledge.reject')}
        </button>
      </div>
    </form>
  );
}
