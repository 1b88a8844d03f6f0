import type { Kysely } from 'kysely';
import type { DB, OfficeRow } from '../../db/schema.ts';
import { findOfficesByIds } from '../org/org.repository.ts';
import { listSponsorApplications } from './screening.repository.ts';
import type { NetworkView } from './screening-view.schema.ts';

/** The sponsor values of one application: normalised phones and name keys with their text. */
export interface SponsorValues {
  phones: readonly string[];
  /** Name key to the name as typed. */
  keys: ReadonlyMap<string, string>;
}

/**
 * Counts recent applications (this one included) naming the same sponsor phone or name in the
 * offices of the reach, and lists which applications and offices they came from. A recruiter
 * who sends several people through different offices shows up here, not at any one counter.
 */
export async function findSponsorNetwork(
  db: Kysely<DB>,
  input: {
    sponsor: SponsorValues;
    /** The office of the application being screened: it counts as one more. */
    officeId: string;
    reach: Set<string> | 'all';
    now: Date;
    windowDays: number;
    threshold: number;
    /** Office rows already in memory; read from `db` when absent. */
    knownOffices?: ReadonlyMap<string, OfficeRow>;
  },
): Promise<NetworkView | null> {
  const { sponsor } = input;
  if (sponsor.phones.length === 0 && sponsor.keys.size === 0) return null;
  const since = new Date(input.now.getTime() - input.windowDays * 86_400_000);
  const rows = await listSponsorApplications(db, {
    officeIds: input.reach,
    phones: sponsor.phones,
    keys: [...sponsor.keys.keys()],
    since,
  });
  const matchedOn: NetworkView['matchedOn'] = [];
  for (const phone of sponsor.phones) {
    if (rows.some((r) => r.sponsor_phones.includes(phone)))
      matchedOn.push({ kind: 'phone', value: phone });
  }
  for (const [key, name] of sponsor.keys) {
    if (rows.some((r) => r.sponsor_keys.includes(key)))
      matchedOn.push({ kind: 'name', value: name });
  }
  const perOffice = new Map<string, number>();
  perOffice.set(input.officeId, 1);
  for (const row of rows) perOffice.set(row.office_id, (perOffice.get(row.office_id) ?? 0) + 1);
  const known = input.knownOffices;
  const offices = known
    ? [...perOffice.keys()].flatMap((id) => {
        const office = known.get(id);
        return office ? [office] : [];
      })
    : await findOfficesByIds(db, [...perOffice.keys()]);
  const count = rows.length + 1;
  return {
    signal: count >= input.threshold,
    count,
    threshold: input.threshold,
    windowDays: input.windowDays,
    matchedOn,
    applications: rows.map((r) => ({
      screeningId: r.id,
      refCode: r.ref_code,
      officeId: r.office_id,
      createdAt: r.created_at.toISOString(),
    })),
    offices: offices
      .map((o) => ({
        id: o.id,
        code: o.code,
        name: o.name,
        applications: perOffice.get(o.id) ?? 0,
      }))
      .sort((a, b) => b.applications - a.applications || a.name.localeCompare(b.name)),
  };
}
