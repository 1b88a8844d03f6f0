/** The two languages of the product; the API answers errors in the one we ask for. */
export type Language = 'id' | 'en';

/** One field named by a problem+json document (`errors[].path`). */
export interface FieldError {
  path: string;
  message: string;
}

/** The parts of an RFC 9457 problem document the server sends. */
interface ProblemDocument {
  code?: string;
  title?: string;
  detail?: string;
  status?: number;
  requestId?: string;
  errors?: FieldError[];
  [key: string]: unknown;
}

/** A failed API call, parsed from problem+json (or made up for a network failure). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly fieldErrors: FieldError[];
  readonly requestId: string | null;
  /** Anything else the problem carried (e.g. `breakGlass`, `permission`). */
  readonly extra: Record<string, unknown>;

  constructor(status: number, problem: ProblemDocument) {
    const { code, title, detail, requestId, errors, ...rest } = problem;
    const extra = Object.fromEntries(Object.entries(rest).filter(([key]) => key !== 'status'));
    super(detail ?? title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.code = code ?? 'unknown';
    this.title = title ?? '';
    this.fieldErrors = Array.isArray(errors) ? errors : [];
    this.requestId = requestId ?? null;
    this.extra = extra;
  }

  /** The message for one field, if the server named it. */
  fieldMessage(path: string): string | undefined {
    return this.fieldErrors.find((e) => e.path === path || e.path === `body.${path}`)?.message;
  }
}

/** What the client needs from the app around it. */
export interface ClientHooks {
  language: () => Language;
  csrfToken: () => string | null;
  /** Called when the server says the session is gone: the app returns to sign-in. */
  onUnauthenticated: () => void;
}

/** Options for one call. */
export interface RequestOptions {
  body?: unknown;
  query?: Record<string, string | number | boolean | undefined | null>;
  signal?: AbortSignal;
  /** A 401 is an expected answer (session probe, sign-in): do not leave the page. */
  expectUnauthenticated?: boolean;
}

/** HTTP methods the API uses. */
export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

const STATE_CHANGING: ReadonlySet<Method> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

let hooks: ClientHooks = {
  language: () => 'id',
  csrfToken: () => null,
  onUnauthenticated: () => undefined,
};
let fetcher: typeof fetch = (input, init) => fetch(input, init);

/** Connects the client to the app's language, CSRF token and sign-in redirect. */
export function configureClient(next: ClientHooks, fetchImpl?: typeof fetch): void {
  hooks = next;
  if (fetchImpl) fetcher = fetchImpl;
}

/** Builds `/api<path>?query`, leaving out empty query values. */
export function buildUrl(path: string, query?: RequestOptions['query']): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return `/api${path}${search ? `?${search}` : ''}`;
}

async function readProblem(response: Response): Promise<ProblemDocument> {
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    try {
      return (await response.json()) as ProblemDocument;
    } catch {
      return { detail: response.statusText };
    }
  }
  return { detail: response.statusText || `HTTP ${response.status}` };
}

/**
 * The one way the web app talks to the API: sends the language, adds the CSRF header on
 * state-changing calls, parses problem+json into an ApiError, and returns to sign-in on a 401.
 */
export async function request<T>(
  method: Method,
  path: string,
  options: RequestOptions = {},
): Promise<T> {
  const language = hooks.language();
  const headers: Record<string, string> = {
    accept: 'application/json',
    'accept-language': language === 'en' ? 'en, id;q=0.5' : 'id, en;q=0.5',
  };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (STATE_CHANGING.has(method)) {
    const token = hooks.csrfToken();
    if (token) headers['x-csrf-token'] = token;
  }
  let response: Response;
  try {
    response = await fetcher(buildUrl(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, {
      code: 'network',
      detail:
        language === 'en'
          ? 'The server cannot be reached. Check the connection and try again.'
          : 'Server tidak dapat dihubungi. Periksa koneksi lalu coba lagi.',
    });
  }
  if (!response.ok) {
    const error = new ApiError(response.status, await readProblem(response));
    if (response.status === 401 && !options.expectUnauthenticated) hooks.onUnauthenticated();
    throw error;
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}
