import fc from 'fast-check';
import type { ExperienceKind, Objective, Profile } from '../../src/model/index.ts';
import type { RoleGraph } from '../../src/graph/role-graph.ts';
import { certification, graphOf, role, transition } from './random-graphs.ts';

const KINDS: ExperienceKind[] = ['it', 'security', 'security-management', 'audit', 'risk'];
const kinds = fc.uniqueArray(fc.constantFrom(...KINDS), { minLength: 1, maxLength: 3 });
const years = fc.integer({ min: 1, max: 8 }).map((n) => n / 2);

export interface PlannerCase {
  graph: RoleGraph;
  from: string;
  to: string;
  profile: Profile;
  objective: Objective;
  alternatives: number;
  describe: string;
}

/**
 * Small role graphs with everything the planner must handle: mixed experience kinds, experience
 * minimums, certification groups, waivers (by years, by education, waiving all), degrees, and
 * cycles. Shrinks towards fewer roles, edges and rules, so a failure is reported small.
 */
export function plannerCase(maxRoles = 6): fc.Arbitrary<PlannerCase> {
  return fc
    .record({
      roleKinds: fc.array(kinds, { minLength: 2, maxLength: maxRoles }),
      certs: fc.array(
        fc.record({
          needs: fc.array(fc.tuple(kinds, years), { maxLength: 2 }),
          prep: fc.integer({ min: 0, max: 6 }),
          cost: fc.integer({ min: 0, max: 9 }).map((n) => n * 100),
          waiver: fc.option(fc.record({ cert: fc.nat(), all: fc.boolean() }), { nil: undefined }),
          degreeWaiver: fc.boolean(),
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
          degree: fc.constantFrom<undefined | 'bachelor' | 'master'>(undefined, undefined, undefined, 'bachelor', 'master'),
        }),
        { minLength: 1, maxLength: maxRoles * 2 },
      ),
      chain: fc.boolean(),
      experience: fc.dictionary(fc.constantFrom(...KINDS), fc.integer({ min: 0, max: 6 })),
      education: fc.constantFrom<Profile['education']>('none', 'bachelor', 'master'),
      held: fc.array(fc.nat(), { maxLength: 2 }),
      monthsInRole: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
      objective: fc.constantFrom<Objective>('fastest', 'fewest-moves', 'cheapest'),
      alternatives: fc.integer({ min: 1, max: 4 }),
    })
    .map((spec) => {
      const n = spec.roleKinds.length;
      const roles = spec.roleKinds.map((k, i) => role(`r${i}`, k, i === 0 ? 'feeder' : 'mid'));
      const certs = spec.certs.map((c, i) => certification(`c${i}`, c.needs, { prepMonths: c.prep, costUsd: c.cost, maxWaiverYears: c.maxWaiver }));
      spec.certs.forEach((c, i) => {
        const cert = certs[i]!;
        if (c.waiver && certs.length > 1) {
          const other = certs[(c.waiver.cert % (certs.length - 1) + i + 1) % certs.length]!;
          cert.experience.waivers.push(c.waiver.all ? { certification: other.id, waivesAll: true } : { certification: other.id, years: 1 });
        }
        if (c.degreeWaiver) cert.experience.waivers.push({ education: 'bachelor', years: 1 });
      });
      const pairs = new Map<string, ReturnType<typeof transition>>();
      const add = (a: number, b: number, e?: (typeof spec.edges)[number]) => {
        if (a === b || pairs.has(`${a}>${b}`)) return;
        const group = certs.length && e ? [...new Set(e.group.map((g) => certs[g % certs.length]!.id))] : [];
        pairs.set(`${a}>${b}`, transition(`r${a}`, `r${b}`, e?.needs ?? [], group.length ? [group] : [], e?.degree));
      };
      if (spec.chain) for (let i = 0; i + 1 < n; i++) add(i, i + 1, spec.edges[i % spec.edges.length]);
      for (const e of spec.edges) add(e.from % n, e.to % n, e);
      const profile: Profile = {
        experienceYears: spec.experience,
        education: spec.education,
        certifications: [...new Set(spec.held.filter(() => certs.length > 0).map((h) => certs[h % certs.length]!.id))],
        ...(spec.monthsInRole === undefined ? {} : { monthsInCurrentRole: spec.monthsInRole }),
      };
      const graph = graphOf(roles, [...pairs.values()], certs);
      const describe = JSON.stringify({ roles: spec.roleKinds, edges: [...pairs.keys()], certs: spec.certs.length, profile, objective: spec.objective });
      return { graph, from: 'r0', to: `r${n - 1}`, profile, objective: spec.objective, alternatives: spec.alternatives, describe };
    });
}
