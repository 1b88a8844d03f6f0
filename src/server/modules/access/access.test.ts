import { beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../domain/errors.ts';
import {
  permissionsOf,
  type DataKind,
  type RoleId,
  type ScopeLevel,
} from '../../../domain/permissions.ts';
import { createTestClock, type TestClock } from '../../../../test/support/app.ts';
import { describeWithDatabase } from '../../../../test/support/database.ts';
import { createTestUser } from '../../../../test/support/factories.ts';
import {
  createTestAgreement,
  createTestOrg,
  type TestOrg,
} from '../../../../test/support/org-factories.ts';
import { loadConfig } from '../../config.ts';
import type { Actor } from '../../context/actor.ts';
import type { AppDeps } from '../../deps.ts';
import { assertCanSee, visibleOfficeIds } from './access.service.ts';
import { buildOfficeGraph } from './office-graph.ts';

describe('buildOfficeGraph', () => {
  const graph = buildOfficeGraph([
    { id: 'w', kind: 'kanwil', parentId: null },
    { id: 'k', kind: 'kanim', parentId: 'w' },
    { id: 't', kind: 'tpi', parentId: 'k' },
    { id: 'p', kind: 'partner', parentId: 'w' },
    { id: 'loose', kind: 'partner', parentId: null },
  ]);

  it('walks from a checkpoint up to its Kanwil', () => {
    expect(graph.chainOf('t')).toEqual(['t', 'k', 'w']);
    expect(graph.kanwilOf('t')).toBe('w');
    expect(graph.kanwilOf('loose')).toBeNull();
  });

  it('leaves partner agencies out of a Kanwil subtree', () => {
    expect(graph.subtreeOf('w').sort()).toEqual(['k', 't', 'w']);
    expect(graph.subtreeOf('p')).toEqual(['p']);
    expect(graph.subtreeOf('unknown')).toEqual([]);
  });

  it('survives a corrupted parent cycle', () => {
    const cyclic = buildOfficeGraph([
      { id: 'a', kind: 'kanim', parentId: 'b' },
      { id: 'b', kind: 'kanim', parentId: 'a' },
    ]);
    expect(cyclic.chainOf('a')).toEqual(['a', 'b']);
    expect(cyclic.subtreeOf('a').sort()).toEqual(['a', 'b']);
  });
});

describeWithDatabase('access scope', (use) => {
  let clock: TestClock;
  let deps: AppDeps;

  beforeAll(() => {
    // 25 Nov 2026, 10:00 WIB.
    clock = createTestClock('2026-11-25T03:00:00.000Z');
    deps = {
      database: use(),
      config: loadConfig({ dataDir: '(test)' }, {}),
      clock,
      jobs: null,
      version: 'test',
    };
  });

  async function actorAt(officeId: string, role: RoleId, scopeLevel?: ScopeLevel): Promise<Actor> {
    const user = await createTestUser(use(), {
      role,
      officeId,
      ...(scopeLevel ? { scopeLevel } : {}),
    });
    const row = await use()
      .db.selectFrom('users')
      .select(['full_name', 'scope_level'])
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();
    return {
      userId: user.id,
      username: user.username,
      fullName: row.full_name,
      officeId,
      role,
      scopeLevel: row.scope_level,
      permissions: permissionsOf(role),
      requestId: 'test',
      language: 'id',
    };
  }

  async function seen(actor: Actor, kind: DataKind = 'watchlist'): Promise<string[] | 'all'> {
    const result = await visibleOfficeIds(deps, actor, kind);
    return result === 'all' ? 'all' : [...result].sort();
  }

  const sorted = (...ids: string[]): string[] => [...ids].sort();

  describe('scope levels', () => {
    let org: TestOrg;
    beforeAll(async () => {
      clock.set('2026-11-25T03:00:00.000Z');
      org = await createTestOrg(use());
    });

    it('gives office scope at a Kanim its own office and its checkpoints', async () => {
      const actor = await actorAt(org.kanimA1, 'counter_officer');
      expect(await seen(actor)).toEqual(sorted(org.kanimA1, org.tpiA1));
    });

    it('gives office scope at a TPI, a Kanwil or a partner only that office', async () => {
      expect(await seen(await actorAt(org.tpiA1, 'counter_officer'))).toEqual([org.tpiA1]);
      expect(await seen(await actorAt(org.kanwilA, 'supervisor'))).toEqual([org.kanwilA]);
      expect(await seen(await actorAt(org.partner, 'partner_liaison'))).toEqual([org.partner]);
    });

    it('gives Kanwil scope every immigration office of the Kanwil, wherever the user sits', async () => {
      const all = sorted(org.kanwilA, org.kanimA1, org.tpiA1, org.kanimA2);
      expect(await seen(await actorAt(org.kanimA2, 'supervisor', 'kanwil'))).toEqual(all);
      expect(await seen(await actorAt(org.tpiA1, 'supervisor', 'kanwil'))).toEqual(all);
      expect(await seen(await actorAt(org.kanwilA, 'head', 'kanwil'))).toEqual(all);
    });

    it('keeps partner agencies out of Kanwil scope, and gives a partner user its Kanwil only when asked', async () => {
      const analyst = await actorAt(org.kanimB1, 'intel_analyst', 'kanwil');
      expect(await seen(analyst)).toEqual(sorted(org.kanwilB, org.kanimB1));
      const liaison = await actorAt(org.partner, 'partner_liaison', 'kanwil');
      expect(await seen(liaison)).toEqual(sorted(org.partner, org.kanwilB, org.kanimB1));
    });

    it('gives agreement scope without any agreement exactly the Kanwil scope', async () => {
      const analyst = await actorAt(org.kanimA1, 'intel_analyst');
      expect(await seen(analyst)).toEqual(sorted(org.kanwilA, org.kanimA1, org.tpiA1, org.kanimA2));
    });

    it('gives national scope everything', async () => {
      expect(await seen(await actorAt(org.kanwilA, 'auditor'))).toBe('all');
      expect(await seen(await actorAt(org.kanimB1, 'administrator'))).toBe('all');
    });
  });

  describe('agreements', () => {
    let org: TestOrg;
    let kanwilScopeA: string[];
    let withB: string[];
    beforeAll(() => {
      clock.set('2026-11-25T03:00:00.000Z');
    });

    async function freshOrg(): Promise<void> {
      org = await createTestOrg(use());
      kanwilScopeA = sorted(org.kanwilA, org.kanimA1, org.tpiA1, org.kanimA2);
      withB = sorted(...kanwilScopeA, org.kanwilB, org.kanimB1);
    }

    it('opens every office under the other Kanwil while an agreement is active', async () => {
      await freshOrg();
      await createTestAgreement(use(), { parties: [org.kanwilA, org.kanwilB] });
      expect(await seen(await actorAt(org.kanimA1, 'intel_analyst'))).toEqual(withB);
      expect(await seen(await actorAt(org.tpiA1, 'head'))).toEqual(withB);
      const fromB = await seen(await actorAt(org.kanimB1, 'intel_analyst'));
      expect(fromB).toEqual(sorted(...kanwilScopeA, org.kanwilB, org.kanimB1));
    });

    it('does not widen office or Kanwil scope', async () => {
      await freshOrg();
      await createTestAgreement(use(), { parties: [org.kanwilA, org.kanwilB] });
      expect(await seen(await actorAt(org.kanimA1, 'counter_officer'))).toEqual(
        sorted(org.kanimA1, org.tpiA1),
      );
      expect(await seen(await actorAt(org.kanimA1, 'intel_analyst', 'kanwil'))).toEqual(
        kanwilScopeA,
      );
    });

    it.each([
      ['a draft', { status: 'draft' as const }],
      ['an ended agreement', { status: 'ended' as const }],
      ['an agreement whose last day has passed', { validUntil: '2026-11-24' }],
      ['an agreement that starts tomorrow', { validFrom: '2026-11-26' }],
      ['an agreement that shares other kinds', { dataKinds: ['alerts', 'cases'] as DataKind[] }],
    ])('opens nothing for %s', async (_label, options) => {
      await freshOrg();
      await createTestAgreement(use(), { parties: [org.kanwilA, org.kanwilB], ...options });
      expect(await seen(await actorAt(org.kanimA1, 'intel_analyst'))).toEqual(kanwilScopeA);
    });

    it('shares only the kinds the agreement names', async () => {
      await freshOrg();
      await createTestAgreement(use(), {
        parties: [org.kanwilA, org.kanwilB],
        dataKinds: ['watchlist', 'alerts'],
      });
      const analyst = await actorAt(org.kanimA1, 'intel_analyst');
      expect(await seen(analyst, 'alerts')).toEqual(withB);
      expect(await seen(analyst, 'cases')).toEqual(kanwilScopeA);
    });

    it("reads the last day in the proposing office's zone, inclusive", async () => {
      await freshOrg();
      const jayapura = await use()
        .db.insertInto('offices')
        .values({
          kind: 'kanwil',
          code: `KW-PAPUA-${org.kanwilA.slice(0, 6).toUpperCase()}`,
          name: 'Kanwil Uji WIT',
          short_name: 'WIT',
          time_zone: 'Asia/Jayapura',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await createTestAgreement(use(), {
        parties: [org.kanwilA, org.kanwilB],
        validUntil: '2026-11-25',
        proposingOfficeId: jayapura.id,
      });
      const analyst = await actorAt(org.kanimA1, 'intel_analyst');
      clock.set('2026-11-25T14:59:59.000Z'); // 23:59:59 WIT: the last day still runs
      expect(await seen(analyst)).toEqual(withB);
      clock.set('2026-11-25T15:00:00.000Z'); // 00:00 WIT on the 26th, still the 25th in WIB
      expect(await seen(analyst)).toEqual(kanwilScopeA);
      clock.set('2026-11-25T03:00:00.000Z');
    });

    it('opens only the other party office when the parties are two Kanim', async () => {
      await freshOrg();
      await createTestAgreement(use(), { parties: [org.kanimA2, org.kanimB1] });
      expect(await seen(await actorAt(org.kanimA2, 'intel_analyst'))).toEqual(
        sorted(...kanwilScopeA, org.kanimB1),
      );
      // Kanim A1 is not a party, and neither is its Kanwil.
      expect(await seen(await actorAt(org.kanimA1, 'intel_analyst'))).toEqual(kanwilScopeA);
    });

    it('lets a checkpoint take part through its Kanim', async () => {
      await freshOrg();
      await createTestAgreement(use(), { parties: [org.kanimA1, org.kanwilB] });
      expect(await seen(await actorAt(org.tpiA1, 'intel_analyst'))).toEqual(withB);
    });

    it('joins several agreements, and a partner party opens the partner office', async () => {
      await freshOrg();
      await createTestAgreement(use(), { parties: [org.kanwilA, org.kanimB1] });
      await createTestAgreement(use(), { parties: [org.kanwilA, org.partner] });
      expect(await seen(await actorAt(org.kanimA2, 'head'))).toEqual(
        sorted(...kanwilScopeA, org.kanimB1, org.partner),
      );
    });
  });

  describe('assertCanSee and break-glass', () => {
    let org: TestOrg;
    let auditors: string[];
    let disabledAuditor: string;
    beforeAll(async () => {
      clock.set('2026-11-25T03:00:00.000Z');
      org = await createTestOrg(use());
      auditors = [
        (await createTestUser(use(), { role: 'auditor', officeId: org.kanwilA })).id,
        (await createTestUser(use(), { role: 'auditor', officeId: org.kanwilB })).id,
      ];
      disabledAuditor = (
        await createTestUser(use(), { role: 'auditor', officeId: org.kanwilB, disabled: true })
      ).id;
    });

    const target = (id: string) => ({ targetType: 'screening', targetId: id });

    async function grantCount(userId: string): Promise<number> {
      const rows = await use()
        .db.selectFrom('break_glass_grants')
        .select('id')
        .where('user_id', '=', userId)
        .execute();
      return rows.length;
    }

    async function refusal(promise: Promise<unknown>): Promise<AppError> {
      const error = await promise.then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(AppError);
      return error as AppError;
    }

    it('allows a record in scope without writing anything', async () => {
      const analyst = await actorAt(org.kanimA1, 'intel_analyst');
      await expect(
        assertCanSee(deps, analyst, 'watchlist', org.kanimA2, target('s-in')),
      ).resolves.toEqual({ via: 'scope' });
      expect(await grantCount(analyst.userId)).toBe(0);
    });

    it('refuses out of scope and tells a user with breakglass.use to retry with a reason', async () => {
      const analyst = await actorAt(org.kanimA1, 'intel_analyst');
      const error = await refusal(
        assertCanSee(deps, analyst, 'watchlist', org.kanimB1, target('s-out')),
      );
      expect(error.code).toBe('forbidden');
      expect(error.details.breakGlass).toBe(true);
    });

    it('refuses a user without breakglass.use, with or without a reason, and records nothing', async () => {
      const officer = await actorAt(org.kanimA1, 'supervisor');
      const bare = await refusal(
        assertCanSee(deps, officer, 'watchlist', org.kanimB1, target('s-out')),
      );
      expect(bare.details.breakGlass).toBe(false);
      const withReason = await refusal(
        assertCanSee(deps, officer, 'watchlist', org.kanimB1, {
          ...target('s-out'),
          breakGlassReason: 'Pemeriksaan mendesak di konter',
        }),
      );
      expect(withReason.code).toBe('forbidden');
      expect(withReason.details.permission).toBe('breakglass.use');
      expect(await grantCount(officer.userId)).toBe(0);
    });

    it('refuses a reason shorter than 10 characters, naming the field', async () => {
      const analyst = await actorAt(org.kanimA1, 'intel_analyst');
      const error = await refusal(
        assertCanSee(deps, analyst, 'watchlist', org.kanimB1, {
          ...target('s-out'),
          breakGlassReason: '  perlu   ',
        }),
      );
      expect(error.code).toBe('validation');
      expect(error.details.issues?.[0]?.path).toBe('breakGlassReason');
      expect(await grantCount(analyst.userId)).toBe(0);
    });

    it('records a one-hour grant, audits the reason and notifies every enabled auditor', async () => {
      const analyst = await actorAt(org.kanimA1, 'intel_analyst');
      const reason = 'Pencocokan nama dengan jaringan perekrut lintas provinsi';
      const result = await assertCanSee(deps, analyst, 'watchlist', org.kanimB1, {
        ...target('s-bg'),
        breakGlassReason: reason,
      });
      expect(result).toMatchObject({ via: 'break_glass', fresh: true });
      const db = use().db;
      const grant = await db
        .selectFrom('break_glass_grants')
        .selectAll()
        .where('user_id', '=', analyst.userId)
        .executeTakeFirstOrThrow();
      expect(grant).toMatchObject({ office_id: org.kanimB1, data_kind: 'watchlist', reason });
      expect(grant.expires_at.getTime() - clock().getTime()).toBe(60 * 60_000);
      const audit = await db
        .selectFrom('audit_log')
        .selectAll()
        .where('action', '=', 'access.break_glass')
        .where('actor_user_id', '=', analyst.userId)
        .executeTakeFirstOrThrow();
      expect(audit).toMatchObject({ reason, target_type: 'screening', target_id: 's-bg' });
      const notified = await db
        .selectFrom('notifications')
        .select('user_id')
        .where('kind', '=', 'access.break_glass')
        .where('body', 'like', `%${reason}%`)
        .execute();
      const ids = notified.map((n) => n.user_id);
      for (const auditor of auditors) expect(ids).toContain(auditor);
      expect(ids).not.toContain(disabledAuditor);
      expect(ids).not.toContain(analyst.userId);
    });

    it('lets the grant holder back to the same record for an hour, and no further', async () => {
      const analyst = await actorAt(org.kanimA1, 'intel_analyst');
      await assertCanSee(deps, analyst, 'watchlist', org.kanimB1, {
        ...target('s-again'),
        breakGlassReason: 'Tindak lanjut laporan desa binaan',
      });
      clock.advance(59 * 60_000);
      await expect(
        assertCanSee(deps, analyst, 'watchlist', org.kanimB1, target('s-again')),
      ).resolves.toMatchObject({ via: 'break_glass', fresh: false });
      // The grant covers one record: a neighbour still needs its own reason.
      await refusal(assertCanSee(deps, analyst, 'watchlist', org.kanimB1, target('s-other')));
      clock.advance(2 * 60_000);
      const expired = await refusal(
        assertCanSee(deps, analyst, 'watchlist', org.kanimB1, target('s-again')),
      );
      expect(expired.code).toBe('forbidden');
      expect(await grantCount(analyst.userId)).toBe(1);
      clock.set('2026-11-25T03:00:00.000Z');
    });
  });
});
