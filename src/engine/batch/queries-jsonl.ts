import { z } from 'zod';
import type { MatchQuery } from '../match.types.ts';
import type { LineError } from './watchlist-csv.ts';
import { dropUndefined, sortByLine } from './watchlist-csv.ts';

/** One query of a batch with its caller-chosen id. */
export interface BatchQuery {
  id: string;
  query: MatchQuery;
}

const querySchema = z.object({
  id: z.union([z.string().min(1), z.number()]).transform(String),
  name: z.string(),
  aliases: z.array(z.string()).optional(),
  birth_date: z
    .string()
    .regex(
      /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/,
      'birth_date must be YYYY, YYYY-MM or YYYY-MM-DD',
    )
    .optional(),
  sex: z.enum(['L', 'P']).optional(),
  nik: z.string().optional(),
  passport_number: z.string().optional(),
  phones: z.array(z.string()).optional(),
  nationality: z
    .string()
    .regex(/^[A-Z]{2}$/, 'nationality must be an ISO alpha-2 code')
    .optional(),
});

/** Parses JSON Lines of queries, reporting every malformed line with its number. */
export function parseQueriesJsonl(text: string): { queries: BatchQuery[]; errors: LineError[] } {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const queries: BatchQuery[] = [];
  const errors: LineError[] = [];
  source.split('\n').forEach((rawLine, index) => {
    const line = index + 1;
    const content = rawLine.trim();
    if (content === '') return;
    let value: unknown;
    try {
      value = JSON.parse(content);
    } catch {
      errors.push({ line, message: 'not valid JSON' });
      return;
    }
    const parsed = querySchema.safeParse(value);
    if (!parsed.success) {
      const messages = parsed.error.issues.map((issue) =>
        issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
      );
      errors.push({ line, message: messages.join('; ') });
      return;
    }
    const q = parsed.data;
    queries.push({
      id: q.id,
      query: dropUndefined({
        name: q.name,
        aliases: q.aliases,
        birthDate: q.birth_date,
        sex: q.sex,
        nik: q.nik,
        passportNumber: q.passport_number,
        phones: q.phones,
        nationality: q.nationality,
      }),
    });
  });
  return { queries, errors: sortByLine(errors) };
}
