import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { DEFAULT_RULE_PACK } from '../../../domain/screening/default-rule-pack.ts';
import type { TppoTypeCode } from '../../../domain/tppo.ts';
import { proposeModus, SOURCE_KINDS, type SourceKind } from '../../api/knowledge.api.ts';
import { useAnnouncer } from '../../app/announcer.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { CheckboxGroup, SelectField, TextArea, TextField } from '../../components/Field.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useApiForm } from '../../components/use-api-form.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { errorUnder, tppoOptions } from '../meetings/coord-format.ts';

/** The form that proposes a modus operandi with its source; it is published after review. */
export function ProposeModusDialog({
  tppoType,
  onClose,
  onProposed,
}: {
  tppoType: string;
  onClose: () => void;
  onProposed: () => void;
}): ReactNode {
  const { t, language } = useI18n();
  const { announce } = useAnnouncer();
  const form = useApiForm();
  const [type, setType] = useState(tppoType);
  const [name, setName] = useState('');
  const [recruitment, setRecruitment] = useState('');
  const [routes, setRoutes] = useState('');
  const [signs, setSigns] = useState('');
  const [ruleIds, setRuleIds] = useState<string[]>([]);
  const [sourceKind, setSourceKind] = useState<SourceKind>('bulletin');
  const [sourceLabel, setSourceLabel] = useState('');
  const [sourceReference, setSourceReference] = useState('');

  async function handleSubmit(event: FormEvent): Promise<void> {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (name.trim().length < 3) local.name = t('knowledge.error.name');
    if (sourceLabel.trim().length < 3) local['source.label'] = t('knowledge.error.source');
    if (Object.keys(local).length > 0) {
      form.fail(t('form.checkFields'), local);
      return;
    }
    const outcome = await form.run(() =>
      proposeModus({
        tppoType: type as TppoTypeCode,
        name: name.trim(),
        recruitment: recruitment.trim(),
        routes: routes.trim(),
        signs: signs.trim(),
        ruleIds,
        source: {
          kind: sourceKind,
          label: sourceLabel.trim(),
          reference: sourceReference.trim() || null,
        },
      }),
    );
    if (!outcome.ok) return;
    announce(t('knowledge.proposed'));
    onProposed();
  }

  return (
    <Dialog
      open
      wide
      title={t('knowledge.propose')}
      onClose={onClose}
      closeLabel={t('common.close')}
    >
      <p className="muted">{t('knowledge.proposeIntro')}</p>
      <form
        ref={form.formRef}
        className="stack"
        onSubmit={(event) => void handleSubmit(event)}
        noValidate
      >
        <ProblemAlert error={form.error} />
        <div className="grid grid--2">
          <SelectField
            label={t('knowledge.form')}
            name="tppoType"
            value={type}
            onValue={setType}
            options={tppoOptions(language)}
            required
            error={form.fieldError('tppoType')}
          />
          <TextField
            label={t('knowledge.modusName')}
            name="name"
            value={name}
            onValue={setName}
            required
            autoFocus
            error={form.fieldError('name')}
          />
        </div>
        <TextArea
          label={t('knowledge.recruitment')}
          name="recruitment"
          value={recruitment}
          onValue={setRecruitment}
          rows={2}
          optionalText={t('common.optional')}
          error={form.fieldError('recruitment')}
        />
        <TextArea
          label={t('knowledge.routes')}
          name="routes"
          value={routes}
          onValue={setRoutes}
          rows={2}
          optionalText={t('common.optional')}
          error={form.fieldError('routes')}
        />
        <TextArea
          label={t('knowledge.signs')}
          name="signs"
          value={signs}
          onValue={setSigns}
          rows={2}
          optionalText={t('common.optional')}
          error={form.fieldError('signs')}
        />
        <CheckboxGroup
          legend={t('knowledge.rules')}
          hint={t('knowledge.rulesHint')}
          options={DEFAULT_RULE_PACK.rules.map((rule) => ({
            value: rule.id,
            label: `${rule.id}: ${rule.title[language]}`,
          }))}
          values={ruleIds}
          onValues={setRuleIds}
          error={errorUnder(form, 'ruleIds')}
        />
        <fieldset className="stack coord-fieldset">
          <legend className="field__label">{t('knowledge.source')}</legend>
          <SelectField
            label={t('knowledge.sourceKindField')}
            name="sourceKind"
            value={sourceKind}
            onValue={(v) => setSourceKind(v as SourceKind)}
            options={SOURCE_KINDS.map((k) => ({ value: k, label: t(`knowledge.sourceKind.${k}`) }))}
            error={form.fieldError('source.kind')}
          />
          <TextField
            label={t('knowledge.sourceLabel')}
            hint={t('knowledge.sourceLabelHint')}
            name="sourceLabel"
            value={sourceLabel}
            onValue={setSourceLabel}
            required
            error={form.fieldError('source.label')}
          />
          <TextField
            label={t('knowledge.sourceReference')}
            name="sourceReference"
            value={sourceReference}
            onValue={setSourceReference}
            optionalText={t('common.optional')}
            error={form.fieldError('source.reference')}
          />
        </fieldset>
        <div className="actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={form.busy}>
            {t('knowledge.submitProposal')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
