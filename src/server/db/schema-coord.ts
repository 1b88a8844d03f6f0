import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
/** `date` columns travel as YYYY-MM-DD strings. */
type DateOnly = ColumnType<string, string, string>;
/** jsonb: read as parsed JSON, written as a JSON string. */
type Jsonb<T> = ColumnType<T, string, string>;
type TextArray = ColumnType<string[], string[] | undefined, string[]>;

/** Where a knowledge-base statement or modus comes from. */
export type KnowledgeSourceKind = 'regulation' | 'official_release' | 'bulletin' | 'news' | 'case';

/** A coordination meeting (0070). */
export interface MeetingsTable {
  id: Generated<string>;
  title: string;
  held_on: DateOnly;
  place: string;
  host_office_id: string;
  other_agencies: TextArray;
  tppo_types: TextArray;
  topics: TextArray;
  minutes: Generated<string>;
  source_reference: string | null;
  /** Set when the record (or part of it) is demonstration data, saying which part. */
  demo_note: string | null;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

/** An office taking part in a meeting (0070). */
export interface MeetingParticipantsTable {
  meeting_id: string;
  office_id: string;
}

/** A file attached to a meeting, an action item or a bulletin (0070). */
export interface CoordAttachmentsTable {
  id: Generated<string>;
  owner_type: 'meeting' | 'action_item' | 'bulletin';
  owner_id: string;
  name: string;
  content_type: string;
  size_bytes: number;
  data: Buffer;
  uploaded_by: string | null;
  created_at: CreatedAt;
}

/** An agreement (kesepakatan) reached in a meeting (0070). */
export interface MeetingAgreementsTable {
  id: Generated<string>;
  meeting_id: string;
  text: string;
  party_office_ids: TextArray;
  status: 'draft' | 'agreed' | 'in_effect' | 'ended';
  sharing_agreement_id: string | null;
  source_reference: string | null;
  demo_note: string | null;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

/** Action item status. */
export type ActionItemStatus = 'open' | 'in_progress' | 'done' | 'dropped';

/** An action item of a meeting (0070). */
export interface ActionItemsTable {
  id: Generated<string>;
  meeting_id: string;
  agreement_id: string | null;
  description: string;
  owner_office_id: string;
  owner_user_id: string | null;
  owner_person: string | null;
  due_on: DateOnly;
  status: Generated<ActionItemStatus>;
  evidence_text: string | null;
  evidence_attachment_id: string | null;
  status_note: string | null;
  closed_at: Timestamp | null;
  closed_by: string | null;
  demo_note: string | null;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

/** One reminder sent for an overdue action item on one day (0070). */
export interface ActionItemRemindersTable {
  action_item_id: string;
  reminded_on: DateOnly;
  created_at: CreatedAt;
}

/** Bulletin priority: normal, important, urgent. */
export type BulletinPriority = 'biasa' | 'penting' | 'segera';

/** A bulletin sent down to work units (0070). */
export interface BulletinsTable {
  id: Generated<string>;
  author_office_id: string;
  author_user_id: string | null;
  audience_kanwil_ids: TextArray;
  audience_office_ids: TextArray;
  audience_roles: TextArray;
  priority: BulletinPriority;
  title: string;
  body_markdown: string;
  tppo_types: TextArray;
  modus_ids: TextArray;
  proposed_rule_pack: Jsonb<Record<string, unknown>> | null;
  proposed_rule_pack_version: string | null;
  rule_proposal_note: string | null;
  demo_note: string | null;
  sent_at: Timestamp;
  created_at: CreatedAt;
}

/** A recipient of a bulletin and whether they confirmed reading it (0070). */
export interface BulletinRecipientsTable {
  bulletin_id: string;
  user_id: string;
  office_id: string;
  confirmed_at: Timestamp | null;
  last_reminded_on: DateOnly | null;
  reminder_count: Generated<number>;
}

/** Knowledge-base page section. */
export type KnowledgeSection =
  | 'definition'
  | 'legal_basis'
  | 'impact'
  | 'prevention_counter'
  | 'prevention_checkpoint'
  | 'prevention_village'
  | 'prevention_kanwil';

/** One sourced statement on a knowledge-base page (0070). */
export interface KnowledgeStatementsTable {
  id: Generated<string>;
  tppo_type: string;
  section: KnowledgeSection;
  text_id: string;
  text_en: string | null;
  source_kind: KnowledgeSourceKind;
  source_label: string;
  source_reference: string | null;
  position: Generated<number>;
  seed_key: string | null;
  created_at: CreatedAt;
}

/** A modus operandi entry, published only after review (0070). */
export interface KnowledgeModusTable {
  id: Generated<string>;
  tppo_type: string;
  name: string;
  recruitment: Generated<string>;
  routes: Generated<string>;
  signs: Generated<string>;
  rule_ids: TextArray;
  source_kind: KnowledgeSourceKind;
  source_label: string;
  source_reference: string | null;
  status: Generated<'proposed' | 'published' | 'rejected'>;
  proposed_by: string | null;
  proposed_at: Timestamp;
  reviewed_by: string | null;
  reviewed_at: Timestamp | null;
  review_note: string | null;
  seed_key: string | null;
}

/** An example of a modus drawn from a bulletin, a news event or a case (0070). */
export interface KnowledgeModusExamplesTable {
  id: Generated<string>;
  modus_id: string;
  source_kind: 'bulletin' | 'news' | 'case';
  label: string;
  reference: string | null;
  added_by: string | null;
  created_at: CreatedAt;
}

/** The tables of meetings, bulletins and the knowledge base. */
export interface CoordTables {
  meetings: MeetingsTable;
  meeting_participants: MeetingParticipantsTable;
  coord_attachments: CoordAttachmentsTable;
  meeting_agreements: MeetingAgreementsTable;
  action_items: ActionItemsTable;
  action_item_reminders: ActionItemRemindersTable;
  bulletins: BulletinsTable;
  bulletin_recipients: BulletinRecipientsTable;
  knowledge_statements: KnowledgeStatementsTable;
  knowledge_modus: KnowledgeModusTable;
  knowledge_modus_examples: KnowledgeModusExamplesTable;
}
