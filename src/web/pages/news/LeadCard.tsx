import { useState } from 'react';
import type { ReactNode } from 'react';
import { acceptLead, rejectLead, type NewsLead } from '../../api/news.api.ts';
import { useAnnouncer } from '../../app/announcer.tsx';
import { Link } from '../../app/router.tsx';
import { useSession } from '../../app/session.tsx';
import { Badge } from '../../components/Badge.tsx';
import { TextArea } from '../../components/Field.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useApiForm } from '../../components/use-api-form.ts';
import { formatDate } from '../../format/dates.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { desaProfilePath } from '../desa/desa-paths.ts';

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function list(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** One lead with what it proposes, its source sentence and, while open, accept and reject. */
export function LeadCard({
  lead,
  onChanged,
}: {
  lead: NewsLead;
  onChanged: () => void;
}): ReactNode {
  const { t, language } = useI18n();
  const { can } = useSession();
  const { announce } = useAnnouncer();
  const form = useApiForm();
  const [rejecting, setRejecting] = useState(false);
  const [note, setNote] = useState('');
  const p = lead.payload;
  const canDecide =
    lead.kind === 'desa_binaan'
      ? can('desa.manage')
      : can('news.manage') && can('watchlist.propose');
  const title =
    lead.kind === 'desa_binaan'
      ? t('news.lead.desaText', {
          name: text(p.officialName) || text(p.nameAsWritten),
          code: text(p.regionCode),
          office: lead.office?.name ?? (text(p.officeName) || t('news.unknownOffice')),
          date: text(p.formedOn)
            ? p.formedPrecision === 'month'
              ? text(p.formedText) || text(p.formedOn).slice(0, 7)
              : formatDate(text(p.formedOn), language)
            : t('news.noDate'),
        })
      : `${t(`news.lead.entry.${text(p.entryKind) as 'person' | 'organization' | 'phone'}`)}: ${[...list(p.names), ...list(p.phones)].join(', ')}${text(p.role) ? ` (${text(p.role)})` : ''}`;

  async function handleAccept(): Promise<void> {
    const outcome = await form.run(() => acceptLead(lead.id));
    if (outcome.ok) {
      announce(t('news.lead.accepted'), 'success');
      onChanged();
    }
  }

  async function handleReject(): Promise<void> {
    const outcome = await form.run(() => rejectLead(lead.id, note));
    if (outcome.ok) {
      announce(t('news.lead.rejected'), 'success');
      onChanged();
    }
  }

  const status =
    lead.status === 'open' ? 'info' : lead.status === 'accepted' ? 'success' : 'neutral';
  return (
    <li
      className="card"
      data-testid={`lead-${lead.kind}`}
      style={{ listStyle: 'none', marginBottom: '0.75rem' }}
    >
      <form ref={form.formRef} onSubmit={(e) => e.preventDefault()}>
        <p>
          <Badge tone="neutral">{t(`news.lead.${lead.kind}`)}</Badge>{' '}
          <Badge tone={status}>{t(`news.lead.status.${lead.status}`)}</Badge>
        </p>
        <p>
          <strong>{title}</strong>
        </p>
        {text(p.evidence) ? (
          <blockquote className="muted small" aria-label={t('news.lead.evidence')}>
            {text(p.evidence)}
          </blockquote>
        ) : null}
        {lead.kind === 'desa_binaan' && lead.registeredDesaId && lead.status === 'open' ? (
          <p className="small">{t('news.lead.registered')}</p>
        ) : null}
        {lead.target ? (
          <p className="small">
            {lead.target.type === 'desa_binaan' ? (
              <Link to={desaProfilePath(lead.target.id)}>
                {t('news.lead.linked', { label: lead.target.label ?? lead.target.id })}
              </Link>
            ) : (
              t('news.lead.linked', { label: lead.target.label ?? lead.target.id })
            )}
          </p>
        ) : null}
        {lead.decisionNote ? <p className="small muted">{lead.decisionNote}</p> : null}
        <ProblemAlert error={form.error} />
        {lead.status === 'open' && canDecide ? (
          <div style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap', alignItems: 'flex-end' }}>
            <button
              type="button"
              className="button button--primary"
              disabled={form.busy}
              onClick={() => void handleAccept()}
            >
              {t('news.lead.accept')}
            </button>
            {rejecting ? (
              <>
                <TextArea
                  label={t('news.lead.rejectNote')}
                  value={note}
                  onValue={setNote}
                  error={form.fieldError('note')}
                  rows={2}
                />
                <button
                  type="button"
                  className="button"
                  disabled={form.busy}
                  onClick={() => void handleReject()}
                >
                  {t('news.lead.rejectConfirm')}
                </button>
              </>
            ) : (
              <button type="button" className="button" onClick={() => setRejecting(true)}>
                {t('news.lead.reject')}
              </button>
            )}
          </div>
        ) : null}
      </form>
    </li>
  );
}
