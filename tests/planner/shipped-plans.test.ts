import { describe, expect, it } from 'vitest';
import { planRoute } from '../../src/planner/index.ts';
import { ProfileSchema, type ConsiderCertificationAction, type ProfileInput } from '../../src/model/index.ts';
import { kindWithAncestors } from '../../src/model/constants.ts';
import { shippedGraphForTests } from '../helpers/minimal-graph.ts';
import { checkRoute } from '../helpers/route-checker.ts';

const graph = shippedGraphForTests();
const ISM = 'information-security-manager';
const CISO = 'chief-information-security-officer';
const START = '2027-01';
const plan = (from: string, to: string, profile: ProfileInput = {}, pace: 'typical' | 'earliest' = 'typical') =>
  planRoute(graph, { from, to, pace }, profile, { start: START });
const years = (months: number) => months / 12;
const buildsPeopleManagement = (id: string) =>
  graph.getNodeAttribute(id, 'role').countsAs.flatMap(kindWithAncestors).includes('people-management');

describe('plans a security professional would believe (shipped data)', () => {
  it('says an IT manager without security work does not typically become a security manager, and that the earliest timeline may', () => {
    const typical = plan('it-manager', 'cybersecurity-manager');
    expect(typical.routes).toEqual([]);
    expect(typical.unreachable?.message).toMatch(
      /people typically bring 5 years of information security experience to IT security manager, which none of the roles before it builds .* the typical timeline does not reach it this way\. If you have that experience, enter it; the earliest timeline, which waits only for binding rules, may still reach it\./,
    );
    expect(typical.unreachable?.message).not.toMatch(/the move to IT security manager needs/);
    expect(plan('it-manager', 'cybersecurity-manager', {}, 'earliest').routes.length).toBeGreaterThan(0);
    expect(
      plan('it-manager', 'cybersecurity-manager', { experienceYears: { security: 5 } }).routes.length,
    ).toBeGreaterThan(0);
  });

  it('takes help desk with nothing to CISO in the range the evidence gives, not five years', () => {
    // CISOs average about 20 years of security-related experience (Hitch Partners 2024); BLS
    // says a CTO may need more than 15 years. The binding rules alone (BLS's five years of IT
    // for managers) give the earliest timeline.
    const best = plan('it-support-specialist', CISO).routes[0]!;
    expect(years(best.typicalMonths!)).toBeGreaterThanOrEqual(15);
    expect(years(best.typicalMonths!)).toBeLessThanOrEqual(22);
    expect(best.earliestMonths).toBeGreaterThanOrEqual(60);
    expect(best.earliestMonths).toBeLessThan(best.typicalMonths!);
    expect(best.totalMonths).toBe(best.typicalMonths);
  });

  it('stays years, not months, as a manager before becoming CISO', () => {
    const best = plan('it-support-specialist', CISO).routes[0]!;
    const last = best.steps.at(-1)!;
    expect(buildsPeopleManagement(last.from)).toBe(true);
    expect(last.typicalStayMonths).toBeGreaterThanOrEqual(60);
  });

  it('never plans 0 months from an empty profile, and never two moves in the same month', () => {
    for (const from of graph.nodes()) {
      for (const to of [ISM, CISO]) {
        if (from === to) continue;
        for (const route of plan(from, to).routes) {
          expect(route.totalMonths, `${from} → ${to}`).toBeGreaterThan(0);
          const months = route.steps.map((s) => s.moveMonth);
          expect(new Set(months).size, `${from} → ${to}: ${months}`).toBe(months.length);
        }
      }
    }
  });

  it('does not promote a network administrator with six years of IT to CISO in month 0', () => {
    const best = plan('network-systems-administrator', CISO, { experienceYears: { it: 6 } }).routes[0]!;
    expect(years(best.totalMonths)).toBeGreaterThanOrEqual(10);
    expect(best.steps.every((s) => s.stayMonths >= 1)).toBe(true);
  });

  it('gives a network administrator with six years of IT years of security work before managing security, not two months', () => {
    // Security managers typically bring years of security work: the data uses ISACA's CISM rule
    // (five years of information security work) as a labelled floor for the three manager roles.
    for (const to of [ISM, 'it-security-manager', 'cybersecurity-manager']) {
      const best = plan('network-systems-administrator', to, { experienceYears: { it: 6 } }).routes[0]!;
      expect(years(best.typicalMonths!), to).toBeGreaterThanOrEqual(5);
    }
  });

  it('gives a SOC analyst with ten years of IT and security years as a manager before CISO, not "0 months"', () => {
    const best = plan('soc-analyst', CISO, { experienceYears: { it: 10, security: 10 } }).routes[0]!;
    expect(years(best.totalMonths)).toBeGreaterThanOrEqual(5);
    expect(best.steps.length).toBeGreaterThanOrEqual(2);
  });

  it('reaches the CISO only through a role that builds experience of managing people', () => {
    for (const from of graph.nodes()) {
      if (from === CISO) continue;
      for (const route of plan(from, CISO).routes) {
        expect(route.roles.slice(0, -1).some(buildsPeopleManagement), `${from}: ${route.roles.join(' > ')}`).toBe(true);
      }
    }
  });

  it('lets IT risk managers, application security engineers and people outside IT reach information security manager', () => {
    for (const from of ['it-risk-manager', 'application-security-engineer', 'outside-it']) {
      expect(plan(from, ISM).routes.length, from).toBeGreaterThan(0);
    }
  });

  it('answers an unreachable target with the reason, not an error', () => {
    const answer = plan(CISO, 'it-support-specialist');
    expect(answer.routes).toEqual([]);
    expect(answer.unreachable).toMatchObject({ reason: 'no-route-in-graph' });
    expect(answer.unreachable!.message).toContain('Chief information security officer');
  });

  it('offers distinct alternatives, ranked, each valid month by month on both timelines', () => {
    const profile = ProfileSchema.parse({ experienceYears: { it: 1 }, certifications: ['security-plus'] });
    const answer = planRoute(graph, { from: 'network-systems-administrator', to: CISO, routeCount: 5 }, profile, {
      start: START,
    });
    expect(answer.routes.length).toBe(5);
    expect(new Set(answer.routes.map((r) => r.roles.join('>'))).size).toBe(5);
    for (let i = 1; i < answer.routes.length; i++)
      expect(answer.routes[i]!.totalMonths).toBeGreaterThanOrEqual(answer.routes[i - 1]!.totalMonths);
    for (const route of answer.routes) expect(checkRoute(graph, profile, route, { start: START })).toEqual([]);
  });

  it('ranks by the earliest timeline when asked, and still gives the typical one', () => {
    const earliest = plan('it-support-specialist', ISM, {}, 'earliest').routes[0]!;
    const typical = plan('it-support-specialist', ISM).routes[0]!;
    expect(earliest.totalMonths).toBe(earliest.earliestMonths);
    expect(earliest.earliestMonths).toBeLessThanOrEqual(typical.earliestMonths);
    expect(typical.totalMonths).toBeLessThanOrEqual(earliest.typicalMonths ?? Infinity);
  });

  it('says in each step where its stay comes from, and how much rests on estimates', () => {
    const best = plan('it-support-specialist', CISO).routes[0]!;
    for (const step of best.steps) {
      expect(['sourced', 'estimated']).toContain(step.timing.basis);
      if (step.timing.basis === 'estimated')
        expect(step.timing.text).toMatch(/estimated from what people typically bring to/);
    }
    const soc = plan('soc-analyst', ISM).routes[0]!;
    expect(soc.steps[0]!.timing).toMatchObject({ basis: 'sourced' });
    expect(soc.steps[0]!.timing.text).toMatch(/^People typically spend .* as SOC analyst before moving to/);
  });

  it('gives as reasons for a stay only what sets its length, not needs met sooner', () => {
    // A SOC analyst with nothing entered: the next role asks a year of IT, people typically stay longer.
    const soc = plan('soc-analyst', CISO).routes[0]!.steps[0]!;
    const socStay = soc.actions.find((a) => a.kind === 'gain-experience')!;
    expect(soc.stayMonths).toBeGreaterThan(12);
    expect(socStay.meets.map((r) => r.text)).toEqual([
      expect.stringMatching(/^People typically spend .* as SOC analyst before this move; the typical timeline stays/),
    ]);
    expect(socStay.meets[0]!.sources.length).toBeGreaterThan(0);
    // Four years of IT and two of security: as an analyst, the IT years are reached within a year,
    // the five years of security work are what the three-year stay waits for.
    const analyst = plan('it-support-specialist', CISO, { experienceYears: { it: 4, security: 2 } }).routes[0]!
      .steps[1]!;
    expect(analyst.from).toBe('information-security-analyst');
    expect(years(analyst.stayMonths)).toBe(3);
    const why = analyst.actions.find((a) => a.kind === 'gain-experience')!.meets.map((r) => r.text);
    expect(why).toEqual([expect.stringMatching(/5 years of information security or IT risk and control experience/)]);
  });

  it('says months already in the role cover the least stay, rather than "waits 0 months"', () => {
    const step = plan('information-security-engineer', 'information-security-architect', {
      experienceYears: { it: 8, security: 6 },
      monthsInCurrentRole: 30,
    }).routes[0]!.steps[0]!;
    expect(step.stayMonths).toBe(0);
    const why = step.actions.find((a) => a.kind === 'gain-experience')!.meets.map((r) => r.text);
    expect(why).toEqual([
      expect.stringMatching(/your 2 years 6 months in the role already cover the least stay of 1 month\.$/),
    ]);
  });

  it('shows pay at every role on one basis, "not known" where no figure exists', () => {
    const best = plan('it-support-specialist', CISO).routes[0]!;
    expect(best.pay.map((p) => p.role)).toEqual(best.roles);
    for (const pay of best.pay) if (pay.wage) expect(pay.wage.basis).toBe('wage');
    const ciso = best.pay.at(-1)!;
    expect(ciso.wage?.proxy).toBeTruthy();
    expect(ciso.others.map((o) => o.basis)).toContain('cash-compensation');
  });
});

