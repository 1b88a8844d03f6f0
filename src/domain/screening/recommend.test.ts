import { describe, expect, it } from 'vitest';
import { DEFAULT_RULE_PACK } from './default-rule-pack.ts';
import { isProfilingRule, rulePackSchema } from './indicator-rules.ts';
import { recommend, type MatchSignal } from './recommend.ts';
import type { ScreeningFacts } from './screening-facts.ts';

function facts(overrides: Partial<ScreeningFacts> = {}): ScreeningFacts {
  return {
    'screening.kind': 'passport_application',
    'applicant.age': 34,
    'applicant.sex': 'L',
    'applicant.homeProvince': '16',
    'applicant.homeOutsideCoverage': false,
    'applicant.firstTimeTraveller': false,
    'applicant.declaredNoPriorPassport': false,
    'applicant.priorPassportFound': false,
    'nik.valid': true,
    'nik.birthDateConflict': false,
    'nik.sexConflict': false,
    'nik.regionUnknown': false,
    'trip.purpose': 'wisata',
    'trip.destinationCountry': 'JP',
    'trip.destinationRisk': 'none',
    'trip.returnTicket': true,
    'trip.visaType': 'kunjungan',
    'trip.planUnclear': false,
    'trip.multiStop': false,
    'trip.bookedByOther': false,
    'trip.groupWithAgent': false,
    'trip.companionConcern': false,
    'documents.workRecommendation': false,
    'documents.pmiRegistration': false,
    'documents.parentsStatement': false,
    'documents.umrahOperatorStatement': false,
    'sponsor.recentApplications': 0,
    ...overrides,
  };
}

function signal(overrides: Partial<MatchSignal> = {}): MatchSignal {
  return {
    source: 'watchlist',
    refId: 'W-1',
    listing: 'suspect',
    band: 'strong',
    score: 0.97,
    label: 'Perekrut PMI ilegal',
    officeId: 'o1',
    evidence: [{ feature: 'name', query: 'Djoko S', entry: 'Joko S', effect: 0.6 }],
    ...overrides,
  };
}

const pack = DEFAULT_RULE_PACK;

