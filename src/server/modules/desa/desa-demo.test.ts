import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createTestApp } from '../../../../test/support/app.ts';
import { describeWithDatabase } from '../../../../test/support/database.ts';
import { seedDemo } from '../../demo/seed-demo.ts';

describeWithDatabase('Desa Binaan demo data', (use) => {
  let app: FastifyInstance;

  beforeAll(async () => {
    const built = await createTestApp(use());
    app = built.app;
    await seedDemo(built.deps);
  });
  afterAll(async () => {
    await app.close();
  });

  it('records the two villages the seeds name, with what the seeds say and nothing invented', async () => {
    const rows = await use()
      .db.selectFrom('desa_binaan as d')
      .innerJoin('offices as o', 'o.id', 'd.office_id')
      .select([
        'd.region_code',
        'd.name_as_written',
        'o.code as office',
        'd.formed_on',
        'd.formed_precision',
        'd.sk_number',
        'd.sk_date',
        'd.criteria',
      ])
      .orderBy('d.region_code')
      .execute();
    expect(rows).toEqual([
      {
        region_code: '16.72.01.1018',
        name_as_written: 'Desa Dempo Makmur',
        office: 'KANIM-MUARA-ENIM',
        formed_on: '2024-05-08',
        formed_precision: 'day',
        sk_number: null,
        sk_date: null,
        criteria: [],
      },
      {
        region_code: '18.01.10.2013',
        name_as_written: 'Desa Bumidaya',
        office: 'KANIM-KALIANDA',
        formed_on: '2024-03-01',
        formed_precision: 'month',
        sk_number: null,
        sk_date: null,
        criteria: [],
      },
    ]);
    const contacts = await use().db.selectFrom('desa_contacts').select('id').execute();
    expect(contacts).toEqual([]);
  });

  it('marks what is demo configuration in the record itself', async () => {
    const rows = await use()
      .db.selectFrom('desa_binaan')
      .select(['notes', 'source_reference'])
      .execute();
    for (const row of rows) {
      expect(row.notes).toMatch(/Data demo/);
      expect(row.source_reference).toMatch(/21 Mei 2024/);
    }
  });
});
