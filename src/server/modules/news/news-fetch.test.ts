import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchDocument, type FetchLimits } from './news-fetch.ts';
import type { NetworkPolicy } from './url-guard.ts';

const LOCAL: NetworkPolicy = {
  allowPrivateNetwork: false,
  extraPorts: 'any',
  allowAddresses: ['127.0.0.1'],
};
const LIMITS: FetchLimits = { timeoutMs: 500, maxBytes: 1024, maxRedirects: 5 };

describe('fetchDocument limits', () => {
  let server: http.Server;
  let base = '';
  const open = new Set<http.ServerResponse>();

  beforeAll(async () => {
    server = http.createServer((request, response) => {
      const send = (headers: http.OutgoingHttpHeaders, body: Buffer) => {
        response.writeHead(200, { 'content-type': 'text/plain', ...headers });
        response.end(body);
      };
      switch (request.url ?? '') {
        case '/kecil.gz':
          send({ 'content-encoding': 'gzip' }, zlib.gzipSync('Isi berita yang dipadatkan.'));
          break;
        case '/besar':
          // No content-length: the cap is enforced while reading.
          response.writeHead(200, { 'content-type': 'text/plain' });
          response.write(Buffer.alloc(800, 'a'));
          response.end(Buffer.alloc(800, 'b'));
          break;
        case '/besar-dinyatakan':
          send({ 'content-length': '5000' }, Buffer.alloc(5000, 'c'));
          break;
        case '/bom.gz':
          // A few hundred bytes on the wire, a megabyte once unpacked.
          send({ 'content-encoding': 'gzip' }, zlib.gzipSync(Buffer.alloc(1024 * 1024)));
          break;
        case '/lambat':
          // Sends the head and then nothing: only the timeout ends it.
          response.writeHead(200, { 'content-type': 'text/plain' });
          response.write('awal ');
          open.add(response);
          break;
        default:
          response.writeHead(404);
          response.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    for (const response of open) response.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('unpacks a gzip body', async () => {
    const doc = await fetchDocument(`${base}/kecil.gz`, LOCAL, LIMITS);
    expect(Buffer.from(doc.bytes).toString('utf8')).toBe('Isi berita yang dipadatkan.');
  });

  it.each(['/besar', '/besar-dinyatakan', '/bom.gz'])(
    'refuses %s past the size cap',
    async (route) => {
      await expect(fetchDocument(`${base}${route}`, LOCAL, LIMITS)).rejects.toMatchObject({
        code: 'unavailable',
        message: expect.stringContaining('terlalu besar') as unknown,
      });
    },
  );

  it('gives up on a source that stops sending', async () => {
    await expect(fetchDocument(`${base}/lambat`, LOCAL, LIMITS)).rejects.toMatchObject({
      code: 'unavailable',
      message: expect.stringContaining('waktu habis') as unknown,
    });
  });

  it('reports a missing page with its status', async () => {
    await expect(fetchDocument(`${base}/tidak-ada`, LOCAL, LIMITS)).rejects.toMatchObject({
      code: 'unavailable',
      message: expect.stringContaining('404') as unknown,
    });
  });
});
