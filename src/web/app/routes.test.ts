import { describe, expect, it } from 'vitest';
import { ROLE_DEFINITIONS, ROLES } from '../../domain/permissions.ts';
import { visiblePages } from './routes.ts';

describe('navigation by role', () => {
  const expected: Record<string, string[]> = {
    counter_officer: ['home', 'offices', 'agreements', 'notifications', 'account'],
    head: ['home', 'offices', 'users', 'roles', 'agreements', 'notifications', 'account'],
    partner_liaison: ['home', 'offices', 'notifications', 'account'],
    auditor: [
      'home',
      'offices',
      'users',
      'roles',
      'agreements',
      'audit',
      'notifications',
      'account',
    ],
    administrator: ['home', 'offices', 'users', 'roles', 'agreements', 'notifications', 'account'],
  };

  it.each(Object.entries(expected))(
    'shows a %s exactly the pages the role allows',
    (role, pages) => {
      const definition = ROLE_DEFINITIONS[role as (typeof ROLES)[number]];
      expect(visiblePages(definition.permissions).map((p) => p.id)).toEqual(pages);
    },
  );

  it('shows the audit log only to roles holding audit.read', () => {
    for (const role of ROLES) {
      const pages = visiblePages(ROLE_DEFINITIONS[role].permissions).map((p) => p.id);
      expect(pages.includes('audit')).toBe(
        ROLE_DEFINITIONS[role].permissions.includes('audit.read'),
      );
    }
  });
});
