import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../domain/errors.ts';
import { fetchDocument } from './news-fetch.ts';
import { startTestServer, type TestServer } from './news-test-helpers.ts';
import { addressRange, vetUrl, type NetworkPolicy, type ResolveAll } from './url-guard.ts';

const STRICT: NetworkPolicy = { allowPrivateNetwork: false, extraPorts: [] };

/** A resolver that answers from a table, as a DNS server under someone else's control might. */
function fakeDns(table: Record<string, string[]>): ResolveAll {
  return (host) => {
    const addresses = table[host];
    if (!addresses) return Promise.reject(new Error(`ENOTFOUND ${host}`));
    return Promise.resolve(addresses.map((a) => ({ address: a, family: a.includes(':') ? 6 : 4 })));
  };
}

async function refusal(
  run: Promise<unknown>,
): Promise<{ path: string; message: string; en: string }> {
  const error = await run.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  const app = error as AppError;
  expect(app.code).toBe('validation');
  const issue = (app.details.issues as { path: string; message: string; messageEn: string }[])[0];
  return { path: issue?.path ?? '', message: issue?.message ?? '', en: issue?.messageEn ?? '' };
}

describe('addressRange', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['10.0.0.1', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'link-local'],
    ['100.64.0.1', 'shared (CGNAT)'],
    ['100.127.255.255', 'shared (CGNAT)'],
    ['0.0.0.0', 'unspecified'],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['255.255.255.255', 'reserved'],
    ['::', 'unspecified'],
    ['::1', 'loopback'],
    ['fc00::1', 'unique-local'],
    ['fd12:3456:789a::1', 'unique-local'],
    ['fe80::1', 'link-local'],
    ['ff02::1', 'multicast'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:10.1.2.3', 'private'],
    ['::ffff:169.254.169.254', 'link-local'],
    ['64:ff9b::a9fe:a9fe', 'link-local'],
    ['2002:c0a8:0101::1', 'private'],
  ])('puts %s in the %s range', (address, kind) => {
    expect(addressRange(address)).toBe(kind);
  });

  it.each([
    '8.8.8.8',
    '36.86.63.182',
    '100.63.255.255',
    '100.128.0.0',
    '172.15.255.255',
    '172.32.0.0',
    '2404:6800:4003:c00::64',
    '::ffff:8.8.8.8',
  ])('takes %s as public', (address) => {
    expect(addressRange(address)).toBeNull();
  });
});

