import fs from 'node:fs';
import { expect, it } from 'vitest';
import { createTestApp, createTestClock } from '../../../../test/support/app.ts';
import { describeWithDatabase } from '../../../../test/support/database.ts';
import { createTestOffice } from '../../../../test/support/factories.ts';
import { SEEDS_DIR, seedNewsDemo } from './news-demo.ts';

const hasSeeds = fs.existsSync(SEEDS_DIR);

describeWithDatabase('news demo from the seed reports', (use) => {
  it('does nothing when the seed folder is absent', async () => {
    const { deps } = await createTestApp(use(), createTestClock());
    expect(await seedNewsDemo(deps, `${SEEDS_DIR}-tidak-ada`)).toBeNull();
  });

  it.skipIf(!hasSeeds)(
    'ingests the two seed reports as one event with its Desa Binaan lead',
    async () => {
      const { deps } = await createTestApp(use(), createTestClock());
      const kanim = await createTestOffice(use(), {
        kind: 'kanim',
        name: 'Kantor Imigrasi Kelas II Non TPI Muara Enim',
      });
      const result = await seedNewsDemo(deps);
      expect(result).toMatchObject({ stored: 2, errors: 0 });
      const events = await use()
        .db.selectFrom('news_events')
        .selectAll()
        .where('status', '=', 'active')
        .execute();
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ article_count: 2, event_date: '2024-05-21' });
      const leads = await use().db.selectFrom('news_leads').selectAll().execute();
      expect(leads).toHaveLength(1);
      expect(leads[0]).toMatchObject({ kind: 'desa_binaan', office_id: kanim.id, status: 'open' });
      expect(leads[0]?.payload).toMatchObject({
        regionCode: '16.72.01.1018',
        formedOn: '2024-05-08',
        formedPrecision: 'day',
      });
      const places = await use()
        .db.selectFrom('news_event_places')
        .select('region_code')
        .where('event_id', '=', events[0]?.id ?? '')
        .execute();
      expect(places.map((p) => p.region_code)).toEqual(
        expect.arrayContaining(['16.72.01.1018', '18.01.10.2013']),
      );
    },
  );
});
