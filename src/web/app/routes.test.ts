import { describe, expect, it } from 'vitest';
import { ROLE_DEFINITIONS, ROLES } from '../../domain/permissions.ts';
import { PAGES, visiblePages } from './routes.ts';

describe('navigation by role', () => {
  // Pages each role must see and must not see; new feature pages may be added beside them.
  const cases: Record<string, { sees: string[]; never: string[] }> = {
    counter_officer: {
      sees: ['home', 'offices', 'agreements', 'notifications', 'account'],
      never: ['users', 'roles', 'audit'],
    },
    head: {
      sees: ['home', 'offices', 'users', 'roles', 'agreements', 'notifications', 'account'],
      never: ['audit'],
    },
    partner_liaison: {
      sees: ['home', 'offices', 'notifications', 'account'],
      never: ['users', 'roles', 'agreements', 'audit'],
    },
    auditor: {
      sees: ['home', 'offices', 'users', 'roles', 'agreements', 'audit', 'notifications'],
      never: [],
    },
    administrator: {
      sees: ['home', 'offices', 'users', 'roles', 'agreements', 'notifications', 'account'],
      never: ['audit'],
    },
  };

  it.each(Object.entries(cases))(
    'shows a %s the pages the role allows',
    (role, { sees, never }) => {
      const definition = ROLE_DEFINITIONS[role as (typeof ROLES)[number]];
      const pages = visiblePages(definition.permissions).map((p) => p.id as string);
      expect(pages).toEqual(expect.arrayContaining(sees));
      for (const page of never) expect(pages).not.toContain(page);
    },
  );

  it('shows every page exactly when the role holds its permission', () => {
    for (const role of ROLES) {
      const held = ROLE_DEFINITIONS[role].permissions as readonly string[];
      const pages = new Set(visiblePages(ROLE_DEFINITIONS[role].permissions).map((p) => p.id));
      for (const page of PAGES) {
        const allowed = page.permission === null || held.includes(page.permission);
        expect(pages.has(page.id), `${role} ${page.id}`).toBe(allowed);
      }
    }
  });

  it('shows the audit log only to roles holding audit.read', () => {
    for (const role of ROLES) {
      const pages = visiblePages(ROLE_DEFINITIONS[role].permissions).map((p) => p.id);
      expect(pages.includes('audit')).toBe(
        ROLE_DEFINITIONS[role].permissions.includes('audit.read'),
      );
    }
  });
});
