import type { FastifyInstance } from 'fastify';
import { currentTotpCode, totpStepAt } from '../../src/server/modules/auth/totp.ts';

/** A signed-in test client: spread `headers` into `app.inject` to act as the user. */
export interface SignedIn {
  /** `waspada_session=<token>`, ready for a `cookie` header. */
  cookie: string;
  csrfToken: string;
  /** `cookie` and `x-csrf-token` headers. */
  headers: { cookie: string; 'x-csrf-token': string };
}

/** Options for `signIn`. */
export interface SignInOptions {
  /** The clock the app runs on (pass the test clock when the app has one): TOTP codes follow it. */
  clock?: () => Date;
}

// The server refuses a TOTP step twice; tests that sign one user in several times within 30 s
// use the neighbouring steps the server also accepts.
const usedSteps = new Map<string, Set<number>>();
let addressCounter = 0;

function pickTotpCode(secret: string, now: Date): string {
  const step = totpStepAt(now);
  const used = usedSteps.get(secret) ?? new Set<number>();
  usedSteps.set(secret, used);
  for (const candidate of [step, step + 1]) {
    if (!used.has(candidate)) {
      used.add(candidate);
      return currentTotpCode(secret, new Date(candidate * 30_000 + 1_000));
    }
  }
  throw new Error(
    'signIn: this TOTP user already signed in twice in this 30-second step; advance the test clock',
  );
}

function sessionCookieOf(setCookie: string | string[] | undefined): string {
  const all = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  // The last waspada_session cookie wins, as in a browser.
  const value = all
    .filter((c) => c.startsWith('waspada_session=') && !c.startsWith('waspada_session=;'))
    .map((c) => c.slice(0, c.indexOf(';')))
    .at(-1);
  if (!value) throw new Error('signIn: the response set no session cookie');
  return value;
}

/**
 * Signs a user in through the real routes (and the TOTP step when a secret is given) and returns
 * the headers that act as that user. Each call comes from its own client address, so tests do
 * not run into the sign-in rate limit.
 */
export async function signIn(
  app: FastifyInstance,
  username: string,
  password: string,
  totpSecret?: string,
  options: SignInOptions = {},
): Promise<SignedIn> {
  addressCounter += 1;
  const remoteAddress = `10.${(addressCounter >> 16) & 255}.${(addressCounter >> 8) & 255}.${addressCounter & 255}`;
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    payload: { username, password },
    remoteAddress,
  });
  if (res.statusCode !== 200) {
    throw new Error(`signIn(${username}) failed: ${res.statusCode} ${res.body}`);
  }
  let cookie = sessionCookieOf(res.headers['set-cookie']);
  let body = res.json<{ csrfToken: string; secondFactorRequired: boolean }>();
  if (body.secondFactorRequired) {
    if (!totpSecret) throw new Error(`signIn(${username}): the user has TOTP; pass its secret`);
    const code = pickTotpCode(totpSecret, (options.clock ?? (() => new Date()))());
    const step = await app.inject({
      method: 'POST',
      url: '/api/auth/totp',
      payload: { code },
      headers: { cookie, 'x-csrf-token': body.csrfToken },
      remoteAddress,
    });
    if (step.statusCode !== 200) {
      throw new Error(`signIn(${username}) TOTP step failed: ${step.statusCode} ${step.body}`);
    }
    cookie = sessionCookieOf(step.headers['set-cookie']);
    body = step.json<{ csrfToken: string; secondFactorRequired: boolean }>();
  }
  return {
    cookie,
    csrfToken: body.csrfToken,
    headers: { cookie, 'x-csrf-token': body.csrfToken },
  };
}