describe('recommend', () => {
  it('lets an ordinary tourist with a return ticket proceed', () => {
    const r = recommend(pack, facts(), []);
    expect(r.outcome).toBe('LANJUT');
    expect(r.reasons).toEqual([]);
    expect(r.rulePackVersion).toBe('2026.1.1');
  });

  it('postpones a first-time "holiday" to Phnom Penh on a one-way ticket booked by someone else', () => {
    const r = recommend(
      pack,
      facts({
        'trip.destinationCountry': 'KH',
        'trip.destinationRisk': 'scam_compound',
        'trip.returnTicket': false,
        'applicant.firstTimeTraveller': true,
        'trip.bookedByOther': true,
      }),
      [],
    );
    expect(r.outcome).toBe('TUNDA');
    expect(r.reasons.map((x) => x.ruleId)).toEqual([
      'SCAM_ROUTE_ONE_WAY',
      'NO_RETURN_TICKET',
      'BOOKED_BY_OTHER',
      'FIRST_TIME_TRAVELLER',
    ]);
    expect(r.score).toBe(9);
    expect(r.reasons[0]?.basis).toMatch(/IMI-0277/);
  });

  it('asks for an interview when one moderate indicator fires', () => {
    expect(recommend(pack, facts({ 'trip.planUnclear': true }), []).outcome).toBe('WAWANCARA');
  });

  it('recommends TOLAK only when a statement is proven false', () => {
    const r = recommend(
      pack,
      facts({ 'applicant.declaredNoPriorPassport': true, 'applicant.priorPassportFound': true }),
      [],
    );
    expect(r.outcome).toBe('TOLAK');
    const heavy = recommend(
      pack,
      facts({
        'trip.purpose': 'bekerja',
        'trip.visaType': 'kerja',
        'sponsor.recentApplications': 5,
        'trip.planUnclear': true,
      }),
      [],
    );
    expect(heavy.score).toBeGreaterThan(12);
    expect(heavy.outcome).toBe('TUNDA');
  });

  it('never lets sex, age or origin alone push beyond an interview, nor alone cause one', () => {
    const profileOnly = facts({
      'applicant.sex': 'P',
      'applicant.age': 22,
      'applicant.homeProvince': '53',
    });
    const alone = recommend(pack, profileOnly, []);
    expect(alone.outcome).toBe('LANJUT');
    expect(alone.score).toBe(0);
    expect(alone.reasons.every((x) => x.profiling)).toBe(true);
    const beside = recommend(pack, { ...profileOnly, 'applicant.firstTimeTraveller': true }, []);
    expect(beside.outcome).toBe('WAWANCARA');
    expect(beside.score).toBe(1);
  });

  it('caps even a heavy profiling rule at WAWANCARA', () => {
    const heavyProfile = rulePackSchema.parse({
      ...pack,
      rules: [
        ...pack.rules,
        {
          id: 'HEAVY_PROFILE',
          title: { id: 'Uji profil berat', en: 'Heavy profile test' },
          basis: 'uji',
          weight: 10,
          floor: 'TOLAK',
          when: { fact: 'applicant.sex', op: 'eq', value: 'P' },
        },
      ],
    });
    const rule = heavyProfile.rules.at(-1);
    expect(rule && isProfilingRule(rule)).toBe(true);
    const r = recommend(heavyProfile, facts({ 'applicant.sex': 'P', 'trip.multiStop': true }), []);
    expect(r.outcome).toBe('WAWANCARA');
    expect(r.reasons.find((x) => x.ruleId === 'HEAVY_PROFILE')?.pushesTo).toBe('WAWANCARA');
  });

  it('postpones on a strong suspect watchlist match and interviews on a possible one', () => {
    expect(recommend(pack, facts(), [signal()]).outcome).toBe('TUNDA');
    expect(recommend(pack, facts(), [signal({ band: 'possible' })]).outcome).toBe('WAWANCARA');
  });

  it('shows a protective listing as a protection prompt, never as a suspect', () => {
    const r = recommend(pack, facts(), [signal({ listing: 'protective' })]);
    expect(r.protectionPrompt).toBe(true);
    expect(r.outcome).toBe('WAWANCARA');
    expect(r.reasons[0]?.kind).toBe('protection');
    expect(r.reasons[0]?.title.id).toMatch(/Perlindungan/);
  });

  it('weighs an earlier adverse decision at another office', () => {
    const r = recommend(
      pack,
      facts({ 'trip.multiStop': true, 'applicant.firstTimeTraveller': true }),
      [signal({ source: 'history', label: 'TUNDA di Kanim Muara Enim' })],
    );
    expect(r.score).toBe(5);
    expect(r.outcome).toBe('WAWANCARA');
  });
});

describe('the default rule pack', () => {
  it('cites a basis for every rule and validates as data', () => {
    expect(() => rulePackSchema.parse(JSON.parse(JSON.stringify(pack)))).not.toThrow();
    for (const rule of pack.rules) expect(rule.basis.length).toBeGreaterThan(10);
  });

  it('names a regulation, circular or guidance as every basis, never a design file', () => {
    const legalSource = /\b(UU|SE|Permenkumham|Kepmendagri|Dukcapil|Arahan)\b/;
    for (const rule of pack.rules) {
      expect(rule.basis, rule.id).not.toMatch(/\.md\b|DOMAIN/i);
      expect(rule.basis, rule.id).toMatch(legalSource);
    }
  });

  it('asks for an interview when the NIK names a province or regency that does not exist', () => {
    const r = recommend(pack, facts({ 'nik.regionUnknown': true }), []);
    expect(r.outcome).toBe('WAWANCARA');
    expect(r.reasons.map((reason) => reason.ruleId)).toEqual(['NIK_REGION_UNKNOWN']);
    expect(r.reasons[0]?.basis).toContain('Kepmendagri');
  });

  it('rejects a pack whose TUNDA threshold is not above WAWANCARA, naming the field', () => {
    const result = rulePackSchema.safeParse({ ...pack, thresholds: { wawancara: 5, tunda: 5 } });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['thresholds', 'tunda']);
  });

  it('rejects a duplicate rule id', () => {
    const first = pack.rules[0];
    const result = rulePackSchema.safeParse({ ...pack, rules: [...pack.rules, first] });
    expect(result.success).toBe(false);
  });
});
