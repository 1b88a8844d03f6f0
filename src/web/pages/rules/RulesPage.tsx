import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { decideRulePack, fetchRulePacks, type RulePackVersion } from '../../api/rules.api.ts';
import { useAnnouncer } from '../../app/announcer.tsx';
import { useSession, useSignedIn } from '../../app/session.tsx';
import { Badge, type BadgeTone } from '../../components/Badge.tsx';
import { TextArea } from '../../components/Field.tsx';
import { LoadError, ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useApiForm } from '../../components/use-api-form.ts';
import { useLoad } from '../../components/use-load.ts';
import { formatDateTime } from '../../format/dates.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { OutcomeBadge } from '../screening/ResultPanel.tsx';
import { FairnessView } from './FairnessView.tsx';
import { ProposePackForm } from './ProposePackForm.tsx';
import '../screening/screening.css';

const STATUS_TONE: Record<RulePackVersion['status'], BadgeTone> = {
  proposed: 'warning',
  active: 'success',
  retired: 'neutral',
  rejected: 'neutral',
};

/**
 * Aturan Indikator: the active rule pack (titles, basis, weights, profiling flag), its versions
 * with the second administrator's approval, a new version as JSON, and the fairness view.
 */
export function RulesPage(): ReactNode {
  const { t, language } = useI18n();
  const { can } = useSession();
  const packs = useLoad(() => fetchRulePacks(), []);
  const manage = can('rules.manage');
  const active = packs.data?.active;
  return (
    <section className="page page--wide">
      <h1>{t('rules.title')}</h1>
      {packs.error ? <LoadError error={packs.error} onRetry={packs.reload} /> : null}
      {packs.loading && !packs.data ? <p role="status">{t('common.loading')}</p> : null}
      {active ? (
        <section className="panel" aria-labelledby="rules-active">
          <h2 id="rules-active">{t('rules.active', { version: active.version })}</h2>
          <p className="muted">
            {t('rules.thresholds', {
              wawancara: active.pack.thresholds.wawancara,
              tunda: active.pack.thresholds.tunda,
            })}
          </p>
          <div className="table-wrap">
            <table className="table table--compact">
              <thead>
                <tr>
                  <th scope="col">{t('rules.id')}</th>
                  <th scope="col">{t('rules.rule')}</th>
                  <th scope="col">{t('rules.basis')}</th>
                  <th scope="col" className="num">
                    {t('rules.weight')}
                  </th>
                  <th scope="col">{t('rules.floor')}</th>
                  <th scope="col">{t('rules.profiling')}</th>
                </tr>
              </thead>
              <tbody>
                {active.pack.rules.map((rule) => (
                  <tr key={rule.id}>
                    <th scope="row">
                      <code>{rule.id}</code>
                    </th>
                    <td>{rule.title[language]}</td>
                    <td className="small">{rule.basis}</td>
                    <td className="num">{rule.weight}</td>
                    <td>{rule.floor ? <OutcomeBadge outcome={rule.floor} /> : t('common.none')}</td>
                    <td>
                      {active.profilingRuleIds.includes(rule.id) ? (
                        <Badge tone="info">{t('rules.profilingYes')}</Badge>
                      ) : (
                        t('common.no')
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
      {packs.data ? (
        <section className="panel" aria-labelledby="rules-versions">
          <h2 id="rules-versions">{t('rules.versions')}</h2>
          <ul className="plain-list">
            {packs.data.versions.map((version) => (
              <VersionRow
                key={version.version}
                version={version}
                manage={manage}
                onDecided={packs.reload}
              />
            ))}
          </ul>
        </section>
      ) : null}
      {manage && active ? <ProposePackForm active={active} onProposed={packs.reload} /> : null}
      {manage ? <FairnessView /> : null}
    </section>
  );
}

/** The change note the server writes on the pack it seeds at first start. */
const SEED_NOTE = 'Paket awal (DEFAULT_RULE_PACK)';

function VersionRow({
  version,
  manage,
  onDecided,
}: {
  version: RulePackVersion;
  manage: boolean;
  onDecided: () => void;
}): ReactNode {
  const { t, language } = useI18n();
  const { timeZone } = useSession();
  const { user } = useSignedIn();
  // The second approval must come from another administrator: the proposer sees no buttons.
  const mayDecide = manage && version.status === 'proposed' && version.proposedBy !== user.id;
  return (
    <li>
      <strong>{version.version}</strong>{' '}
      <Badge tone={STATUS_TONE[version.status]}>{t(`rules.status.${version.status}`)}</Badge>{' '}
      <span className="muted small">
        {t('rules.proposedBy', { at: formatDateTime(version.proposedAt, language, timeZone) })}
      </span>
      {version.changeNote ? (
        <div className="small prewrap">
          {version.changeNote === SEED_NOTE ? t('rules.seedNote') : version.changeNote}
        </div>
      ) : null}
      {mayDecide ? <DecideForm version={version.version} onDecided={onDecided} /> : null}
    </li>
  );
}

function DecideForm({ version, onDecided }: { version: string; onDecided: () => void }): ReactNode {
  const { t } = useI18n();
  const { announce } = useAnnouncer();
  const form = useApiForm();
  const [note, setNote] = useState('');
  async function handleSubmit(event: FormEvent): Promise<void> {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const approve = submitter?.getAttribute('value') !== 'reject';
    const outcome = await form.run(() => decideRulePack(version, { approve, note: note.trim() }));
    if (!outcome.ok) return;
    announce(t('rules.decided', { version }));
    onDecided();
  }
  return (
    <form
      ref={form.formRef}
      className="stack"
      onSubmit={(event) => void handleSubmit(event)}
      noValidate
    >
      <ProblemAlert error={form.error} />
      <TextArea
        label={t('rules.decisionNote')}
        value={note}
        onValue={setNote}
        rows={2}
        required
        hint={t('rules.decisionNoteHint')}
        error={form.fieldError('note')}
      />
      <div className="actions actions--start">
        <button
          type="submit"
          className="button button--primary"
          value="approve"
          disabled={form.busy}
        >
          {t('rules.approve', { version })}
        </button>
        <button type="submit" className="button button--danger" value="reject" disabled={form.busy}>
          {t('rules.reject', { version })}
        </button>
      </div>
    </form>
  );
}
