import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, createTestClock } from '../../../../test/support/app.ts';
import { describeWithDatabase } from '../../../../test/support/database.ts';
import { createTestOffice } from '../../../../test/support/factories.ts';
import {
  createTestAgreement,
  createTestOrg,
  signInAs,
  type SignedInUser,
  type TestOrg,
} from '../../../../test/support/org-factories.ts';
import type { HitView, ScreeningView } from '../screening/screening-view.schema.ts';
import { screeningBody } from '../screening/screening-test-helpers.ts';
import { callAs, listActive } from './watchlist-test-helpers.ts';
import { RESTRICTED_VALUE } from './watchlist-sensitivity.ts';
import type { EntryDetailView, EntryView } from './watchlist.schema.ts';

type Level = 'biasa' | 'terbatas' | 'rahasia';

const SECRET_REASON = 'Informan rahasia: perekrut jaringan Malaysia lewat Batam (uji).';
const SECRET_NIK = '3502011203850001';
const SECRET_ALIAS = 'Wibi Batam';
const SECRET_PHONE = '+6281377001122';

describeWithDatabase('watchlist sensitivity', (use) => {
  const clock = createTestClock('2026-11-25T03:00:00.000Z');
  let app: FastifyInstance;
  let org: TestOrg;
  const entries = {} as Record<Level, EntryView>;
  const users = {} as Record<
    | 'listing'
    | 'listingOfficer'
    | 'partner'
    | 'partnerOfficer'
    | 'partnerReader'
    | 'partnerBreakGlass'
    | 'outside',
    SignedInUser
  >;

  beforeAll(async () => {
    ({ app } = await createTestApp(use(), clock));
    org = await createTestOrg(use());
    // Kanwil A and B share the watchlist: Kanim A1 is a partner office in reach of Kanim B1.
    await createTestAgreement(use(), { parties: [org.kanwilA, org.kanwilB] });
    const kanimC = (await createTestOffice(use(), { kind: 'kanim' })).id;
    const proposer = await signInAs(app, use(), 'supervisor', org.kanimB1);
    users.listing = await signInAs(app, use(), 'intel_analyst', org.kanimB1);
    users.listingOfficer = await signInAs(app, use(), 'counter_officer', org.kanimB1);
    users.partner = await signInAs(app, use(), 'intel_analyst', org.kanimA1);
    users.partnerOfficer = await signInAs(app, use(), 'counter_officer', org.kanimA1);
    users.partnerBreakGlass = await signInAs(app, use(), 'intel_analyst', org.kanimA1);
    users.partnerReader = await signInAs(app, use(), 'counter_officer', org.kanimA1, 'agreement');
    users.outside = await signInAs(app, use(), 'intel_analyst', kanimC, 'national');
    for (const level of ['biasa', 'terbatas'] as const) {
      entries[level] = await listActive(app, proposer, users.listing, {
        names: [`Sensitif Uji ${level}`],
        sensitivity: level,
        sharingScope: 'agreement',
      });
    }
    entries.rahasia = await listActive(app, proposer, users.listing, {
      names: ['Sensitif Rahasia Wibisono', SECRET_ALIAS],
      nik: SECRET_NIK,
      birthDate: '1985-03-12',
      sex: 'L',
      phones: [SECRET_PHONE],
      reason: SECRET_REASON,
      note: 'Catatan rahasia (uji).',
      sensitivity: 'rahasia',
      sharingScope: 'national',
    });
  });
  afterAll(async () => {
    await app.close();
  });

  async function list(user: SignedInUser): Promise<EntryView[]> {
    const res = await callAs(app, user, 'GET', '/api/watchlist?q=Sensitif&limit=200');
    expect(res.statusCode, res.body).toBe(200);
    return res.json<{ items: EntryView[] }>().items;
  }

  const secrets = [SECRET_REASON, SECRET_NIK, SECRET_ALIAS, SECRET_PHONE, 'Catatan rahasia'];
  const expectNoSecret = (value: unknown) => {
    const text = JSON.stringify(value);
    for (const secret of secrets) expect(text).not.toContain(secret);
  };

  it('shows every entry in full to the listing office', async () => {
    const items = await list(users.listing);
    const secret = items.find((e) => e.id === entries.rahasia.id);
    expect(secret).toMatchObject({
      names: ['Sensitif Rahasia Wibisono', SECRET_ALIAS],
      nik: SECRET_NIK,
      reason: SECRET_REASON,
      restricted: null,
    });
    const res = await callAs(app, users.listing, 'GET', `/api/watchlist/${entries.rahasia.id}`);
    const detail = res.json<EntryDetailView>();
    expect(detail.entry.phones).toEqual([SECRET_PHONE]);
    expect(detail.history.length).toBeGreaterThan(0);
    expect(JSON.stringify(detail.history)).toContain(SECRET_NIK);
  });

  it('lists a rahasia entry redacted to a partner office in reach, the others in full', async () => {
    const items = await list(users.partner);
    expect(items.map((e) => e.id).sort()).toEqual(
      [entries.biasa.id, entries.terbatas.id, entries.rahasia.id].sort(),
    );
    const secret = items.find((e) => e.id === entries.rahasia.id) as EntryView;
    expect(secret).toMatchObject({
      refCode: entries.rahasia.refCode,
      kind: 'person',
      status: 'active',
      tppoTypes: entries.rahasia.tppoTypes,
      office: { id: org.kanimB1 },
      names: [],
      nik: null,
      birthDate: null,
      phones: [],
      reason: '',
      note: null,
    });
    expect(secret.restricted?.id).toMatch(/^Rincian dibatasi: hubungi .+/);
    expect(secret.restricted?.id).toContain(entries.rahasia.office.code);
    expect(secret.restricted?.en).toMatch(/^Details restricted: contact /);
    expectNoSecret(secret);
    for (const level of ['biasa', 'terbatas'] as const) {
      const open = items.find((e) => e.id === entries[level].id);
      expect(open?.names).toEqual([`Sensitif Uji ${level}`]);
      expect(open?.restricted).toBeNull();
    }
  });

  it('opens a rahasia entry redacted to a partner, its history without values, and audits that', async () => {
    const res = await callAs(app, users.partner, 'GET', `/api/watchlist/${entries.rahasia.id}`);
    expect(res.statusCode, res.body).toBe(200);
    const detail = res.json<EntryDetailView>();
    expect(detail.access).toBe('scope');
    expect(detail.entry.restricted).not.toBeNull();
    expect(detail.history.length).toBeGreaterThan(0);
    expect(detail.history.every((h) => Object.keys(h.details).length === 0)).toBe(true);
    expectNoSecret(detail);
    const audit = await use()
      .db.selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'watchlist.read')
      .where('actor_user_id', '=', users.partner.id)
      .executeTakeFirstOrThrow();
    expect(audit.details).toMatchObject({ access: 'scope', restricted: true });
  });

  it('gives a partner the full entry only through break-glass with a reason', async () => {
    const user = users.partnerBreakGlass;
    const url = `/api/watchlist/${entries.rahasia.id}`;
    const withReason = await callAs(
      app,
      user,
      'GET',
      `${url}?breakGlassReason=${encodeURIComponent('Penumpang tertahan di bandara, perlu rincian')}`,
    );
    expect(withReason.statusCode, withReason.body).toBe(200);
    const detail = withReason.json<EntryDetailView>();
    expect(detail.access).toBe('break_glass');
    expect(detail.entry).toMatchObject({
      nik: SECRET_NIK,
      reason: SECRET_REASON,
      restricted: null,
    });
    const actions = await use()
      .db.selectFrom('audit_log')
      .select('action')
      .where('target_id', '=', entries.rahasia.id)
      .where('actor_user_id', '=', user.id)
      .orderBy('seq')
      .execute();
    expect(actions.map((a) => a.action)).toEqual(['access.break_glass', 'watchlist.read']);
    // A reader in reach without break-glass: the reason is refused, the redacted view stays.
    const officer = await callAs(
      app,
      users.partnerReader,
      'GET',
      `${url}?breakGlassReason=${encodeURIComponent('Ingin melihat rincian lengkap')}`,
    );
    expect(officer.statusCode).toBe(403);
    const plain = await callAs(app, users.partnerReader, 'GET', url);
    expect(plain.statusCode, plain.body).toBe(200);
    expect(plain.json<EntryDetailView>().entry.restricted).not.toBeNull();
  });

  it('shows nothing of the entries to a reader out of reach', async () => {
    const items = await list(users.outside);
    expect(items.filter((e) => e.office.id === org.kanimB1).map((e) => e.id)).toEqual([
      entries.rahasia.id,
    ]);
    // National sharing reaches the national reader, but redacted; the others stay hidden.
    expectNoSecret(items);
    for (const level of ['biasa', 'terbatas'] as const) {
      const res = await callAs(app, users.outside, 'GET', `/api/watchlist/${entries[level].id}`);
      expect(res.statusCode).toBe(403);
    }
    const kanimCReader = await signInAs(
      app,
      use(),
      'intel_analyst',
      (await createTestOffice(use(), { kind: 'kanim' })).id,
    );
    expect(await list(kanimCReader)).toEqual([]);
    const res = await callAs(app, kanimCReader, 'GET', `/api/watchlist/${entries.rahasia.id}`);
    expect(res.statusCode).toBe(403);
  });

  it('exports terbatas and rahasia entries only from the listing office', async () => {
    const exportAs = async (user: SignedInUser) => {
      const res = await callAs(app, user, 'GET', '/api/watchlist/export.csv');
      expect(res.statusCode, res.body).toBe(200);
      return { csv: res.body, withheld: res.headers['x-watchlist-withheld'] };
    };
    const own = await exportAs(users.listing);
    for (const name of ['Sensitif Uji biasa', 'Sensitif Uji terbatas', 'Sensitif Rahasia']) {
      expect(own.csv).toContain(name);
    }
    expect(own.withheld).toBe('0');
    const partner = await exportAs(users.partner);
    expect(partner.csv).toContain('Sensitif Uji biasa');
    expect(partner.csv).not.toContain('Sensitif Uji terbatas');
    expect(partner.csv).not.toContain('Sensitif Rahasia');
    expectNoSecret(partner.csv);
    expect(partner.withheld).toBe('2');
    const audit = await use()
      .db.selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'watchlist.export')
      .where('actor_user_id', '=', users.partner.id)
      .executeTakeFirstOrThrow();
    expect(audit.details).toMatchObject({ withheld: 2 });
  });

  async function screen(user: SignedInUser, applicant: Record<string, unknown>) {
    const res = await callAs(app, user, 'POST', '/api/screenings', screeningBody({ applicant }));
    expect(res.statusCode, res.body).toBe(201);
    const view = res.json<ScreeningView>();
    const hit = view.hits.find((h) => h.refId === entries.rahasia.id);
    expect(hit, JSON.stringify(view.hits)).toBeDefined();
    return { view, hit: hit as HitView };
  }

  it('shows a partner officer the names and their own identifiers of a rahasia hit, and alerts the listing office', async () => {
    const { view, hit } = await screen(users.partnerOfficer, {
      name: 'Sensitif Rahasia Wibisono',
      nik: SECRET_NIK,
      birthDate: '1985-03-12',
      sex: 'L',
      regionCode: '35.02',
    });
    expect(hit.band).toBe('strong');
    expect(hit.label).toContain('rincian dibatasi');
    expect(hit.label).not.toContain('Informan');
    expect(hit.comparisons.find((c) => c.feature === 'name')?.entry).toBe(
      'Sensitif Rahasia Wibisono',
    );
    // The NIK is the officer's own input: shown.
    expect(hit.comparisons.find((c) => c.feature === 'nik')?.entry).toBe(SECRET_NIK);
    expect(JSON.stringify(view.hits)).not.toContain(SECRET_REASON);
    const alerts = await use()
      .db.selectFrom('alerts')
      .select(['office_id', 'kind'])
      .where('screening_id', '=', view.id)
      .execute();
    expect(alerts).toEqual([{ office_id: org.kanimB1, kind: 'watchlist_hit' }]);
  });

  it('masks the entry’s values the officer did not supply', async () => {
    const { view, hit } = await screen(users.partnerOfficer, {
      name: 'Sensitif Rahasia Wibisono',
      nik: '3502011203850002',
      birthDate: '1985-03-12',
      sex: 'L',
      regionCode: '35.02',
    });
    // A NIK one digit off is the entry's, not the officer's: masked.
    const near = hit.comparisons.find((c) => c.feature === 'nik_typo');
    expect(near).toMatchObject({ query: '3502011203850002', entry: RESTRICTED_VALUE });
    expect(JSON.stringify(view.hits)).not.toContain(SECRET_NIK);
    // A sex in conflict is the entry's value: masked; an equal birth date is the officer's own.
    const partial = await screen(users.partnerOfficer, {
      name: 'Sensitif Rahasia Wibisono',
      birthDate: '1985-03-12',
      sex: 'P',
      regionCode: '35.02',
    });
    const byFeature = new Map(partial.hit.comparisons.map((c) => [c.feature, c]));
    expect(byFeature.get('sex')).toMatchObject({ entry: RESTRICTED_VALUE });
    expect(byFeature.get('birth_date')).toMatchObject({ entry: '1985-03-12' });
    expect(byFeature.get('name')?.entry).toBe('Sensitif Rahasia Wibisono');
  });

  it('shows the listing office’s own officer the hit in full', async () => {
    const { hit } = await screen(users.listingOfficer, {
      name: 'Sensitif Rahasia Wibisono',
      nik: '3502011203850002',
      birthDate: '1985-03-12',
      sex: 'L',
      regionCode: '35.02',
    });
    expect(hit.label).toContain(SECRET_REASON);
    expect(hit.comparisons.find((c) => c.feature === 'nik_typo')?.entry).toBe(SECRET_NIK);
  });
});
