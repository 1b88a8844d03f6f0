import { useState } from 'react';
import type { ReactNode } from 'react';
import { listOffices, flattenOffices } from '../api/org.api.ts';
import { listRoles, listUsers, type RoleInfo, type UserSummary } from '../api/users.api.ts';
import { pickLabel } from '../app/AppHeader.tsx';
import { useSession } from '../app/session.tsx';
import { Badge } from '../components/Badge.tsx';
import { SelectField, type Option } from '../components/Field.tsx';
import { LoadError } from '../components/ProblemAlert.tsx';
import { useLoad } from '../components/use-load.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { CreateUserDialog, EditUserDialog, ResetPasswordDialog } from './UserDialogs.tsx';

/** Offices and roles as select options, shared by the filters and the dialogs. */
export interface UserFormChoices {
  offices: Option[];
  officeDepths: Record<string, number>;
  roles: RoleInfo[];
  roleOptions: Option[];
}

type OpenDialog =
  | { kind: 'create' }
  | { kind: 'edit'; user: UserSummary }
  | { kind: 'reset'; user: UserSummary }
  | null;

/** Pengguna: users with filters; administrators add, edit and reset passwords. */
export function UsersPage(): ReactNode {
  const { t, language } = useI18n();
  const { can } = useSession();
  const [officeId, setOfficeId] = useState('');
  const [role, setRole] = useState('');
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const users = useLoad(() => listUsers({ officeId, role }), [officeId, role]);
  const choices = useLoad(async (): Promise<UserFormChoices> => {
    const [tree, roles] = await Promise.all([listOffices(), listRoles()]);
    const flat = flattenOffices(tree);
    return {
      offices: flat.map(({ office, depth }) => ({
        value: office.id,
        label: `${'\u2003'.repeat(depth)}${office.shortName}`,
      })),
      officeDepths: Object.fromEntries(flat.map(({ office, depth }) => [office.id, depth])),
      roles,
      roleOptions: roles.map((r) => ({ value: r.id, label: pickLabel(r.label, language, r.id) })),
    };
  }, [language]);
  const manage = can('user.manage');

  return (
    <section className="page">
      <div className="page__head">
        <h1>{t('users.title')}</h1>
        {manage ? (
          <button
            type="button"
            className="button button--primary"
            onClick={() => setDialog({ kind: 'create' })}
            disabled={!choices.data}
          >
            {t('users.create')}
          </button>
        ) : null}
      </div>
      <form
        className="filters"
        role="search"
        aria-label={t('users.filters')}
        onSubmit={(e) => e.preventDefault()}
      >
        <SelectField
          label={t('users.office')}
          value={officeId}
          onValue={setOfficeId}
          options={[{ value: '', label: t('common.all') }, ...(choices.data?.offices ?? [])]}
        />
        <SelectField
          label={t('users.role')}
          value={role}
          onValue={setRole}
          options={[{ value: '', label: t('common.all') }, ...(choices.data?.roleOptions ?? [])]}
        />
      </form>
      {users.error ? <LoadError error={users.error} onRetry={users.reload} /> : null}
      {choices.error ? <LoadError error={choices.error} onRetry={choices.reload} /> : null}
      {users.loading ? <p role="status">{t('common.loading')}</p> : null}
      {users.data ? (
        <p className="muted small" role="status">
          {t('users.count', { count: users.data.length })}
        </p>
      ) : null}
      {users.data && users.data.length === 0 ? <p>{t('users.empty')}</p> : null}
      {users.data && users.data.length > 0 ? (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('users.username')}</th>
                <th scope="col">{t('users.fullName')}</th>
                <th scope="col">{t('users.role')}</th>
                <th scope="col">{t('users.office')}</th>
                <th scope="col">{t('users.status')}</th>
                {manage ? <th scope="col">{t('common.actions')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {users.data.map((user) => (
                <tr key={user.id}>
                  <th scope="row">
                    <code>{user.username}</code>
                  </th>
                  <td>{user.fullName}</td>
                  <td>{user.roleLabel[language]}</td>
                  <td>{user.office.name}</td>
                  <td>
                    <span className="badges">
                      {user.disabled ? (
                        <Badge tone="neutral">{t('users.disabled')}</Badge>
                      ) : (
                        <Badge tone="success">{t('users.active')}</Badge>
                      )}
                      {user.lockedUntil && new Date(user.lockedUntil) > new Date() ? (
                        <Badge tone="danger">{t('users.locked')}</Badge>
                      ) : null}
                      {user.totpEnabled ? <Badge tone="info">{t('users.totp')}</Badge> : null}
                    </span>
                  </td>
                  {manage ? (
                    <td className="row-actions">
                      <button
                        type="button"
                        className="button button--small"
                        onClick={() => setDialog({ kind: 'edit', user })}
                        disabled={!choices.data}
                        aria-label={`${t('users.edit')} ${user.username}`}
                      >
                        {t('users.edit')}
                      </button>
                      <button
                        type="button"
                        className="button button--small"
                        onClick={() => setDialog({ kind: 'reset', user })}
                        aria-label={`${t('users.resetPassword')} ${user.username}`}
                      >
                        {t('users.resetPassword')}
                      </button>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {choices.data && dialog?.kind === 'create' ? (
        <CreateUserDialog
          choices={choices.data}
          onClose={() => setDialog(null)}
          onChanged={users.reload}
        />
      ) : null}
      {choices.data && dialog?.kind === 'edit' ? (
        <EditUserDialog
          user={dialog.user}
          choices={choices.data}
          onClose={() => setDialog(null)}
          onChanged={users.reload}
        />
      ) : null}
      {dialog?.kind === 'reset' ? (
        <ResetPasswordDialog
          user={dialog.user}
          onClose={() => setDialog(null)}
          onChanged={users.reload}
        />
      ) : null}
    </section>
  );
}
