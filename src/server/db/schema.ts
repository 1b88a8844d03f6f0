import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';
import type { ScreeningTables } from './schema-screening.ts';
import type { DesaTables } from './schema-desa.ts';
import type { CoordTables } from './schema-coord.ts';
import type { NewsTables } from './schema-news.ts';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
/** `date` columns travel as YYYY-MM-DD strings (see the type parser in connection.ts). */
type DateOnly = ColumnType<string, string, string>;
type Json = ColumnType<Record<string, unknown>, string, string>;

/** Office kinds: regional office, immigration office, checkpoint, partner agency. */
export type OfficeKind = 'kanwil' | 'kanim' | 'tpi' | 'partner';

export interface OfficesTable {
  id: Generated<string>;
  kind: OfficeKind;
  code: string;
  name: string;
  short_name: string;
  office_class: string | null;
  parent_id: string | null;
  checkpoint_type: 'airport' | 'seaport' | 'land' | null;
  partner_type: 'police' | 'bp3mi' | 'other' | null;
  time_zone: 'Asia/Jakarta' | 'Asia/Makassar' | 'Asia/Jayapura';
  seat_region_code: string | null;
  address: string | null;
  active: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: Generated<Date>;
}

export interface OfficeCoverageTable {
  office_id: string;
  region_code: string;
}

export interface UsersTable {
  id: Generated<string>;
  username: string;
  full_name: string;
  email: string | null;
  office_id: string;
  role: string;
  scope_level: 'office' | 'kanwil' | 'agreement' | 'national';
  password_hash: string;
  password_changed_at: Generated<Date>;
  must_change_password: Generated<boolean>;
  totp_secret: string | null;
  totp_pending_secret: string | null;
  totp_last_step: number | null;
  failed_attempts: Generated<number>;
  locked_until: Timestamp | null;
  disabled: Generated<boolean>;
  language: Generated<'id' | 'en'>;
  created_at: CreatedAt;
  updated_at: Generated<Date>;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  csrf_token: string;
  second_factor_done: Generated<boolean>;
  created_at: CreatedAt;
  last_seen_at: Generated<Date>;
  expires_at: Timestamp;
  ip: string | null;
  user_agent: string | null;
}

export interface SharingAgreementsTable {
  id: Generated<string>;
  title: string;
  description: Generated<string>;
  data_kinds: string[];
  valid_from: DateOnly;
  valid_until: DateOnly | null;
  status: Generated<'draft' | 'active' | 'ended'>;
  source_reference: string | null;
  created_by: string | null;
  created_at: CreatedAt;
  activated_at: Timestamp | null;
  ended_at: Timestamp | null;
  ended_by: string | null;
  end_reason: string | null;
  /** The office whose time zone gives the agreement's dates their meaning (0010). */
  proposing_office_id: string | null;
  updated_at: Generated<Date>;
}

export interface SharingAgreementPartiesTable {
  agreement_id: string;
  office_id: string;
  approved_by: string | null;
  approved_at: Timestamp | null;
}

export interface BreakGlassGrantsTable {
  id: Generated<string>;
  user_id: string;
  office_id: string;
  data_kind: string;
  target_type: string;
  target_id: string;
  reason: string;
  created_at: CreatedAt;
  expires_at: Timestamp;
}

export interface NotificationsTable {
  id: Generated<string>;
  user_id: string;
  kind: string;
  title: string;
  body: Generated<string>;
  link: string | null;
  created_at: CreatedAt;
  read_at: Timestamp | null;
}

export interface AuditLogTable {
  seq: number;
  at: Timestamp;
  actor_user_id: string | null;
  actor_username: string | null;
  office_id: string | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  reason: string | null;
  request_id: string | null;
  details: Json;
  prev_hash: string;
  hash: string;
  /** Which hash formula the row uses (see src/server/modules/audit/audit-chain.ts). */
  chain_format: Generated<number>;
}

/** Failed sign-ins for usernames that belong to no account (see migration 0110). */
export interface SignInFailuresTable {
  username: string;
  failures: number;
  locked_until: Timestamp | null;
  last_failed_at: Timestamp;
}

/** Audit rows waiting for their transaction's commit to chain them (see migration 0090). */
export interface AuditPendingTable {
  id: Generated<number>;
  body: string;
}

/** Every table Waspada owns, as Kysely sees it. Feature migrations add their tables here. */
export interface DB extends ScreeningTables, DesaTables, CoordTables, NewsTables {
  offices: OfficesTable;
  office_coverage: OfficeCoverageTable;
  users: UsersTable;
  sessions: SessionsTable;
  sharing_agreements: SharingAgreementsTable;
  sharing_agreement_parties: SharingAgreementPartiesTable;
  break_glass_grants: BreakGlassGrantsTable;
  notifications: NotificationsTable;
  audit_log: AuditLogTable;
  audit_pending: AuditPendingTable;
  sign_in_failures: SignInFailuresTable;
}

export type OfficeRow = Selectable<OfficesTable>;
export type UserRow = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type SharingAgreementRow = Selectable<SharingAgreementsTable>;
export type AuditRow = Selectable<AuditLogTable>;
