import type { ReactNode } from 'react';
import { listRoles } from '../api/users.api.ts';
import { pickLabel } from '../app/AppHeader.tsx';
import { Badge } from '../components/Badge.tsx';
import { LoadError } from '../components/ProblemAlert.tsx';
import { useLoad } from '../components/use-load.ts';
import { useI18n } from '../i18n/i18n.tsx';

/** Peran: every role, its default scope and its permissions (read-only). */
export function RolesPage(): ReactNode {
  const { t, language } = useI18n();
  const roles = useLoad(listRoles, []);
  return (
    <section className="page">
      <h1>{t('roles.title')}</h1>
      <p className="muted">{t('roles.intro')}</p>
      {roles.error ? <LoadError error={roles.error} onRetry={roles.reload} /> : null}
      {roles.loading ? <p role="status">{t('common.loading')}</p> : null}
      <div className="card-list">
        {(roles.data ?? []).map((role) => (
          <article key={role.id} className="panel" aria-labelledby={`role-${role.id}`}>
            <header className="panel__head">
              <h2 id={`role-${role.id}`}>{pickLabel(role.label, language, role.id)}</h2>
              <code className="muted small">{role.id}</code>
            </header>
            <dl className="facts">
              <dt>{t('roles.defaultScope')}</dt>
              <dd>{t(`scope.${role.defaultScope}`)}</dd>
              <dt>{t('roles.requiresTotp')}</dt>
              <dd>
                {role.requiresTotp ? <Badge tone="info">{t('common.yes')}</Badge> : t('common.no')}
              </dd>
              <dt>{t('roles.permissions')}</dt>
              <dd>
                <ul className="tag-list">
                  {role.permissions.map((permission) => (
                    <li key={permission} className="tag tag--mono">
                      {permission}
                    </li>
                  ))}
                </ul>
              </dd>
            </dl>
          </article>
        ))}
      </div>
    </section>
  );
}
