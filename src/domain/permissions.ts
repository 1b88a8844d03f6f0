/** Every permission the product checks. Roles are sets of these; routes ask for one each. */
export const PERMISSIONS = [
  'office.read',
  'office.manage',
  'user.read',
  'user.manage',
  'sharing.read',
  'sharing.propose',
  'sharing.approve',
  'sharing.end',
  'audit.read',
  'audit.verify',
  'person.read',
  'breakglass.use',
  'screening.create',
  'screening.decide',
  'screening.approve',
  'watchlist.read',
  'watchlist.propose',
  'watchlist.approve',
  'alert.read',
  'alert.respond',
  'rules.read',
  /** Propose a new rule-pack version with a bulletin; approving it still needs rules.manage. */
  'rules.propose',
  'rules.manage',
  'desa.read',
  'desa.manage',
  'report.create',
  'meeting.manage',
  'bulletin.send',
  'news.read',
  'news.manage',
  'dashboard.read',
] as const;

/** One permission. */
export type Permission = (typeof PERMISSIONS)[number];

/** The roles of DOMAIN.md and ARCHITECTURE.md. */
export const ROLES = [
  'counter_officer',
  'supervisor',
  'intel_analyst',
  'head',
  'pimpasa',
  'partner_liaison',
  'auditor',
  'administrator',
] as const;

/** One role. */
export type RoleId = (typeof ROLES)[number];

/** How far a user's view of records reaches. */
export type ScopeLevel = 'office' | 'kanwil' | 'agreement' | 'national';

/** The data kinds that sharing agreements can cover. */
export const DATA_KINDS = [
  'watchlist',
  'screening_decisions',
  'alerts',
  'cases',
  'village_reports',
] as const;

/** One kind of shared data. */
export type DataKind = (typeof DATA_KINDS)[number];

interface RoleDefinition {
  label: { id: string; en: string };
  defaultScope: ScopeLevel;
  /** Administrators and auditors must sign in with a second factor. */
  requiresTotp: boolean;
  permissions: readonly Permission[];
}

const COMMON: readonly Permission[] = ['office.read', 'sharing.read', 'alert.read'];

/** What each role may do: the single source for the authorisation matrix. */
export const ROLE_DEFINITIONS: Record<RoleId, RoleDefinition> = {
  counter_officer: {
    label: { id: 'Petugas Loket', en: 'Counter officer' },
    defaultScope: 'office',
    requiresTotp: false,
    permissions: [
      ...COMMON,
      'person.read',
      'screening.create',
      'screening.decide',
      'watchlist.read',
      'rules.read',
      'news.read',
    ],
  },
  supervisor: {
    label: { id: 'Supervisor (Kepala Seksi)', en: 'Supervisor' },
    defaultScope: 'office',
    requiresTotp: false,
    permissions: [
      ...COMMON,
      'person.read',
      'screening.create',
      'screening.decide',
      'screening.approve',
      'watchlist.read',
      'watchlist.propose',
      'watchlist.approve',
      'alert.respond',
      'rules.read',
      'user.read',
      'desa.read',
      'news.read',
      'dashboard.read',
    ],
  },
  intel_analyst: {
    label: { id: 'Analis Intelijen', en: 'Intelligence analyst' },
    defaultScope: 'agreement',
    requiresTotp: false,
    permissions: [
      ...COMMON,
      'person.read',
      'breakglass.use',
      'watchlist.read',
      'watchlist.propose',
      'watchlist.approve',
      'alert.respond',
      'rules.read',
      'desa.read',
      'report.create',
      'news.read',
      'news.manage',
      'dashboard.read',
      'meeting.manage',
    ],
  },
  head: {
    label: { id: 'Pimpinan', en: 'Head' },
    defaultScope: 'agreement',
    requiresTotp: false,
    permissions: [
      ...COMMON,
      'person.read',
      'sharing.propose',
      'sharing.approve',
      'sharing.end',
      'user.read',
      'watchlist.read',
      'rules.read',
      'desa.read',
      'desa.manage',
      'meeting.manage',
      'bulletin.send',
      'rules.propose',
      'news.read',
      'dashboard.read',
    ],
  },
  pimpasa: {
    label: { id: 'PIMPASA', en: 'PIMPASA (village officer)' },
    defaultScope: 'office',
    requiresTotp: false,
    permissions: [...COMMON, 'desa.read', 'desa.manage', 'report.create', 'news.read'],
  },
  partner_liaison: {
    label: { id: 'Penghubung Instansi Mitra', en: 'Partner liaison' },
    defaultScope: 'office',
    requiresTotp: false,
    permissions: ['office.read', 'alert.read'],
  },
  auditor: {
    label: { id: 'Auditor', en: 'Auditor' },
    defaultScope: 'national',
    requiresTotp: true,
    permissions: ['office.read', 'user.read', 'sharing.read', 'audit.read', 'audit.verify'],
  },
  administrator: {
    label: { id: 'Administrator', en: 'Administrator' },
    defaultScope: 'national',
    requiresTotp: true,
    permissions: [
      'office.read',
      'office.manage',
      'user.read',
      'user.manage',
      'sharing.read',
      'sharing.propose',
      'rules.read',
      'rules.propose',
      'rules.manage',
      'audit.verify',
    ],
  },
};

/** The permissions a role grants. */
export function permissionsOf(role: RoleId): ReadonlySet<Permission> {
  return new Set(ROLE_DEFINITIONS[role].permissions);
}

/** True for a known role id. */
export function isRole(value: string): value is RoleId {
  return (ROLES as readonly string[]).includes(value);
}
