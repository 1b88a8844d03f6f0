import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { ROLES, type RoleId } from '../../../domain/permissions.ts';
import type { TppoTypeCode } from '../../../domain/tppo.ts';
import {
  BULLETIN_PRIORITIES,
  sendBulletin,
  type BulletinPriority,
} from '../../api/bulletins.api.ts';
import { readUpload } from '../../api/meetings.api.ts';
import { useAnnouncer } from '../../app/announcer.tsx';
import { useSession } from '../../app/session.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { CheckboxGroup, SelectField, TextArea, TextField } from '../../components/Field.tsx';
import { LoadError, ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useApiForm } from '../../components/use-api-form.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { errorUnder, roleLabel, tppoOptions } from '../meetings/coord-format.ts';
import { useOfficeChoices } from '../meetings/use-offices.ts';
import { jsonProblem, jsonProblemText } from '../rules/ProposePackForm.tsx';
import { ModusPicker } from './ModusPicker.tsx';
import {
  NO_RULE_PROPOSAL,
  RuleProposalSection,
  type RuleProposalDraft,
} from './RuleProposalSection.tsx';

const MAX_ATTACHMENTS = 5;

/**
 * The compose form: priority, audience (Kanwil, chosen Kanim/TPI, roles), title, body, types,
 * the knowledge base's modus it concerns and, for roles that may, a proposed rule change.
 */
