import http from 'node:http';
import https from 'node:https';
import { pipeline, type Readable } from 'node:stream';
import zlib from 'node:zlib';
import { AppError } from '../../../domain/errors.ts';
import {
  bareHost,
  parseHttpUrl,
  pinnedLookup,
  vetUrl,
  type NetworkPolicy,
  type VettedUrl,
} from './url-guard.ts';

export { parseHttpUrl } from './url-guard.ts';

/** Limits of one server-side fetch. */
export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
}

/** Pages and feeds are small; anything larger is not an article. */
export const DEFAULT_FETCH_LIMITS: FetchLimits = {
  timeoutMs: 10_000,
  maxBytes: 3 * 1024 * 1024,
  maxRedirects: 5,
};

/** What a fetch brought back. */
export interface FetchedDocument {
  /** The address after redirects. */
  url: string;
  contentType: string;
  bytes: Uint8Array;
}

function unavailable(url: string, reason: string, reasonEn: string): AppError {
  return new AppError('unavailable', `Gagal mengambil ${url}: ${reason}`, {
    messageEn: `Could not fetch ${url}: ${reasonEn}`,
  });
}

const ACCEPT =
  'text/html, application/rss+xml, application/atom+xml, application/xml, text/plain;q=0.9, */*;q=0.5';

/** Sends one GET to the vetted address (never resolving the name again) and waits for the head. */
function request(target: VettedUrl, signal: AbortSignal): Promise<http.IncomingMessage> {
  const { url } = target;
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.request(
      {
        method: 'GET',
        protocol: url.protocol,
        hostname: bareHost(url),
        port: url.port || undefined,
        path: `${url.pathname}${url.search}`,
        headers: {
          accept: ACCEPT,
          'accept-encoding': 'gzip, deflate, br',
          'user-agent': 'Waspada news monitor',
        },
        lookup: pinnedLookup(target),
        // A pooled socket could have been opened for another address of the same name.
        agent: false,
        signal,
      },
      resolve,
    );
    req.on('error', reject);
    req.end();
  });
}

/** The body as sent, decompressed; the size cap applies to what comes out. */
function decoded(response: http.IncomingMessage): Readable {
  const encoding = (response.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  const decoder =
    encoding === 'gzip' || encoding === 'x-gzip'
      ? zlib.createGunzip()
      : encoding === 'deflate'
        ? zlib.createInflate()
        : encoding === 'br'
          ? zlib.createBrotliDecompress()
          : null;
  if (!decoder) return response;
  return pipeline(response, decoder, () => undefined);
}

async function readCapped(
  response: http.IncomingMessage,
  href: string,
  maxBytes: number,
): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of decoded(response)) {
    const buffer = chunk as Buffer;
    total += buffer.byteLength;
    if (total > maxBytes) {
      response.destroy();
      throw unavailable(href, 'berkas terlalu besar', 'the document is too large');
    }
    chunks.push(buffer);
  }
  return new Uint8Array(Buffer.concat(chunks, total));
}

function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new Error('aborted'));
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/**
 * Fetches one page or feed with a GET: http(s) only, to public addresses only (see
 * url-guard.ts), every redirect checked again, a timeout over the whole transfer (redirects and
 * name resolution included) and a size cap checked while reading, so a slow or endless source
 * cannot hold the server.
 */
export async function fetchDocument(
  address: string,
  policy: NetworkPolicy,
  limits: FetchLimits = DEFAULT_FETCH_LIMITS,
  path = 'url',
): Promise<FetchedDocument> {
  const first = parseHttpUrl(address, path);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
  let current = first.href;
  try {
    for (let redirects = 0; ; redirects += 1) {
      const target = await abortable(vetUrl(current, path, policy), controller.signal);
      const response = await request(target, controller.signal);
      const status = response.statusCode ?? 0;
      const location = response.headers.location;
      if (status >= 300 && status < 400 && location) {
        response.resume();
        if (redirects >= limits.maxRedirects) {
          throw unavailable(first.href, 'terlalu banyak pengalihan', 'too many redirects');
        }
        // The next address goes through every check again, the network ranges included.
        current = new URL(location, target.url).href;
        continue;
      }
      if (status < 200 || status >= 300) {
        response.resume();
        throw unavailable(first.href, `status HTTP ${status}`, `HTTP status ${status}`);
      }
      const declared = Number(response.headers['content-length'] ?? '0');
      if (declared > limits.maxBytes) {
        response.destroy();
        throw unavailable(first.href, 'berkas terlalu besar', 'the document is too large');
      }
      const bytes = await readCapped(response, first.href, limits.maxBytes);
      return { url: target.url.href, contentType: response.headers['content-type'] ?? '', bytes };
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    if (controller.signal.aborted) {
      throw unavailable(first.href, 'waktu habis', 'timed out');
    }
    throw unavailable(
      first.href,
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
