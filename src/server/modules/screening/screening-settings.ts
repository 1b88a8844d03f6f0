import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

/** The settings screening reads from app_settings, with their defaults. */
export const SCREENING_SETTINGS = {
  /** Days back the sponsor network signal looks. */
  'network.windowDays': 30,
  /** Applications with one sponsor (this one included) that make a network signal. */
  'network.minApplications': 3,
  /** Days a postponed applicant has to complete the documents. */
  'tunda.deadlineDays': 30,
  /** Days of screenings a newly active watchlist entry is screened back against. */
  'retro.windowDays': 365,
} as const;

/** The name of one screening setting. */
export type ScreeningSettingKey = keyof typeof SCREENING_SETTINGS;

/**
 * Reads a numeric setting; a missing or malformed value falls back to the default, so a bad
 * row never stops the counter.
 */
export async function readNumberSetting(db: Kysely<DB>, key: ScreeningSettingKey): Promise<number> {
  const row = await db
    .selectFrom('app_settings')
    .select('value')
    .where('key', '=', key)
    .executeTakeFirst();
  return numberSettingFrom(row?.value, key);
}

/** A stored setting value as a positive whole number, or the default when missing or malformed. */
export function numberSettingFrom(value: unknown, key: ScreeningSettingKey): number {
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) return Math.floor(value);
  return SCREENING_SETTINGS[key];
}