export function ComposeBulletinDialog({
  onClose,
  onSent,
}: {
  onClose: () => void;
  onSent: (id: string) => void;
}): ReactNode {
  const { t, language } = useI18n();
  const { announce } = useAnnouncer();
  const form = useApiForm();
  const { can } = useSession();
  const mayProposeRules = can('rules.propose');
  const offices = useOfficeChoices();
  const [priority, setPriority] = useState<BulletinPriority>('biasa');
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [preview, setPreview] = useState(false);
  const [kanwilIds, setKanwilIds] = useState<string[]>([]);
  const [officeIds, setOfficeIds] = useState<string[]>([]);
  const [roles, setRoles] = useState<string[]>([]);
  const [types, setTypes] = useState<string[]>([]);
  const [files, setFiles] = useState<File[]>([]);
  const [modusIds, setModusIds] = useState<string[]>([]);
  const [rule, setRule] = useState<RuleProposalDraft>(NO_RULE_PROPOSAL);
  const withRule = mayProposeRules && rule.include;

  const kanwilOptions = offices.offices
    .filter((o) => o.kind === 'kanwil')
    .map((o) => ({ value: o.id, label: o.shortName || o.name }));
  const unitOptions = offices.offices
    .filter((o) => o.kind === 'kanim' || o.kind === 'tpi')
    .map((o) => ({ value: o.id, label: o.shortName || o.name }));

  async function handleSubmit(event: FormEvent): Promise<void> {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (title.trim().length < 3) local.title = t('bulletins.error.title');
    if (body.trim().length < 3) local.bodyMarkdown = t('bulletins.error.body');
    if (kanwilIds.length === 0 && officeIds.length === 0) {
      local.audience = t('bulletins.error.audience');
    }
    if (files.length > MAX_ATTACHMENTS) local.attachments = t('bulletins.error.files');
    const packProblem = withRule ? jsonProblem(rule.packText) : null;
    if (packProblem) {
      local['proposedRulePack.pack'] = jsonProblemText(packProblem, language);
    }
    if (Object.keys(local).length > 0) {
      form.fail(t('form.checkFields'), local);
      return;
    }
    const outcome = await form.run(async () =>
      sendBulletin({
        priority,
        title: title.trim(),
        bodyMarkdown: body.trim(),
        audience: { kanwilIds, officeIds, roles: roles as RoleId[] },
        tppoTypes: types as TppoTypeCode[],
        modusIds,
        attachments: await Promise.all(files.map(readUpload)),
        ...(withRule
          ? {
              proposedRulePack: {
                pack: JSON.parse(rule.packText) as unknown,
                changeNote: rule.changeNote.trim(),
              },
            }
          : {}),
      }),
    );
    if (!outcome.ok) return;
    announce(t('bulletins.sentMessage', { count: outcome.value.recipients }));
    onSent(outcome.value.id);
  }

  const audienceError = errorUnder(form, 'audience');
  const filesError = errorUnder(form, 'attachments');
  return (
    <Dialog
      open
      wide
      title={t('bulletins.compose')}
      onClose={onClose}
      closeLabel={t('common.close')}
    >
      {offices.error ? <LoadError error={offices.error} /> : null}
      <form
        ref={form.formRef}
        className="stack"
        onSubmit={(event) => void handleSubmit(event)}
        noValidate
      >
        <ProblemAlert error={form.error} />
        <div className="grid grid--2">
          <SelectField
            label={t('bulletins.priority')}
            name="priority"
            value={priority}
            onValue={(v) => setPriority(v as BulletinPriority)}
            options={BULLETIN_PRIORITIES.map((p) => ({
              value: p,
              label: t(`bulletins.priority.${p}`),
            }))}
            hint={t('bulletins.priorityHint')}
            required
            error={form.fieldError('priority')}
          />
          <TextField
            label={t('bulletins.titleField')}
            name="title"
            value={title}
            onValue={setTitle}
            required
            autoFocus
            error={form.fieldError('title')}
          />
        </div>
        <fieldset
          className={audienceError ? 'stack coord-fieldset field--invalid' : 'stack coord-fieldset'}
        >
          <legend className="field__label">{t('bulletins.audience')}</legend>
          <div className="grid grid--3">
            <CheckboxGroup
              legend={t('bulletins.audienceKanwil')}
              hint={t('bulletins.audienceKanwilHint')}
              options={kanwilOptions}
              values={kanwilIds}
              onValues={setKanwilIds}
              error={errorUnder(form, 'audience.kanwilIds') ?? audienceError}
            />
            <CheckboxGroup
              legend={t('bulletins.audienceOffices')}
              options={unitOptions}
              values={officeIds}
              onValues={setOfficeIds}
              error={errorUnder(form, 'audience.officeIds')}
            />
            <CheckboxGroup
              legend={t('bulletins.audienceRoles')}
              hint={t('bulletins.audienceRolesHint')}
              options={ROLES.map((r) => ({ value: r, label: roleLabel(r, language) }))}
              values={roles}
              onValues={setRoles}
              error={errorUnder(form, 'audience.roles')}
            />
          </div>
        </fieldset>
        <TextArea
          label={t('bulletins.body')}
          hint={t('bulletins.bodyHint')}
          name="bodyMarkdown"
          value={body}
          onValue={setBody}
          rows={10}
          required
          error={form.fieldError('bodyMarkdown')}
        />
        <div className="actions actions--start">
          <button
            type="button"
            className="button button--small"
            aria-expanded={preview}
            aria-controls="bulletin-preview"
            onClick={() => setPreview((v) => !v)}
          >
            {preview ? t('bulletins.hidePreview') : t('bulletins.showPreview')}
          </button>
        </div>
        {preview ? (
          <section id="bulletin-preview" aria-label={t('bulletins.preview')}>
            <p className="field__hint">{t('bulletins.previewHint')}</p>
            <pre className="bulletin-preview">{body || t('common.none')}</pre>
          </section>
        ) : null}
        <CheckboxGroup
          legend={t('bulletins.tppoTypes')}
          options={tppoOptions(language)}
          values={types}
          onValues={setTypes}
          error={errorUnder(form, 'tppoTypes')}
        />
        <ModusPicker
          types={types}
          values={modusIds}
          onValues={setModusIds}
          error={errorUnder(form, 'modusIds')}
        />
        {mayProposeRules ? (
          <RuleProposalSection draft={rule} onDraft={setRule} form={form} />
        ) : null}
        <div className={filesError ? 'field field--invalid' : 'field'}>
          <label htmlFor="bulletin-files" className="field__label">
            {t('bulletins.attachments')}
            <span className="field__optional"> ({t('common.optional')})</span>
          </label>
          <input
            id="bulletin-files"
            type="file"
            multiple
            aria-invalid={filesError ? true : undefined}
            aria-describedby={
              filesError ? 'bulletin-files-hint bulletin-files-error' : 'bulletin-files-hint'
            }
            onChange={(event) => setFiles([...(event.target.files ?? [])])}
          />
          <p id="bulletin-files-hint" className="field__hint">
            {t('bulletins.attachmentsHint')}
          </p>
          {filesError ? (
            <p id="bulletin-files-error" className="field__error">
              {filesError}
            </p>
          ) : null}
        </div>
        <div className="actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={form.busy}>
            {t('bulletins.send')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
