import type { FastifyRequest } from 'fastify';

/** The two languages of the product; Bahasa Indonesia is the default. */
export type Language = 'id' | 'en';

/** Picks the response language: English only when the client prefers it over Indonesian. */
export function pickLanguage(request: FastifyRequest): Language {
  const header = request.headers['accept-language'];
  if (!header) return 'id';
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      return { tag: tag.split('-')[0] ?? '', q: q ? Number(q.trim().slice(2)) || 0 : 1 };
    })
    .filter((entry) => entry.tag === 'id' || entry.tag === 'en')
    .sort((a, b) => b.q - a.q);
  return ranked[0]?.tag === 'en' ? 'en' : 'id';
}
