import type { Insertable, Kysely, Updateable } from 'kysely';
import type { DB, SharingAgreementsTable } from '../../db/schema.ts';

/** Agreement columns plus the proposing office's name and zone. */
function selectAgreements(db: Kysely<DB>) {
  return db
    .selectFrom('sharing_agreements as a')
    .leftJoin('offices as o', 'o.id', 'a.proposing_office_id')
    .selectAll('a')
    .select(['o.name as proposing_office_name', 'o.time_zone as proposing_time_zone']);
}

/** One agreement row with its proposing office's zone. */
export type AgreementRecord = Awaited<ReturnType<typeof findAgreementById>> & object;

/** One agreement; `lock` holds the row until the transaction ends (approvals race). */
export async function findAgreementById(db: Kysely<DB>, id: string, lock = false) {
  if (lock) {
    await db
      .selectFrom('sharing_agreements')
      .select('id')
      .where('id', '=', id)
      .forUpdate()
      .execute();
  }
  return selectAgreements(db).where('a.id', '=', id).executeTakeFirst();
}

/** Agreements with a party among `officeIds` (or all), newest first. */
export async function listAgreementRecords(
  db: Kysely<DB>,
  officeIds: readonly string[] | 'all',
): Promise<AgreementRecord[]> {
  let query = selectAgreements(db);
  if (officeIds !== 'all') {
    if (officeIds.length === 0) return [];
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('sharing_agreement_parties as p')
          .select('p.office_id')
          .whereRef('p.agreement_id', '=', 'a.id')
          .where('p.office_id', 'in', officeIds),
      ),
    );
  }
  return query.orderBy('a.created_at', 'desc').orderBy('a.id').execute();
}

/** The parties of some agreements with office names and approvers. */
export async function listPartyRows(db: Kysely<DB>, agreementIds: readonly string[]) {
  if (agreementIds.length === 0) return [];
  return db
    .selectFrom('sharing_agreement_parties as p')
    .innerJoin('offices as o', 'o.id', 'p.office_id')
    .leftJoin('users as u', 'u.id', 'p.approved_by')
    .select([
      'p.agreement_id',
      'p.office_id',
      'p.approved_by',
      'p.approved_at',
      'o.code',
      'o.name',
      'o.kind',
      'u.full_name as approver_name',
    ])
    .where('p.agreement_id', 'in', agreementIds)
    .orderBy('o.name')
    .execute();
}

/** Inserts an agreement; returns its id. */
export async function insertAgreement(
  db: Kysely<DB>,
  values: Insertable<SharingAgreementsTable>,
): Promise<string> {
  const row = await db
    .insertInto('sharing_agreements')
    .values(values)
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Replaces the parties of an agreement (approvals are dropped with them). */
export async function replaceParties(
  db: Kysely<DB>,
  agreementId: string,
  officeIds: readonly string[],
): Promise<void> {
  await db
    .deleteFrom('sharing_agreement_parties')
    .where('agreement_id', '=', agreementId)
    .execute();
  await db
    .insertInto('sharing_agreement_parties')
    .values(officeIds.map((office_id) => ({ agreement_id: agreementId, office_id })))
    .execute();
}

/** Clears every approval of an agreement. */
export async function clearApprovals(db: Kysely<DB>, agreementId: string): Promise<void> {
  await db
    .updateTable('sharing_agreement_parties')
    .set({ approved_by: null, approved_at: null })
    .where('agreement_id', '=', agreementId)
    .execute();
}

/** Records one party's approval. */
export async function setApproval(
  db: Kysely<DB>,
  agreementId: string,
  officeId: string,
  userId: string,
  at: Date,
): Promise<void> {
  await db
    .updateTable('sharing_agreement_parties')
    .set({ approved_by: userId, approved_at: at })
    .where('agreement_id', '=', agreementId)
    .where('office_id', '=', officeId)
    .execute();
}

/** Updates an agreement row. */
export async function updateAgreementRow(
  db: Kysely<DB>,
  id: string,
  values: Updateable<SharingAgreementsTable>,
): Promise<void> {
  await db.updateTable('sharing_agreements').set(values).where('id', '=', id).execute();
}
