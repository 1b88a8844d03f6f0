import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import type { ScopeLevel } from '../../domain/permissions.ts';
import { createUser, resetPassword, updateUser, type UserSummary } from '../api/users.api.ts';
import { useAnnouncer } from '../app/announcer.tsx';
import { Dialog } from '../components/Dialog.tsx';
import { SelectField, TextField } from '../components/Field.tsx';
import { ProblemAlert } from '../components/ProblemAlert.tsx';
import { useApiForm } from '../components/use-api-form.ts';
import { useI18n } from '../i18n/i18n.tsx';
import type { UserFormChoices } from './UsersPage.tsx';
import './users.css';

const SCOPES: ScopeLevel[] = ['office', 'kanwil', 'agreement', 'national'];

interface DialogProps {
  onClose: () => void;
  onChanged: () => void;
}

function useScopeOptions(withDefault: boolean): { value: string; label: string }[] {
  const { t } = useI18n();
  return [
    ...(withDefault ? [{ value: '', label: t('users.scopeDefault') }] : []),
    ...SCOPES.map((s) => ({ value: s, label: t(`scope.${s}`) })),
  ];
}

/** The temporary password, shown once, large enough to read out and with a copy button. */
function TemporaryPassword({
  username,
  password,
}: {
  username: string;
  password: string;
}): ReactNode {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  return (
    <div className="temporary-password" role="status">
      <p className="field__label">{t('users.tempPasswordTitle')}</p>
      <p>
        <code className="temporary-password__value" data-testid="temporary-password">
          {password}
        </code>{' '}
        <button
          type="button"
          className="button button--small"
          onClick={() => {
            void navigator.clipboard?.writeText(password).then(() => setCopied(true));
          }}
        >
          {copied ? t('common.copied') : t('common.copy')}
        </button>
      </p>
      <p className="muted">{t('users.tempPasswordHelp', { username })}</p>
    </div>
  );
}

