import { useState } from 'react';
import type { Dispatch, ReactNode, SetStateAction } from 'react';
import { fetchRulePacks } from '../../api/rules.api.ts';
import { TextArea } from '../../components/Field.tsx';
import type { ApiForm } from '../../components/use-api-form.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { errorUnder } from '../meetings/coord-format.ts';

/** The rule change a bulletin carries while it is being written. */
export interface RuleProposalDraft {
  include: boolean;
  packText: string;
  changeNote: string;
}

/** No rule change. */
export const NO_RULE_PROPOSAL: RuleProposalDraft = { include: false, packText: '', changeNote: '' };

const PREFIX = 'proposedRulePack';

/**
 * An optional proposed rule-pack version sent with the bulletin, edited as JSON from the active
 * pack. It becomes a proposal of the rule pack, waiting for its own second approval; the
 * composer offers this section only to roles that may propose rule changes.
 */
export function RuleProposalSection({
  draft,
  onDraft,
  form,
}: {
  draft: RuleProposalDraft;
  onDraft: Dispatch<SetStateAction<RuleProposalDraft>>;
  form: ApiForm;
}): ReactNode {
  const { t } = useI18n();
  const [loading, setLoading] = useState(false);
  const [loadFailed, setLoadFailed] = useState(false);

  async function include(on: boolean): Promise<void> {
    onDraft((d) => ({ ...d, include: on }));
    if (!on || draft.packText !== '') return;
    setLoading(true);
    setLoadFailed(false);
    try {
      const packs = await fetchRulePacks();
      const packText = JSON.stringify(packs.active.pack, null, 2);
      onDraft((d) => (d.packText === '' ? { ...d, packText } : d));
    } catch {
      setLoadFailed(true);
    } finally {
      setLoading(false);
    }
  }

  const packErrors = (form.error?.fieldErrors ?? []).filter((e) => {
    const own = e.path.replace(/^body\./, '');
    return own.startsWith(`${PREFIX}.pack`) || own === PREFIX;
  });
  return (
    <fieldset className="stack coord-fieldset">
      <legend className="field__label">{t('bulletins.rulePack')}</legend>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={draft.include}
          onChange={(event) => void include(event.target.checked)}
        />{' '}
        {t('bulletins.ruleInclude')}
      </label>
      <p className="field__hint">{t('bulletins.ruleHint')}</p>
      {loading ? <p role="status">{t('common.loading')}</p> : null}
      {loadFailed ? <p className="alert alert--warning">{t('bulletins.ruleLoadFailed')}</p> : null}
      {draft.include ? (
        <>
          {packErrors.length > 0 ? (
            <div>
              <p className="field__label">{t('rules.pathErrors')}</p>
              <ul className="bad-rows" data-testid="bulletin-pack-errors">
                {packErrors.map((e) => (
                  <li key={`${e.path}:${e.message}`}>
                    <code>{e.path.replace(/^body\./, '').replace(`${PREFIX}.`, '')}</code>:{' '}
                    {e.message}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <TextArea
            label={t('rules.packJson')}
            name="proposedRulePack.pack"
            className="json-editor"
            value={draft.packText}
            onValue={(packText) => onDraft({ ...draft, packText })}
            spellCheck={false}
            hint={t('rules.packJsonHint')}
            error={packErrors.length > 0 ? packErrors.map((e) => e.message).join(' ') : undefined}
          />
          <TextArea
            label={t('rules.changeNote')}
            name="proposedRulePack.changeNote"
            value={draft.changeNote}
            onValue={(changeNote) => onDraft({ ...draft, changeNote })}
            rows={2}
            required
            error={errorUnder(form, `${PREFIX}.changeNote`)}
          />
        </>
      ) : null}
    </fieldset>
  );
}
