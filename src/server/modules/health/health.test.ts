import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { describeWithDatabase } from '../../../../test/support/database.ts';
import { createTestApp } from '../../../../test/support/app.ts';

describeWithDatabase('GET /api/health', (use, kind) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    ({ app } = await createTestApp(use()));
  });
  afterAll(async () => {
    await app.close();
  });

  it('reports the database kind, its version and the product version', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    const body = res.json<{ status: string; version: string; database: Record<string, unknown> }>();
    expect(body.status).toBe('ok');
    expect(body.version).toBe('0.0.0-test');
    expect(body.database.kind).toBe(kind === 'pglite' ? 'embedded' : 'postgres');
    expect(String(body.database.serverVersion)).toMatch(/^\d+/);
    expect(res.headers['x-request-id']).toBeTruthy();
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('answers an unknown API route with problem+json in the requested language', async () => {
    const res = await app.inject({
      method: 'GET',
      url: '/api/nope',
      headers: { 'accept-language': 'en-US,en;q=0.9,id;q=0.5' },
    });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.json<{ detail: string }>().detail).toMatch(/No route/);
    const id = await app.inject({ method: 'GET', url: '/api/nope' });
    expect(id.json<{ detail: string }>().detail).toMatch(/tidak ada/);
  });

  it('publishes the OpenAPI document and an offline docs page', async () => {
    const doc = await app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(doc.statusCode).toBe(200);
    expect(doc.json<{ paths: Record<string, unknown> }>().paths).toHaveProperty('/api/health');
    const ui = await app.inject({ method: 'GET', url: '/api/docs/' });
    expect(ui.statusCode).toBe(200);
    expect(ui.body).not.toMatch(/cdn\.|unpkg|jsdelivr/);
  });

  it('lets the docs load over plain HTTP: no CSP asks the browser to upgrade to https', async () => {
    for (const url of ['/api/docs/', '/api/docs/static/swagger-ui.css', '/api/health']) {
      const res = await app.inject({ method: 'GET', url, headers: { host: '192.168.1.20:3000' } });
      expect(res.statusCode, url).toBe(200);
      const csp = String(res.headers['content-security-policy'] ?? '');
      expect(csp, url).toMatch(/default-src 'self'/);
      expect(csp, url).not.toMatch(/upgrade-insecure-requests/);
    }
  });
});