/** The create-user dialog; after success it shows the temporary password once. */
export function CreateUserDialog({
  choices,
  onClose,
  onChanged,
}: DialogProps & { choices: UserFormChoices }): ReactNode {
  const { t } = useI18n();
  const { announce } = useAnnouncer();
  const form = useApiForm();
  const scopes = useScopeOptions(true);
  const [username, setUsername] = useState('');
  const [fullName, setFullName] = useState('');
  const [email, setEmail] = useState('');
  const [officeId, setOfficeId] = useState(choices.offices[0]?.value ?? '');
  const [role, setRole] = useState(choices.roleOptions[0]?.value ?? '');
  const [scopeLevel, setScopeLevel] = useState('');
  const [created, setCreated] = useState<{ username: string; password: string | null } | null>(
    null,
  );

  async function handleSubmit(event: FormEvent): Promise<void> {
    event.preventDefault();
    const outcome = await form.run(() =>
      createUser({
        username: username.trim(),
        fullName: fullName.trim(),
        ...(email.trim() ? { email: email.trim() } : {}),
        officeId,
        role,
        ...(scopeLevel ? { scopeLevel: scopeLevel as ScopeLevel } : {}),
      }),
    );
    if (!outcome.ok) return;
    const name = outcome.value.user?.username ?? username.trim();
    setCreated({ username: name, password: outcome.value.temporaryPassword ?? null });
    announce(t('users.created', { username: name }));
    onChanged();
  }

  return (
    <Dialog open title={t('users.createTitle')} onClose={onClose} closeLabel={t('common.close')}>
      {created ? (
        <div className="stack">
          <p>{t('users.created', { username: created.username })}</p>
          {created.password ? (
            <TemporaryPassword username={created.username} password={created.password} />
          ) : null}
          <div className="actions">
            <button type="button" className="button button--primary" onClick={onClose} autoFocus>
              {t('common.close')}
            </button>
          </div>
        </div>
      ) : (
        <form
          ref={form.formRef}
          className="stack"
          onSubmit={(event) => void handleSubmit(event)}
          noValidate
        >
          <ProblemAlert error={form.error} />
          <TextField
            label={t('users.username')}
            name="username"
            value={username}
            onValue={setUsername}
            hint={t('users.usernameHint')}
            autoCapitalize="none"
            spellCheck={false}
            required
            autoFocus
            error={form.fieldError('username')}
          />
          <TextField
            label={t('users.fullName')}
            name="fullName"
            value={fullName}
            onValue={setFullName}
            required
            error={form.fieldError('fullName')}
          />
          <TextField
            label={t('users.email')}
            name="email"
            type="email"
            value={email}
            onValue={setEmail}
            optionalText={t('common.optional')}
            error={form.fieldError('email')}
          />
          <div className="grid grid--2">
            <SelectField
              label={t('users.office')}
              name="officeId"
              value={officeId}
              onValue={setOfficeId}
              options={choices.offices}
              required
              error={form.fieldError('officeId')}
            />
            <SelectField
              label={t('users.role')}
              name="role"
              value={role}
              onValue={setRole}
              options={choices.roleOptions}
              required
              error={form.fieldError('role')}
            />
          </div>
          <SelectField
            label={t('users.scope')}
            name="scopeLevel"
            value={scopeLevel}
            onValue={setScopeLevel}
            options={scopes}
            error={form.fieldError('scopeLevel')}
          />
          <div className="actions">
            <button type="button" className="button" onClick={onClose}>
              {t('common.cancel')}
            </button>
            <button type="submit" className="button button--primary" disabled={form.busy}>
              {t('common.save')}
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}

/** Edits role, office, scope and the disabled flag of one user. */
export function EditUserDialog({
  user,
  choices,
  onClose,
  onChanged,
}: DialogProps & { user: UserSummary; choices: UserFormChoices }): ReactNode {
  const { t } = useI18n();
  const { announce } = useAnnouncer();
  const form = useApiForm();
  const scopes = useScopeOptions(false);
  const [role, setRole] = useState<string>(user.role);
  const [officeId, setOfficeId] = useState(user.office.id);
  const [scopeLevel, setScopeLevel] = useState<string>(user.scopeLevel);
  const [disabled, setDisabled] = useState(user.disabled);

  async function handleSubmit(event: FormEvent): Promise<void> {
    event.preventDefault();
    const outcome = await form.run(() =>
      updateUser(user.id, { role, officeId, scopeLevel: scopeLevel as ScopeLevel, disabled }),
    );
    if (!outcome.ok) return;
    announce(t('users.saved', { username: user.username }));
    onChanged();
    onClose();
  }

  return (
    <Dialog
      open
      title={t('users.editTitle', { username: user.username })}
      onClose={onClose}
      closeLabel={t('common.close')}
    >
      <form
        ref={form.formRef}
        className="stack"
        onSubmit={(event) => void handleSubmit(event)}
        noValidate
      >
        <ProblemAlert error={form.error} />
        <SelectField
          label={t('users.role')}
          name="role"
          value={role}
          onValue={setRole}
          options={choices.roleOptions}
          error={form.fieldError('role')}
          autoFocus
        />
        <SelectField
          label={t('users.office')}
          name="officeId"
          value={officeId}
          onValue={setOfficeId}
          options={choices.offices}
          error={form.fieldError('officeId')}
        />
        <SelectField
          label={t('users.scope')}
          name="scopeLevel"
          value={scopeLevel}
          onValue={setScopeLevel}
          options={scopes}
          error={form.fieldError('scopeLevel')}
        />
        <label className="checkbox">
          <input
            type="checkbox"
            checked={disabled}
            onChange={(event) => setDisabled(event.target.checked)}
          />
          {t('users.disable')}
        </label>
        <div className="actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={form.busy}>
            {t('common.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** Confirms a password reset, then shows the temporary password once. */
export function ResetPasswordDialog({
  user,
  onClose,
  onChanged,
}: DialogProps & { user: UserSummary }): ReactNode {
  const { t } = useI18n();
  const form = useApiForm();
  const [password, setPassword] = useState<string | null>(null);

  async function handleSubmit(event: FormEvent): Promise<void> {
    event.preventDefault();
    const outcome = await form.run(() => resetPassword(user.id));
    if (!outcome.ok) return;
    setPassword(outcome.value.temporaryPassword);
    onChanged();
  }

  return (
    <Dialog open title={t('users.resetPassword')} onClose={onClose} closeLabel={t('common.close')}>
      {password ? (
        <div className="stack">
          <TemporaryPassword username={user.username} password={password} />
          <div className="actions">
            <button type="button" className="button button--primary" onClick={onClose} autoFocus>
              {t('common.close')}
            </button>
          </div>
        </div>
      ) : (
        <form ref={form.formRef} className="stack" onSubmit={(event) => void handleSubmit(event)}>
          <ProblemAlert error={form.error} />
          <p>{t('users.confirmReset', { username: user.username })}</p>
          <div className="actions">
            <button type="button" className="button" onClick={onClose}>
              {t('common.cancel')}
            </button>
            <button type="submit" className="button button--danger" disabled={form.busy} autoFocus>
              {t('users.resetPassword')}
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
