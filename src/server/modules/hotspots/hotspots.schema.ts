import { z } from 'zod';

const isoDate = z.string().refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !isNaN(Date.parse(v)), {
  message: 'Tanggal harus berformat YYYY-MM-DD',
  params: { en: 'A date must be YYYY-MM-DD' },
});

/** Query of the hotspot routes: the period (inclusive dates in the caller's office zone). */
export const hotspotQuery = z
  .object({
    from: isoDate.optional(),
    to: isoDate.optional(),
    limit: z.coerce.number().int().min(1).max(500).default(50),
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, {
    message: '"from" harus sebelum atau sama dengan "to"',
    params: { en: '"from" must not be after "to"' },
    path: ['to'],
  });
/** A validated hotspot query. */
export type HotspotQuery = z.infer<typeof hotspotQuery>;

const regionRef = z.object({ code: z.string(), name: z.string(), level: z.string() });

/** Counts of one place. */
export const placeCountsSchema = z.object({
  region: regionRef,
  parents: z.array(regionRef),
  screened: z.number(),
  tunda: z.number(),
  tolak: z.number(),
  matched: z.number(),
  flagged: z.number(),
  /** Active Desa Binaan in the place (a village: 0 or 1). */
  desaBinaan: z.number(),
  desaId: z.string().nullable(),
  /** TPPO news events in the period naming the place or a place inside it (not office-scoped). */
  newsEvents: z.number(),
});
/** Counts of one place. */
export type PlaceCounts = z.infer<typeof placeCountsSchema>;

/** Response of GET /hotspots. */
export const hotspotReportSchema = z.object({
  period: z.object({ from: z.string(), to: z.string(), timeZone: z.string() }),
  totals: z.object({
    screened: z.number(),
    flagged: z.number(),
    /** Screenings whose home region is coarser than a district (cannot be placed). */
    unplaced: z.number(),
  }),
  districts: z.array(placeCountsSchema),
  villages: z.array(placeCountsSchema),
  /** Villages sending flagged applicants with no Desa Binaan, most flagged first. */
  villageGaps: z.array(placeCountsSchema),
  /** Districts sending flagged applicants with no Desa Binaan anywhere in them. */
  districtGaps: z.array(placeCountsSchema),
});
/** A hotspot report. */
export type HotspotReport = z.infer<typeof hotspotReportSchema>;