describe('vetUrl', () => {
  it.each([
    'http://127.0.0.1/',
    'http://10.0.0.5/berita',
    'http://172.20.1.1/',
    'http://192.168.0.10/',
    'http://169.254.169.254/latest/meta-data/',
    'http://100.100.1.1/',
    'http://0.0.0.0/',
    'http://224.0.0.251/',
    'http://[::1]/',
    'http://[fd00::5]/',
    'http://[fe80::1]/',
    'http://[::ffff:127.0.0.1]/',
    'http://[::ffff:a9fe:a9fe]/',
    'http://[::]/',
    // Other spellings the URL parser turns into 127.0.0.1.
    'http://2130706433/',
    'http://0x7f.1/',
  ])('refuses %s, naming the field', async (address) => {
    const issue = await refusal(vetUrl(address, 'url', { ...STRICT, resolve: fakeDns({}) }));
    expect(issue.path).toBe('url');
    expect(issue.message).toMatch(/tidak boleh diambil server/);
    expect(issue.en).toMatch(/may not fetch from/);
  });

  it('refuses a public-looking name that resolves to a private address', async () => {
    const resolve = fakeDns({ 'berita-daerah.example': ['10.20.30.40'] });
    const issue = await refusal(
      vetUrl('https://berita-daerah.example/a', 'url', { ...STRICT, resolve }),
    );
    expect(issue.message).toContain('berita-daerah.example (10.20.30.40)');
    expect(issue.en).toContain('private');
  });

  it('refuses a name when any of its addresses is private, not only the first', async () => {
    const resolve = fakeDns({ 'campur.example': ['36.86.63.182', '::ffff:127.0.0.1'] });
    const issue = await refusal(vetUrl('https://campur.example/', 'url', { ...STRICT, resolve }));
    expect(issue.en).toContain('loopback');
  });

  it('pins a public name to the address it checked', async () => {
    const resolve = fakeDns({ 'kabar.example': ['36.86.63.182', '2404:6800:4003:c00::64'] });
    const vetted = await vetUrl('https://kabar.example/berita', 'url', { ...STRICT, resolve });
    expect(vetted).toMatchObject({ address: '36.86.63.182', family: 4 });
  });

  it('refuses a name that does not resolve', async () => {
    const issue = await refusal(
      vetUrl('https://tidak-ada.example/', 'url', { ...STRICT, resolve: fakeDns({}) }),
    );
    expect(issue.en).toContain('cannot be resolved');
  });

  it('allows ports 80 and 443 and others only when configured', async () => {
    const resolve = fakeDns({ 'kabar.example': ['36.86.63.182'] });
    const issue = await refusal(
      vetUrl('http://kabar.example:8080/', 'url', { ...STRICT, resolve }),
    );
    expect(issue.en).toContain('Port 8080 is not allowed');
    await expect(
      vetUrl('http://kabar.example:80/', 'url', { ...STRICT, resolve }),
    ).resolves.toBeTruthy();
    await expect(
      vetUrl('http://kabar.example:8080/', 'url', { ...STRICT, extraPorts: [8080], resolve }),
    ).resolves.toBeTruthy();
  });

  it('with private networks allowed, still refuses multicast and unspecified addresses', async () => {
    const open: NetworkPolicy = {
      allowPrivateNetwork: true,
      extraPorts: 'any',
      resolve: fakeDns({}),
    };
    await expect(vetUrl('http://127.0.0.1:8080/', 'url', open)).resolves.toBeTruthy();
    await expect(vetUrl('http://10.0.0.1/', 'url', open)).resolves.toBeTruthy();
    expect((await refusal(vetUrl('http://0.0.0.0/', 'url', open))).en).toContain('unspecified');
    expect((await refusal(vetUrl('http://239.1.1.1/', 'url', open))).en).toContain('multicast');
  });
});

describe('fetchDocument redirects', () => {
  let server: TestServer;
  let policy: NetworkPolicy;

  beforeAll(async () => {
    server = await startTestServer({ '/berita': { type: 'text/plain', body: 'Isi berita.' } });
    // Only the test server's own address is trusted: every other private address stays refused.
    policy = {
      allowPrivateNetwork: false,
      extraPorts: 'any',
      allowAddresses: ['127.0.0.1'],
      resolve: fakeDns({ 'kabar.example': ['127.0.0.1'], 'metadata.example': ['169.254.169.254'] }),
    };
  });
  afterAll(async () => {
    await server.close();
  });

  function redirectTo(from: string, location: string): void {
    server.routes.set(from, { status: 302, type: 'text/plain', body: '', location });
  }

  it('follows a redirect to an allowed address', async () => {
    redirectTo('/pindah', '/berita');
    const doc = await fetchDocument(`${server.url}/pindah`, policy);
    expect(Buffer.from(doc.bytes).toString('utf8')).toBe('Isi berita.');
    expect(doc.url).toBe(`${server.url}/berita`);
  });

  it.each([
    ['a private address', 'http://10.1.2.3/'],
    ['the cloud metadata address', 'http://169.254.169.254/latest/meta-data/'],
    ['IPv6 loopback', 'http://[::1]/'],
    ['a name resolving to a link-local address', 'http://metadata.example/latest/'],
  ])('refuses a redirect to %s, naming the field', async (_name, location) => {
    redirectTo('/pindah-ke-dalam', location);
    const issue = await refusal(
      fetchDocument(`http://kabar.example:${new URL(server.url).port}/pindah-ke-dalam`, policy),
    );
    expect(issue.path).toBe('url');
    expect(issue.message).toMatch(/tidak boleh diambil server/);
    // The first hop was fetched: it is the redirect that was refused.
    expect(server.hits.at(-1)).toBe('/pindah-ke-dalam');
  });

  it('gives up after too many redirects', async () => {
    redirectTo('/putar', '/putar');
    await expect(fetchDocument(`${server.url}/putar`, policy)).rejects.toMatchObject({
      code: 'unavailable',
    });
  });
});