describe('experience counted as employers and issuers count it (shipped data)', () => {
  it('counts years of security work as years of IT work', () => {
    const security = plan('soc-analyst', ISM, { experienceYears: { security: 2 } }).routes[0]!;
    const both = plan('soc-analyst', ISM, { experienceYears: { it: 2, security: 2 } }).routes[0]!;
    expect(security.totalMonths).toBe(both.totalMonths);
    expect(
      plan('soc-analyst', ISM, { experienceYears: { security: 2 } })
        .assumptions.map((a) => a.text)
        .join(' '),
    ).toMatch(/also count as 2 years of IT experience/);
  });

  it('treats managing people as its own kind, and security management as both security work and managing people', () => {
    const managers = plan('information-security-manager', CISO, {
      experienceYears: { it: 16, security: 16, 'people-management': 6 },
    }).routes[0]!;
    const securityManagers = plan('information-security-manager', CISO, {
      experienceYears: { it: 16, security: 16, 'security-management': 6 },
    }).routes[0]!;
    const neither = plan('information-security-manager', CISO, { experienceYears: { it: 16, security: 16 } })
      .routes[0]!;
    expect(managers.totalMonths).toBeLessThan(neither.totalMonths);
    expect(securityManagers.totalMonths).toBe(managers.totalMonths);
    // And the plan says so: a stay as a security manager builds managing people too.
    const stay = neither.steps[0]!.actions.find((a) => a.kind === 'gain-experience')!;
    expect(stay.experienceKinds).toEqual(
      expect.arrayContaining(['security-management', 'people-management', 'security', 'it']),
    );
  });

  it('credits a CISSP holder with the security work ISC2 required, so no inversion between manager and CISO', () => {
    const profile = { experienceYears: { it: 8 }, certifications: ['cissp'] };
    const ism = plan('systems-administrator', ISM, profile);
    const ciso = plan('systems-administrator', CISO, profile);
    expect(ism.assumptions.map((a) => a.text).join(' ')).toMatch(
      /Holding CISSP counts as at least 4 years of information security experience/,
    );
    expect(ism.routes[0]!.totalMonths).toBeLessThanOrEqual(ciso.routes[0]!.totalMonths);
    expect(
      plan('systems-administrator', ISM, { experienceYears: { it: 8 } }).routes[0]!.totalMonths,
    ).toBeGreaterThanOrEqual(ism.routes[0]!.totalMonths);
  });

  it('counts IT-audit years toward the CISSP, as ISC2 counts security work done as an auditor', () => {
    const cisspAt = (profile: ProfileInput) =>
      plan('it-auditor', ISM, profile)
        .routes[0]!.steps.flatMap((s) => s.actions)
        .find((a) => a.kind === 'consider-certification' && a.certification === 'cissp') as
        ConsiderCertificationAction | undefined;
    const auditor = cisspAt({ experienceYears: { audit: 5 } });
    expect(auditor).toMatchObject({ eligibleMonth: 0 });
    // Five years of IT work that was neither security nor audit do not.
    expect(cisspAt({ experienceYears: { it: 5 } })!.eligibleMonth).toBeGreaterThan(0);
  });

  it('counts nothing for a certification held as an associate, and skips its exam', () => {
    const associate = plan('soc-analyst', ISM, { associateOf: ['cissp'] });
    expect(associate.assumptions.map((a) => a.text).join(' ')).toMatch(/passed the CISSP exam/);
    expect(associate.routes[0]!.totalMonths).toBe(plan('soc-analyst', ISM).routes[0]!.totalMonths);
  });

  it('lets someone with no IT role yet plan from where they are', () => {
    const best = plan('outside-it', ISM).routes[0]!;
    expect(best.roles[0]).toBe('outside-it');
    expect(years(best.typicalMonths!)).toBeGreaterThanOrEqual(5);
  });
});
