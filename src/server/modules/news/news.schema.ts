import { z } from 'zod';
import { TPPO_TYPE_CODES, type TppoTypeCode } from '../../../domain/tppo.ts';

const tppoCode = z.enum(TPPO_TYPE_CODES as unknown as [TppoTypeCode, ...TppoTypeCode[]]);
const isoDate = z.iso.date();
const REGION = /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/;

/** Most files one upload may carry. */
export const MAX_UPLOAD_FILES = 20;
/** Largest file content accepted, in characters. */
export const MAX_FILE_CHARS = 2_000_000;

/** One uploaded file: its name (the extension tells the format) and its text. */
export const uploadFile = z.object({
  file: z.string().trim().min(1).max(300),
  content: z.string().min(1).max(MAX_FILE_CHARS),
});

/** Body of POST /news/upload as JSON: one file, or several under `files`. */
export const uploadBody = z.union([
  uploadFile,
  z.object({ files: z.array(uploadFile).min(1).max(MAX_UPLOAD_FILES) }),
]);

/** Query of POST /news/upload with a raw body: the file name. */
export const uploadQuery = z.object({ file: z.string().trim().min(1).max(300).optional() });

/** Body of POST /news/fetch. */
export const fetchBody = z.object({ url: z.string().trim().min(1).max(2000) });

/** What happened to each article of an ingestion. */
export const ingestResultSchema = z.object({
  items: z.array(
    z.object({
      file: z.string(),
      status: z.enum(['stored', 'duplicate', 'error']),
      articleId: z.string().nullable(),
      eventId: z.string().nullable(),
      title: z.string().nullable(),
      error: z.string().nullable(),
    }),
  ),
  stored: z.number(),
  duplicates: z.number(),
  errors: z.number(),
});

/** Body of POST /news/feeds. */
export const feedBody = z.object({
  url: z.string().trim().min(1).max(2000),
  title: z.string().trim().min(1).max(200),
  active: z.boolean().default(true),
  intervalMinutes: z.number().int().min(5).max(10080).default(60),
});
/** A validated feed. */
export type FeedInput = z.infer<typeof feedBody>;

