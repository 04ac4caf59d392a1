import { describe, expect, it } from 'vitest';
import { planRoute } from '../../src/planner/index.ts';
import { EXPERIENCE_KINDS, type Objective, type Pace, type Profile } from '../../src/model/index.ts';
import { shippedGraphForTests } from '../helpers/minimal-graph.ts';
import { bruteForceBest, bruteForceRanked } from '../helpers/brute-force.ts';
import { prng } from '../helpers/random-graphs.ts';
import { checkRoute } from '../helpers/route-checker.ts';

const graph = shippedGraphForTests();
const certs = [...graph.getAttribute('certifications').keys()];

// Pairs people ask about: from feeder, entry and mid roles to management and executive ones.
const PAIRS: Array<[string, string]> = [
  ['it-support-specialist', 'information-security-manager'],
  ['network-systems-administrator', 'information-security-manager'],
  ['soc-analyst', 'information-security-manager'],
  ['grc-analyst', 'information-security-manager'],
  ['it-auditor', 'information-security-manager'],
  ['information-security-analyst', 'chief-information-security-officer'],
  ['information-security-engineer', 'chief-information-security-officer'],
  ['it-security-manager', 'chief-information-security-officer'],
  ['incident-response-analyst', 'information-security-officer'],
  ['penetration-tester', 'information-security-architect'],
  ['privacy-analyst', 'it-risk-manager'],
  ['cloud-security-engineer', 'chief-information-security-officer'],
];
const OBJECTIVES: Objective[] = ['fastest', 'fewest-moves', 'cheapest'];
// The full run (SECPATH_FULL_ORACLE=1) tries 216 cases; the everyday suite a quarter of them.
const CASES = process.env.SECPATH_FULL_ORACLE === '1' ? 216 : 54;
const PACES: Pace[] = ['typical', 'earliest'];

function randomProfile(random: () => number): Profile {
  const experienceYears: Profile['experienceYears'] = {};
  for (const kind of EXPERIENCE_KINDS) if (random() < 0.35) experienceYears[kind] = Math.round(random() * 8 * 2) / 2;
  return {
    experienceYears,
    education: random() < 0.5 ? 'bachelor' : random() < 0.5 ? 'none' : 'master',
    certifications: certs.filter(() => random() < 0.07),
    associateOf: [],
    ...(random() < 0.3 ? { monthsInCurrentRole: Math.floor(random() * 40) } : {}),
  };
}

const key = (objective: Objective, months: number, moves: number, cost: number) =>
  objective === 'fastest'
    ? [months, moves, cost]
    : objective === 'fewest-moves'
      ? [moves, months, cost]
      : [cost, months, moves];

describe('the engine against the brute force on the shipped graph', () => {
  const random = prng(20261125);
  for (let i = 0; i < CASES; i++) {
    const [from, to] = PAIRS[i % PAIRS.length]!;
    const objective = OBJECTIVES[Math.floor(i / PAIRS.length) % 3]!;
    const pace = PACES[i % 2]!;
    const profile = randomProfile(random);
    it(`finds the best route ${from} → ${to} (${objective}, ${pace}, profile ${i})`, () => {
      const plan = planRoute(graph, { from, to, objective, pace, routeCount: 1 }, profile, { start: '2027-01' });
      const brute = bruteForceBest(graph, from, to, profile, objective, { pace, start: '2027-01' });
      const best = plan.routes[0];
      if (!brute) {
        expect(best).toBeUndefined();
        return;
      }
      expect(best, JSON.stringify(profile)).toBeDefined();
      expect(checkRoute(graph, profile, best!, { pace, start: '2027-01' })).toEqual([]);
      const engine = key(objective, best!.totalMonths, best!.totalMoves, best!.totalCostUsd);
      const exhaustive = key(objective, brute.months, brute.moves, brute.cost);
      // A route may return to a role; then it may beat every simple path, never lose to one.
      if (new Set(best!.roles).size === best!.roles.length)
        expect(engine, JSON.stringify({ profile, engine: best!.roles, brute: brute.roles })).toEqual(exhaustive);
      else expect(engine[0]!).toBeLessThanOrEqual(exhaustive[0]!);
    }, 60_000);
  }
});

describe('the alternatives against the brute force on the shipped graph', () => {
  const cases: Array<[string, string, Profile]> = [
    [
      'computer-forensics-analyst',
      'assistant-director-of-information-security',
      { experienceYears: { it: 10, security: 10 }, education: 'master', certifications: ['cissp'], associateOf: [] },
    ],
    [
      'it-support-specialist',
      'information-security-manager',
      { experienceYears: {}, education: 'none', certifications: [], associateOf: [] },
    ],
    [
      'soc-analyst',
      'chief-information-security-officer',
      {
        experienceYears: { it: 3, security: 3 },
        education: 'bachelor',
        certifications: ['security-plus'],
        associateOf: [],
      },
    ],
    [
      'grc-analyst',
      'information-security-manager',
      { experienceYears: { it: 2, risk: 2 }, education: 'bachelor', certifications: [], associateOf: [] },
    ],
  ];
  for (const [from, to, profile] of cases) {
    for (const pace of PACES) {
      it(`gives the three best simple routes ${from} → ${to} (${pace})`, () => {
        const plan = planRoute(graph, { from, to, objective: 'fastest', pace, routeCount: 3 }, profile, {
          start: '2027-01',
        });
        if (plan.routes.some((r) => new Set(r.roles).size < r.roles.length)) return;
        const ranked = bruteForceRanked(graph, from, to, profile, 'fastest', { pace, start: '2027-01' }).slice(0, 3);
        expect(plan.routes.map((r) => key('fastest', r.totalMonths, r.totalMoves, r.totalCostUsd))).toEqual(
          ranked.map((b) => key('fastest', b.months, b.moves, b.cost)),
        );
      }, 60_000);
    }
  }
});
