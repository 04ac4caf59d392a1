import fc from 'fast-check';
import type { ExperienceKind, Objective, Pace, Profile } from '../../src/model/index.ts';
import type { RoleGraph } from '../../src/graph/role-graph.ts';
import { certification, graphOf, role, transition, type EntrySpec, type StaySpec } from './random-graphs.ts';

const KINDS: ExperienceKind[] = ['it', 'security', 'security-management', 'people-management', 'audit', 'risk'];
const kinds = fc.uniqueArray(fc.constantFrom(...KINDS), { minLength: 1, maxLength: 3 });
const years = fc.integer({ min: 1, max: 8 }).map((n) => n / 2);

export interface PlannerCase {
  graph: RoleGraph;
  from: string;
  to: string;
  profile: Profile;
  objective: Objective;
  pace: Pace;
  routeCount: number;
  /** The plan's month 0: dated waivers fall around it. */
  start: string;
  describe: string;
}

export const CASE_START = '2027-01';

const entry = fc.option(
  fc
    .array(fc.tuple(kinds, fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 3 })), { maxLength: 2 })
    .map((list) => list.map(([k, min, extra]) => [k, min, min + extra] as EntrySpec[number])),
  { nil: null, freq: 3 },
);
const stay = fc.record(
  {
    minimum: fc.integer({ min: 1, max: 12 }),
    typical: fc
      .tuple(fc.integer({ min: 0, max: 24 }), fc.integer({ min: 1, max: 24 }))
      .map(([low, extra]): [number, number] => [low, low + extra]),
  },
  { requiredKeys: [] },
);
/** A waiver in force until, or from, a month near the plan's start. */
const dated = fc.option(fc.record({ until: fc.boolean(), month: fc.integer({ min: 0, max: 30 }) }), {
  nil: undefined,
  freq: 4,
});

/**
 * Small role graphs with everything the planner must handle: mixed experience kinds, experience
 * minimums, certification groups, waivers (by years, by education, waiving all), degrees, and
 * cycles. Shrinks towards fewer roles, edges and rules, so a failure is reported small.
 */
export function plannerCase(maxRoles = 6): fc.Arbitrary<PlannerCase> {
  return fc
    .record({
      roleKinds: fc.array(kinds, { minLength: 2, maxLength: maxRoles }),
      entries: fc.array(entry, { minLength: maxRoles, maxLength: maxRoles }),
      certs: fc.array(
        fc.record({
          needs: fc.array(fc.tuple(kinds, years), { maxLength: 2 }),
          prep: fc.integer({ min: 0, max: 6 }),
          cost: fc.integer({ min: 0, max: 9 }).map((n) => n * 100),
          waiver: fc.option(fc.record({ cert: fc.nat(), all: fc.boolean() }), { nil: undefined }),
          degreeWaiver: fc.boolean(),
          substitution: fc.option(fc.constantFrom(...KINDS), { nil: undefined, freq: 4 }),
          when: dated,
          maxWaiver: fc.option(fc.constant(1), { nil: null }),
        }),
        { maxLength: 3 },
      ),
      edges: fc.array(
        fc.record({
          from: fc.nat(),
          to: fc.nat(),
          needs: fc.array(fc.tuple(kinds, years), { maxLength: 2 }),
          group: fc.array(fc.nat(), { maxLength: 2 }),
          stay,
          degree: fc.constantFrom<undefined | 'bachelor' | 'master'>(
            undefined,
            undefined,
            undefined,
            'bachelor',
            'master',
          ),
        }),
        { minLength: 1, maxLength: maxRoles * 2 },
      ),
      chain: fc.boolean(),
      experience: fc.dictionary(fc.constantFrom(...KINDS), fc.integer({ min: 0, max: 6 })),
      education: fc.constantFrom<Profile['education']>('none', 'bachelor', 'master'),
      held: fc.array(fc.nat(), { maxLength: 2 }),
      associate: fc.option(fc.nat(), { nil: undefined, freq: 5 }),
      monthsInRole: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
      objective: fc.constantFrom<Objective>('fastest', 'fewest-moves', 'cheapest'),
      pace: fc.constantFrom<Pace>('typical', 'earliest'),
      routeCount: fc.integer({ min: 1, max: 4 }),
    })
    .map((spec) => {
      const n = spec.roleKinds.length;
      const roles = spec.roleKinds.map((k, i) =>
        role(`r${i}`, k, i === 0 ? 'feeder' : 'mid', i === 0 ? null : (spec.entries[i] ?? null)),
      );
      const certs = spec.certs.map((c, i) =>
        certification(`c${i}`, c.needs, { prepMonths: c.prep, costUsd: c.cost, maxWaiverYears: c.maxWaiver }),
      );
      spec.certs.forEach((c, i) => {
        const cert = certs[i]!;
        if (c.waiver && certs.length > 1) {
          const other = certs[((c.waiver.cert % (certs.length - 1)) + i + 1) % certs.length]!;
          cert.experience.waivers.push(
            c.waiver.all ? { certification: other.id, waivesAll: true } : { certification: other.id, years: 1 },
          );
        }
        if (c.degreeWaiver) cert.experience.waivers.push({ education: 'bachelor', years: 1 });
        if (c.substitution) cert.experience.waivers.push({ experience: [c.substitution], years: 1 });
        const first = cert.experience.waivers[0];
        if (first && c.when) {
          const total = 2027 * 12 + c.when.month;
          const date = `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
          if (c.when.until) first.until = `${date}-28`;
          else first.from = `${date}-01`;
        }
      });
      const pairs = new Map<string, ReturnType<typeof transition>>();
      const add = (a: number, b: number, e?: (typeof spec.edges)[number]) => {
        if (a === b || pairs.has(`${a}>${b}`)) return;
        const group = certs.length && e ? [...new Set(e.group.map((g) => certs[g % certs.length]!.id))] : [];
        pairs.set(
          `${a}>${b}`,
          transition(
            `r${a}`,
            `r${b}`,
            e?.needs ?? [],
            group.length ? [group] : [],
            e?.degree,
            (e?.stay ?? {}) as StaySpec,
          ),
        );
      };
      if (spec.chain) for (let i = 0; i + 1 < n; i++) add(i, i + 1, spec.edges[i % spec.edges.length]);
      for (const e of spec.edges) add(e.from % n, e.to % n, e);
      const profile: Profile = {
        experienceYears: spec.experience,
        education: spec.education,
        certifications: [...new Set(spec.held.filter(() => certs.length > 0).map((h) => certs[h % certs.length]!.id))],
        associateOf: [],
        ...(spec.monthsInRole === undefined ? {} : { monthsInCurrentRole: spec.monthsInRole }),
      };
      if (spec.associate !== undefined && certs.length > 0) {
        const id = certs[spec.associate % certs.length]!.id;
        if (!profile.certifications.includes(id)) profile.associateOf.push(id);
      }
      const graph = graphOf(roles, [...pairs.values()], certs);
      const describe = JSON.stringify({
        roles: spec.roleKinds,
        entries: spec.entries.slice(0, n),
        edges: [...pairs.entries()].map(([k, t]) => [k, t.stay]),
        certs: spec.certs,
        profile,
        objective: spec.objective,
        pace: spec.pace,
      });
      return {
        graph,
        from: 'r0',
        to: `r${n - 1}`,
        profile,
        objective: spec.objective,
        pace: spec.pace,
        routeCount: spec.routeCount,
        start: CASE_START,
        describe,
      };
    });
}
