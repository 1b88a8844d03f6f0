import type { Insertable, Kysely, Selectable } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { AlertsTable } from '../../db/schema-screening.ts';

/** A stored alert. */
export type AlertRow = Selectable<AlertsTable>;

/**
 * Inserts an alert; a retro-screening alert for an entry and screening already alerted is
 * skipped (returns null), so a re-run job never alerts twice.
 */
export async function insertAlert(
  db: Kysely<DB>,
  values: Insertable<AlertsTable>,
): Promise<string | null> {
  let q = db.insertInto('alerts').values(values);
  if (values.kind === 'retro_hit') {
    q = q.onConflict((oc) =>
      oc.columns(['entry_id', 'screening_id']).where('kind', '=', 'retro_hit').doNothing(),
    );
  }
  const row = await q.returning('id').executeTakeFirst();
  return row?.id ?? null;
}

/** True when an open network alert from one office to another exists since `since`. */
export async function hasOpenNetworkAlert(
  db: Kysely<DB>,
  officeId: string,
  sourceOfficeId: string,
  since: Date,
): Promise<boolean> {
  const row = await db
    .selectFrom('alerts')
    .select('id')
    .where('kind', '=', 'network')
    .where('office_id', '=', officeId)
    .where('source_office_id', '=', sourceOfficeId)
    .where('status', '!=', 'closed')
    .where('created_at', '>=', since)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** Alerts that concern any of the offices (as recipient or source), newest first. */
export async function listAlertRows(
  db: Kysely<DB>,
  options: {
    officeIds: ReadonlySet<string> | 'all';
    status?: AlertRow['status'] | undefined;
    limit: number;
    offset: number;
  },
): Promise<AlertRow[]> {
  const { officeIds } = options;
  if (officeIds !== 'all' && officeIds.size === 0) return [];
  let q = db.selectFrom('alerts').selectAll();
  if (officeIds !== 'all') {
    const ids = [...officeIds];
    q = q.where((eb) => eb.or([eb('office_id', 'in', ids), eb('source_office_id', 'in', ids)]));
  }
  if (options.status) q = q.where('status', '=', options.status);
  return q
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(options.limit)
    .offset(options.offset)
    .execute();
}

/** One alert by id. */
export async function findAlertById(db: Kysely<DB>, id: string): Promise<AlertRow | undefined> {
  return db.selectFrom('alerts').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The thread of an alert, oldest first, with authors' names. */
export async function listAlertMessages(db: Kysely<DB>, alertId: string) {
  return db
    .selectFrom('alert_messages')
    .innerJoin('users', 'users.id', 'alert_messages.author_id')
    .select([
      'alert_messages.id',
      'alert_messages.author_id',
      'users.full_name as author_name',
      'alert_messages.office_id',
      'alert_messages.body',
      'alert_messages.created_at',
    ])
    .where('alert_messages.alert_id', '=', alertId)
    .orderBy('alert_messages.created_at')
    .orderBy('alert_messages.id')
    .execute();
}

/** Adds a message to an alert's thread. */
export async function insertAlertMessage(
  db: Kysely<DB>,
  values: { alertId: string; authorId: string; officeId: string; body: string; at: Date },
): Promise<string> {
  const row = await db
    .insertInto('alert_messages')
    .values({
      alert_id: values.alertId,
      author_id: values.authorId,
      office_id: values.officeId,
      body: values.body,
      created_at: values.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Changes an alert's status. */
export async function updateAlertStatus(
  db: Kysely<DB>,
  id: string,
  status: AlertRow['status'],
  by: string,
  at: Date,
): Promise<void> {
  await db
    .updateTable('alerts')
    .set({
      status,
      closed_at: status === 'closed' ? at : null,
      closed_by: status === 'closed' ? by : null,
    })
    .where('id', '=', id)
    .execute();
}
