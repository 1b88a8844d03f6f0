import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, createTestClock } from '../../../../test/support/app.ts';
import { describeWithDatabase } from '../../../../test/support/database.ts';
import {
  createTestOrg,
  signInAs,
  type SignedInUser,
  type TestOrg,
} from '../../../../test/support/org-factories.ts';
import type { DesaDetail } from './desa.schema.ts';

describeWithDatabase('changing a Desa Binaan: contacts, PIMPASA, status with a reason', (use) => {
  const clock = createTestClock('2026-11-25T03:00:00.000Z');
  let app: FastifyInstance;
  let org: TestOrg;
  let head: SignedInUser;
  let pimpasa: SignedInUser;
  let secondPimpasa: SignedInUser;
  let desa: DesaDetail;

  beforeAll(async () => {
    ({ app } = await createTestApp(use(), clock));
    org = await createTestOrg(use());
    head = await signInAs(app, use(), 'head', org.kanimA1);
    pimpasa = await signInAs(app, use(), 'pimpasa', org.kanimA1);
    secondPimpasa = await signInAs(app, use(), 'pimpasa', org.kanimA1);
    const res = await patchOrPost('POST', '/api/desa-binaan', {
      nameAsWritten: 'Bumi Daya',
      regionCode: '18.01.10.2013',
      officeId: org.kanimA1,
      contacts: [{ name: 'Kepala Desa Uji', role: 'Kepala Desa', phone: '0812-3456-7890' }],
      pimpasaUserIds: [pimpasa.id],
    });
    expect(res.statusCode, res.body).toBe(201);
    desa = res.json<DesaDetail>();
  });
  afterAll(async () => {
    await app.close();
  });

  function patchOrPost(method: 'POST' | 'PATCH', url: string, payload: object, language = 'id') {
    return app.inject({
      method,
      url,
      headers: { ...head.headers, 'accept-language': language },
      payload,
    });
  }

  async function audits(action: string) {
    return use()
      .db.selectFrom('audit_log')
      .select(['reason', 'details'])
      .where('target_id', '=', desa.id)
      .where('action', '=', action)
      .orderBy('seq')
      .execute();
  }

  it('replaces contacts and PIMPASA, auditing the count of contacts rather than their names', async () => {
    const res = await patchOrPost('PATCH', `/api/desa-binaan/${desa.id}`, {
      contacts: [
        { name: 'Kepala Desa Baru', role: 'Kepala Desa', phone: '0813 1111 2222' },
        { name: 'Sekretaris Desa', role: 'Sekdes' },
      ],
      pimpasaUserIds: [pimpasa.id, secondPimpasa.id],
    });
    expect(res.statusCode, res.body).toBe(200);
    const changed = res.json<DesaDetail>();
    expect(changed.contacts).toEqual([
      { name: 'Kepala Desa Baru', role: 'Kepala Desa', phone: '+6281311112222' },
      { name: 'Sekretaris Desa', role: 'Sekdes', phone: null },
    ]);
    expect(changed.pimpasa.map((p) => p.id).sort()).toEqual([pimpasa.id, secondPimpasa.id].sort());
    const [row] = await audits('desa.update');
    expect(row?.details).toMatchObject({ contactsReplaced: 2 });
    expect(JSON.stringify(row?.details)).not.toContain('Kepala Desa Baru');
  });

  it('refuses to deactivate without a reason, naming the field in Bahasa Indonesia or English', async () => {
    for (const [language, pattern] of [
      ['id', /Alasan wajib/],
      ['en', /reason is required/],
    ] as const) {
      const res = await patchOrPost(
        'PATCH',
        `/api/desa-binaan/${desa.id}`,
        { status: 'nonaktif', statusReason: '  ' },
        language,
      );
      expect(res.statusCode).toBe(400);
      const errors = res.json<{ errors: { path: string; message: string }[] }>().errors;
      expect(errors.map((e) => e.path)).toEqual(['statusReason']);
      expect(errors[0]?.message).toMatch(pattern);
    }
    const row = await use()
      .db.selectFrom('desa_binaan')
      .select('status')
      .where('id', '=', desa.id)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('aktif');
    expect(await audits('desa.update')).toHaveLength(1);
  });

  it('deactivates with a reason kept in the audit trail, and reactivates without one', async () => {
    const reason = 'Pemekaran desa; pembinaan dialihkan ke desa induk';
    const off = await patchOrPost('PATCH', `/api/desa-binaan/${desa.id}`, {
      status: 'nonaktif',
      statusReason: reason,
    });
    expect(off.statusCode, off.body).toBe(200);
    expect(off.json<DesaDetail>().status).toBe('nonaktif');
    const on = await patchOrPost('PATCH', `/api/desa-binaan/${desa.id}`, { status: 'aktif' });
    expect(on.statusCode, on.body).toBe(200);
    const rows = await audits('desa.update');
    expect(
      rows.slice(1).map((r) => [r.reason, (r.details as { statusFrom?: string }).statusFrom]),
    ).toEqual([
      [reason, 'aktif'],
      [null, 'nonaktif'],
    ]);
  });
});