/** Body of PATCH /news/feeds/:id. */
export const feedPatch = z
  .object({
    url: feedBody.shape.url,
    title: feedBody.shape.title,
    active: z.boolean(),
    intervalMinutes: z.number().int().min(5).max(10080),
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, {
    message: 'Tidak ada yang diubah',
    params: { en: 'Nothing to change' },
  });
/** A validated feed change. */
export type FeedPatch = z.infer<typeof feedPatch>;

/** A feed as the API shows it. */
export const feedSchema = z.object({
  id: z.string(),
  url: z.string(),
  title: z.string(),
  active: z.boolean(),
  intervalMinutes: z.number(),
  lastPolledAt: z.string().nullable(),
  lastStatus: z.enum(['ok', 'error']).nullable(),
  lastError: z.string().nullable(),
  lastNewArticles: z.number(),
});
/** A feed view. */
export type FeedView = z.infer<typeof feedSchema>;

/** The :id of a route. */
export const idParams = z.object({ id: z.uuid() });

/** Query of GET /news/events: the inbox filters. */
export const eventsQuery = z
  .object({
    type: tppoCode.optional(),
    region: z
      .string()
      .trim()
      .refine((v) => REGION.test(v), {
        message: 'Kode wilayah Kemendagri tidak valid (mis. 16 atau 16.72)',
        params: { en: 'Not a Kemendagri region code (e.g. 16 or 16.72)' },
      })
      .optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    q: z.string().trim().max(200).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, {
    message: 'Tanggal awal harus sebelum tanggal akhir',
    params: { en: 'The start date must not be after the end date' },
    path: ['to'],
  });
/** Validated inbox filters. */
export type EventsQuery = z.infer<typeof eventsQuery>;

const placeSchema = z.object({
  code: z.string(),
  name: z.string().nullable(),
  level: z.string().nullable(),
  articleIds: z.array(z.string()),
});

/** One event in the inbox. */
export const eventSummarySchema = z.object({
  id: z.string(),
  title: z.string().nullable(),
  date: z.string().nullable(),
  firstPublished: z.string().nullable(),
  types: z.array(z.string()),
  places: z.array(placeSchema),
  articleCount: z.number(),
  outlets: z.array(z.string()),
  conflictCount: z.number(),
  openLeads: z.number(),
});
/** An inbox row. */
export type EventSummary = z.infer<typeof eventSummarySchema>;

/** The inbox page. */
export const eventListSchema = z.object({ events: z.array(eventSummarySchema), total: z.number() });

const sourced = <T extends z.ZodType>(value: T) =>
  z.object({ value, articleIds: z.array(z.string()) });

/** A highlighted stretch of an article. */
export const spanSchema = z.object({
  start: z.number(),
  end: z.number(),
  kind: z.enum(['office', 'place', 'date', 'person', 'number']),
  label: z.string(),
});

/** A lead as the API shows it. */
export const leadSchema = z.object({
  id: z.string(),
  eventId: z.string(),
  eventTitle: z.string().nullable(),
  kind: z.enum(['desa_binaan', 'watchlist']),
  status: z.enum(['open', 'accepted', 'rejected']),
  payload: z.record(z.string(), z.unknown()),
  office: z.object({ id: z.string(), name: z.string() }).nullable(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decisionNote: z.string().nullable(),
  target: z
    .object({
      type: z.enum(['desa_binaan', 'watchlist_entry']),
      id: z.string(),
      label: z.string().nullable(),
    })
    .nullable(),
  /** Desa Binaan leads: the village is already in the registry under this id. */
  registeredDesaId: z.string().nullable(),
});
/** A lead view. */
export type LeadView = z.infer<typeof leadSchema>;

/** One event with its sources, merged facts, conflicts and leads. */
export const eventDetailSchema = z.object({
  event: eventSummarySchema.extend({
    related: z.array(
      z.object({ id: z.string(), title: z.string().nullable(), date: z.string().nullable() }),
    ),
    facts: z.object({
      offices: z.array(sourced(z.object({ key: z.string(), name: z.string() }))),
      persons: z.array(sourced(z.object({ name: z.string(), role: z.string().nullable() }))),
      numbers: z.array(
        sourced(z.object({ kind: z.string(), value: z.number(), unit: z.string() })),
      ),
      dates: z.array(sourced(z.string())),
    }),
    conflicts: z.array(
      z.object({
        kind: z.enum(['number', 'name']),
        field: z.string(),
        values: z.array(sourced(z.union([z.string(), z.number()]))),
      }),
    ),
  }),
  articles: z.array(
    z.object({
      id: z.string(),
      title: z.string().nullable(),
      outlet: z.string().nullable(),
      url: z.string().nullable(),
      published: z.string().nullable(),
      byline: z.string().nullable(),
      sourceKind: z.string(),
      sourceName: z.string(),
      ingestedAt: z.string(),
      types: z.array(z.object({ code: z.string(), evidence: z.array(z.string()) })),
      text: z.string(),
      spans: z.array(spanSchema),
    }),
  ),
  leads: z.array(leadSchema),
  /** True when watchlist leads were left out because the reader may not read person data. */
  leadsHidden: z.boolean(),
});
/** An event page. */
export type EventDetail = z.infer<typeof eventDetailSchema>;

/** Query of GET /news/leads. */
export const leadsQuery = z.object({
  status: z.enum(['open', 'accepted', 'rejected']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(100),
});

/** Body of POST /news/events/:id/leads: an analyst names a perpetrator to propose. */
export const leadBody = z
  .object({
    entryKind: z.enum(['person', 'organization', 'phone']),
    names: z.array(z.string().trim().min(1).max(300)).max(10).default([]),
    phones: z.array(z.string().trim().min(1).max(40)).max(10).default([]),
    role: z.string().trim().max(200).nullable().default(null),
    note: z.string().trim().max(2000).nullable().default(null),
  })
  .refine((v) => v.names.length > 0 || v.phones.length > 0, {
    message: 'Sebutkan setidaknya satu nama atau nomor telepon',
    params: { en: 'Give at least one name or phone number' },
    path: ['names'],
  });
/** A validated manual lead. */
export type LeadInput = z.infer<typeof leadBody>;

/** Body of POST /news/leads/:id/accept; a watchlist lead may adjust what is proposed. */
export const acceptBody = z
  .object({
    names: z.array(z.string().trim().min(1).max(300)).max(10).optional(),
    phones: z.array(z.string().trim().min(1).max(40)).max(10).optional(),
    listing: z.enum(['suspect', 'protective']).optional(),
    tppoTypes: z.array(tppoCode).max(TPPO_TYPE_CODES.length).optional(),
    reason: z.string().trim().min(10).max(4000).optional(),
    note: z.string().trim().max(2000).optional(),
    /** Desa Binaan leads: the fostering Kanim, when the article names none the registry knows. */
    officeId: z.uuid().optional(),
  })
  .nullish();
/** A validated acceptance. */
export type AcceptInput = z.infer<typeof acceptBody>;

/** Body of POST /news/leads/:id/reject: why. */
export const rejectBody = z.object({ note: z.string().trim().min(5).max(2000) });

/** A list of leads. */
export const leadListSchema = z.object({ leads: z.array(leadSchema), leadsHidden: z.boolean() });
