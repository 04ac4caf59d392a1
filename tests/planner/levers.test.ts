import { describe, expect, it } from 'vitest';
import { EDUCATION_LEVELS, EXPERIENCE_KINDS, kindWithAncestors } from '../../src/model/constants.ts';
import type { Lever, PlanQuery, Profile } from '../../src/model/index.ts';
import { MAX_YEARS } from '../../src/model/profile-rules.ts';
import { describeMonths } from '../../src/planner/describe.ts';
import { findLevers, MAX_LEVERS } from '../../src/planner/levers.ts';
import { planRoute } from '../../src/planner/index.ts';
import { shippedGraphForTests } from '../helpers/minimal-graph.ts';

const graph = shippedGraphForTests();
const START = '2027-01';

interface Case {
  who: string;
  query: PlanQuery;
  profile: Profile;
}

const profile = (patch: Partial<Profile>): Profile => ({
  experienceYears: {},
  education: 'none',
  certifications: [],
  associateOf: [],
  ...patch,
});
const query = (from: string, to: string): PlanQuery => ({
  from,
  to,
  objective: 'fastest',
  pace: 'typical',
  routeCount: 3,
});

const CASES: Case[] = [
  {
    who: 'a help desk technician with 1 year of IT aiming at information security manager',
    query: query('it-support-specialist', 'information-security-manager'),
    profile: profile({ experienceYears: { it: 1 } }),
  },
  {
    who: 'a SOC analyst with 2 years of security aiming at CISO',
    query: query('soc-analyst', 'chief-information-security-officer'),
    profile: profile({ experienceYears: { security: 2 } }),
  },
  {
    who: 'a help desk technician new to IT aiming at information security manager',
    query: query('it-support-specialist', 'information-security-manager'),
    profile: profile({}),
  },
  {
    who: 'a network administrator with 3 years of IT aiming at information security manager',
    query: query('network-systems-administrator', 'information-security-manager'),
    profile: profile({ experienceYears: { it: 3 } }),
  },
];

/** The person's situation with exactly the lever's one change, built from what the lever says, not from how it was found. */
function applied(base: Profile, lever: Lever): { profile: Profile; firstMove?: string } {
  switch (lever.kind) {
    case 'earn-certification':
      return { profile: { ...base, certifications: [...base.certifications, lever.certification!] } };
    case 'gain-experience': {
      const kind = lever.experienceKind!;
      const years = Math.min(MAX_YEARS, (base.experienceYears[kind] ?? 0) + lever.years!);
      return { profile: { ...base, experienceYears: { ...base.experienceYears, [kind]: years } } };
    }
    case 'finish-degree':
      return { profile: { ...base, education: lever.education! } };
    case 'first-move':
      return { profile: base, firstMove: lever.role! };
  }
}

function replanned(c: Case, change: { profile: Profile; firstMove?: string }) {
  return planRoute(graph, { ...c.query, routeCount: 1 }, change.profile, {
    start: START,
    ...(change.firstMove ? { firstMove: change.firstMove } : {}),
  }).routes[0];
}

function planAndLevers(c: Case) {
  const plan = planRoute(graph, c.query, c.profile, { start: START });
  const shown = plan.routes[0]!;
  return { plan, shown, levers: findLevers(graph, c.query, c.profile, plan, 0, { start: START }) };
}

describe('"What would shorten this route" on the shipped data', () => {
  it('offers a help desk technician with 1 year of IT at least one change that brings information security manager nearer', () => {
    const { levers, shown } = planAndLevers(CASES[0]!);
    expect(levers.length).toBeGreaterThan(0);
    for (const lever of levers) expect(lever.months).toBeLessThan(shown.totalMonths);
  });

  it('puts first, for a help desk technician new to IT, the change that saves the most, when the changes save different months', () => {
    const { levers } = planAndLevers(CASES[2]!);
    expect(new Set(levers.map((l) => l.monthsSaved)).size).toBeGreaterThan(1);
    expect(levers[0]!.monthsSaved).toBe(Math.max(...levers.map((l) => l.monthsSaved)));
  });

  for (const c of CASES) {
    it(`says for ${c.who} exactly the months each change saves against planning again with that one change`, () => {
      const { shown, levers } = planAndLevers(c);
      for (const lever of levers) {
        const again = replanned(c, applied(c.profile, lever));
        expect(again, lever.text).toBeDefined();
        expect(lever.monthsSaved, lever.text).toBe(shown.totalMonths - again!.totalMonths);
        expect(lever.months, lever.text).toBe(again!.totalMonths);
        expect(lever.roles, lever.text).toEqual(again!.roles);
      }
    });

    it(`words each change for ${c.who} with the months it saves and the timelines before and after`, () => {
      const { shown, levers } = planAndLevers(c);
      for (const lever of levers) {
        expect(lever.text).toMatch(
          /^(Earn \S+ now \(your experience already meets its rule\)|Have 1 more year of .+ experience|Hold a .+|Move to .+ first): .+ sooner \(.+ instead of .+\)\.$/,
        );
        expect(lever.text).toContain(`instead of ${describeMonths(shown.totalMonths)})`);
      }
    });

    it(`ranks the changes for ${c.who} by the months they save, most first, and shows at most ${MAX_LEVERS}`, () => {
      const { levers } = planAndLevers(c);
      expect(levers.length).toBeLessThanOrEqual(MAX_LEVERS);
      const saved = levers.map((l) => l.monthsSaved);
      expect(saved).toEqual([...saved].sort((a, b) => b - a));
    });

    it(`never offers ${c.who} a change that saves nothing`, () => {
      const { shown, levers } = planAndLevers(c);
      for (const lever of levers) expect(lever.monthsSaved, lever.text).toBeGreaterThan(0);
      // With room left in the list, every single change not offered really saves nothing
      // (or is a nested kind of experience that helps just as the broader kind offered does).
      if (levers.length >= MAX_LEVERS) return;
      const offered = (l: Partial<Lever>) =>
        levers.some(
          (o) =>
            o.kind === l.kind &&
            o.experienceKind === l.experienceKind &&
            o.education === l.education &&
            o.role === l.role,
        );
      const tries: Lever[] = [];
      const stub = { monthsSaved: 1, months: 0, roles: [], text: '' };
      for (const kind of EXPERIENCE_KINDS)
        tries.push({ kind: 'gain-experience', experienceKind: kind, years: 1, ...stub });
      for (const level of EDUCATION_LEVELS.slice(EDUCATION_LEVELS.indexOf(c.profile.education) + 1))
        tries.push({ kind: 'finish-degree', education: level, ...stub });
      for (const next of graph.outNeighbors(c.query.from))
        if (next !== shown.roles[1]) tries.push({ kind: 'first-move', role: next, ...stub });
      for (const t of tries) {
        if (offered(t)) continue;
        const again = replanned(c, applied(c.profile, t));
        if (!again || again.totalMonths >= shown.totalMonths) continue;
        const broaderOffered =
          t.kind === 'gain-experience' &&
          levers.some(
            (o) =>
              o.kind === 'gain-experience' &&
              o.experienceKind !== t.experienceKind &&
              kindWithAncestors(t.experienceKind!).includes(o.experienceKind!) &&
              o.months === again.totalMonths,
          );
        expect(
          broaderOffered,
          `${t.kind} ${t.experienceKind ?? t.education ?? t.role} saves ${shown.totalMonths - again.totalMonths} months but is not offered`,
        ).toBe(true);
      }
    });
  }
});
