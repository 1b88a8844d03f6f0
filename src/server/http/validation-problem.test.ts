import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp } from '../../../test/support/app.ts';
import { describeWithDatabase } from '../../../test/support/database.ts';
import { createTestOrg, signInAs, type SignedInUser } from '../../../test/support/org-factories.ts';

interface Problem {
  detail: string;
  errors: { path: string; message: string }[];
}

/** A refused body answers with every field at fault at once, in words, in the caller's language. */
describeWithDatabase('validation problems', (use) => {
  let app: FastifyInstance;
  let admin: SignedInUser;

  beforeAll(async () => {
    ({ app } = await createTestApp(use()));
    const org = await createTestOrg(use());
    admin = await signInAs(app, use(), 'administrator', org.kanwilA);
  });
  afterAll(async () => {
    await app.close();
  });

  const emptyKanim = { kind: 'kanim', code: '', name: '', shortName: '' };

  async function createOffice(body: unknown, language: 'id' | 'en'): Promise<Problem> {
    const res = await app.inject({
      method: 'POST',
      url: '/api/offices',
      headers: { ...admin.headers, 'accept-language': language },
      payload: body as object,
    });
    expect(res.statusCode, res.body).toBe(400);
    return res.json<Problem>();
  }

  it('names the empty fields and the kind’s own missing fields of an empty Kanim at once', async () => {
    const problem = await createOffice(emptyKanim, 'id');
    expect(problem.errors).toEqual([
      { path: 'body.code', message: expect.stringContaining('Kode kantor') as unknown },
      { path: 'body.name', message: 'Wajib diisi, minimal 3 karakter.' },
      { path: 'body.shortName', message: 'Wajib diisi, minimal 2 karakter.' },
      { path: 'body.parentId', message: 'Induk Kanim harus Kanwil.' },
      { path: 'body.officeClass', message: 'Kelas Kanim wajib diisi.' },
    ]);
    // API callers read the path of each field in the detail.
    expect(problem.detail).toContain('body.name: Wajib diisi, minimal 3 karakter.');
  });

  it('answers in English when asked', async () => {
    const problem = await createOffice(emptyKanim, 'en');
    expect(problem.errors.map((e) => e.message)).toEqual([
      expect.stringContaining('Office code') as unknown,
      'Required, at least 3 characters.',
      'Required, at least 2 characters.',
      'The parent of a Kanim must be a Kanwil.',
      'A Kanim needs its class.',
    ]);
  });

  it('leaves the parent’s kind to the service when a parent is named', async () => {
    const problem = await createOffice(
      { ...emptyKanim, parentId: '00000000-0000-4000-8000-000000000000' },
      'en',
    );
    expect(problem.errors.map((e) => e.path)).not.toContain('body.parentId');
  });

  it('names a missing body without failing on it', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/offices',
      headers: { ...admin.headers, 'content-type': 'application/json' },
      payload: 'null',
    });
    expect(res.statusCode, res.body).toBe(400);
  });
});
