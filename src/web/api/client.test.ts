import { describe, expect, it } from 'vitest';
import { ApiError, buildUrl, configureClient, request, type Language } from './client.ts';

interface Call {
  url: string;
  init: RequestInit;
}

function setUp(response: () => Response, options: { language?: Language; csrf?: string } = {}) {
  const calls: Call[] = [];
  let signedOut = 0;
  configureClient(
    {
      language: () => options.language ?? 'id',
      csrfToken: () => options.csrf ?? 'token-1',
      onUnauthenticated: () => {
        signedOut += 1;
      },
    },
    async (input, init) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      calls.push({ url, init: init ?? {} });
      return response();
    },
  );
  return { calls, signedOut: () => signedOut };
}

function header(call: Call | undefined, name: string): string | undefined {
  return (call?.init.headers as Record<string, string> | undefined)?.[name];
}

const json = (status: number, body: unknown, type = 'application/json'): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });

describe('the API client', () => {
  it.each([
    ['GET', false],
    ['POST', true],
    ['PUT', true],
    ['PATCH', true],
    ['DELETE', true],
  ] as const)(
    'sends the CSRF header on %s only when it changes state',
    async (method, expected) => {
      const { calls } = setUp(() => json(200, {}));
      await request(method, '/x');
      expect(header(calls[0], 'x-csrf-token') === 'token-1').toBe(expected);
    },
  );

  it('asks for answers in the UI language', async () => {
    const { calls } = setUp(() => json(200, {}), { language: 'en' });
    await request('GET', '/x');
    expect(calls[0]?.url).toBe('/api/x');
    expect(header(calls[0], 'accept-language')?.startsWith('en')).toBe(true);
  });

  it('parses problem+json into an ApiError that names the fields', async () => {
    setUp(() =>
      json(
        400,
        {
          code: 'validation',
          title: 'Masukan tidak valid',
          detail: 'body.username: salah',
          requestId: 'req-1',
          errors: [{ path: 'body.username', message: 'salah' }],
          breakGlass: true,
        },
        'application/problem+json',
      ),
    );
    const error = await request('POST', '/users', { body: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.status).toBe(400);
    expect(apiError.code).toBe('validation');
    expect(apiError.fieldMessage('username')).toBe('salah');
    expect(apiError.requestId).toBe('req-1');
    expect(apiError.extra).toEqual({ breakGlass: true });
  });

  it('returns to sign-in on a 401 unless the caller expects one', async () => {
    const probe = setUp(() => json(401, { code: 'unauthenticated' }));
    await request('GET', '/auth/session', { expectUnauthenticated: true }).catch(() => null);
    expect(probe.signedOut()).toBe(0);
    await request('GET', '/users').catch(() => null);
    expect(probe.signedOut()).toBe(1);
  });

  it('turns a network failure into an ApiError in the UI language', async () => {
    configureClient(
      { language: () => 'en', csrfToken: () => null, onUnauthenticated: () => undefined },
      async () => {
        throw new TypeError('failed to fetch');
      },
    );
    const error = (await request('GET', '/x').catch((e: unknown) => e)) as ApiError;
    expect(error.code).toBe('network');
    expect(error.message).toMatch(/cannot be reached/);
  });

  it('leaves empty query values out of the URL', () => {
    expect(buildUrl('/audit', { actor: '', action: 'auth.', limit: 50, to: undefined })).toBe(
      '/api/audit?action=auth.&limit=50',
    );
  });
});
