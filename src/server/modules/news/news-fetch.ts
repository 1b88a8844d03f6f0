import { AppError, invalidField } from '../../../domain/errors.ts';

/** Limits of one server-side fetch. */
export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
}

/** Pages and feeds are small; anything larger is not an article. */
export const DEFAULT_FETCH_LIMITS: FetchLimits = { timeoutMs: 10_000, maxBytes: 3 * 1024 * 1024 };

/** What a fetch brought back. */
export interface FetchedDocument {
  /** The address after redirects. */
  url: string;
  contentType: string;
  bytes: Uint8Array;
}

/** Checks that a text is an absolute http(s) address, naming `path` when it is not. */
export function parseHttpUrl(value: string, path: string): URL {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw invalidField(path, 'Alamat tidak dapat dibaca.', 'The address cannot be read.');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw invalidField(
      path,
      'Hanya alamat http atau https yang dapat diambil.',
      'Only http or https addresses can be fetched.',
    );
  }
  if (url.username || url.password) {
    throw invalidField(
      path,
      'Alamat tidak boleh memuat nama pengguna atau kata sandi.',
      'The address must not carry a user name or password.',
    );
  }
  return url;
}

function unavailable(url: string, reason: string, reasonEn: string): AppError {
  return new AppError('unavailable', `Gagal mengambil ${url}: ${reason}`, {
    messageEn: `Could not fetch ${url}: ${reasonEn}`,
  });
}

/**
 * Fetches one page or feed with a GET: http(s) only, a timeout over the whole transfer and a
 * size cap checked while reading, so a slow or endless source cannot hold the server.
 */
export async function fetchDocument(
  address: string,
  limits: FetchLimits = DEFAULT_FETCH_LIMITS,
  path = 'url',
): Promise<FetchedDocument> {
  const url = parseHttpUrl(address, path);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
  try {
    const response = await fetch(url, {
      method: 'GET',
      redirect: 'follow',
      signal: controller.signal,
      headers: {
        accept:
          'text/html, application/rss+xml, application/atom+xml, application/xml, text/plain;q=0.9, */*;q=0.5',
        'user-agent': 'Waspada news monitor',
      },
    });
    const finalUrl = response.url || url.href;
    // A redirect may not leave http(s) (fetch refuses other schemes anyway; this says why).
    parseHttpUrl(finalUrl, path);
    if (!response.ok) {
      await response.body?.cancel();
      throw unavailable(
        url.href,
        `status HTTP ${response.status}`,
        `HTTP status ${response.status}`,
      );
    }
    const declared = Number(response.headers.get('content-length') ?? '0');
    if (declared > limits.maxBytes) {
      await response.body?.cancel();
      throw unavailable(url.href, 'berkas terlalu besar', 'the document is too large');
    }
    const chunks: Uint8Array[] = [];
    let total = 0;
    if (response.body) {
      const reader = response.body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        total += value.byteLength;
        if (total > limits.maxBytes) {
          await reader.cancel();
          throw unavailable(url.href, 'berkas terlalu besar', 'the document is too large');
        }
        chunks.push(value);
      }
    }
    const bytes = new Uint8Array(total);
    let at = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, at);
      at += chunk.byteLength;
    }
    return { url: finalUrl, contentType: response.headers.get('content-type') ?? '', bytes };
  } catch (error) {
    if (error instanceof AppError) throw error;
    if (controller.signal.aborted) {
      throw unavailable(url.href, 'waktu habis', 'timed out');
    }
    throw unavailable(
      url.href,
      error instanceof Error ? error.message : 'kesalahan jaringan',
      error instanceof Error ? error.message : 'network error',
    );
  } finally {
    clearTimeout(timer);
  }
}

/** A file name for a fetched document, so the pipeline can tell its format by extension. */
export function fileNameFor(doc: FetchedDocument): string {
  const type = doc.contentType.toLowerCase();
  const base = doc.url;
  if (/rss|atom|xml/.test(type)) return `${base}#feed.xml`;
  if (/html/.test(type)) return `${base}#page.html`;
  if (/text\/plain/.test(type)) return `${base}#text.txt`;
  return base;
}
