import { bidirectional } from 'graphology-shortest-path/dijkstra';
import { buildRoleGraph, type RoleGraph } from '../src/graph/role-graph.ts';
import { EXPERIENCE_KINDS, EDUCATION_LEVELS, OBJECTIVES, PACES, type Objective } from '../src/model/constants.ts';
import type { GraphData, ProfileInput, Transition } from '../src/model/index.ts';
import { planRoute, planningModelOf } from '../src/planner/index.ts';
import { rolesThatCanReach } from '../src/graph/reachability.ts';
import { syntheticGraphData } from './synthetic-graph.ts';
import { timeEach, type Timing } from './stats.ts';
import { prng } from './prng.ts';

/** A full collection before a timed pass, where the process allows it (--expose-gc, as npm run bench runs). */
function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Dijkstra's static weight for a move: the low end of its typical stay in months, else a month. */
function staticMonths(transition: Transition): number {
  return transition.stay.typical?.months.min ?? transition.stay.minimum?.months ?? 1;
}

export interface PlannerResult {
  graph: string;
  objective: Objective;
  roles: number;
  transitions: number;
  queries: number;
  planner: Timing;
  dijkstra: Timing;
  /** Median planner time over median Dijkstra time, measured in the same run on the same pairs. */
  ratio: number;
  routesFound: number;
}

interface Query {
  from: string;
  to: string;
  profile: ProfileInput;
}

/** Random (from, to) pairs where a route exists in the graph, with random profiles. */
/** Random (from, to) pairs where a route exists, with random profiles: the same for every planner measured. */
export function plannerQueries(graph: RoleGraph, count: number, seed: number): Query[] {
  const random = prng(seed);
  const nodes = graph.nodes();
  const roleLevel = (id: string) => graph.getNodeAttribute(id, 'role').level;
  const targets = nodes.filter((id) => ['mid', 'advanced', 'executive'].includes(roleLevel(id)));
  const certs = [...graph.getAttribute('certifications').keys()];
  const out: Query[] = [];
  const reachCache = new Map<string, Set<string>>();
  while (out.length < count) {
    const to = targets[Math.floor(random() * targets.length)]!;
    let sources = reachCache.get(to);
    if (!sources) {
      sources = rolesThatCanReach(graph, to);
      reachCache.set(to, sources);
    }
    const candidates = nodes.filter(
      (id) => id !== to && ['feeder', 'entry'].includes(roleLevel(id)) && sources!.has(id),
    );
    if (candidates.length === 0) continue;
    const from = candidates[Math.floor(random() * candidates.length)]!;
    const experienceYears: Record<string, number> = {};
    for (const kind of EXPERIENCE_KINDS) if (random() < 0.3) experienceYears[kind] = Math.floor(random() * 6);
    out.push({
      from,
      to,
      profile: {
        experienceYears,
        education: EDUCATION_LEVELS[Math.floor(random() * 4)]!,
        certifications: certs.filter(() => random() < 0.08),
      },
    });
  }
  return out;
}

/** One row per objective: the same pairs and profiles, planned with 3 routes on the typical timeline. */
export function benchPlanner(name: string, graph: RoleGraph, count: number, seed = 7): PlannerResult[] {
  planningModelOf(graph); // compiled once per graph, as the app and the CLI do
  const qs = plannerQueries(graph, count, seed);
  // Each pass starts from a collected heap: building a synthetic graph of 100,000 roles leaves
  // a great deal of garbage, and a full collection of it (or of the previous pass's) inside one
  // of only 20 timed plans would be counted as that plan's time.
  collectGarbage();
  const dijkstra = timeEach(qs, (q) =>
    bidirectional(graph, q.from, q.to, (_e, attributes) => staticMonths(attributes.transition)),
  );
  return OBJECTIVES.map((objective) => {
    collectGarbage();
    const found = new Map<Query, boolean>();
    const planner = timeEach(qs, (q) => {
      const plan = planRoute(graph, { from: q.from, to: q.to, objective, routeCount: 3 }, q.profile, {
        start: '2027-01',
      });
      found.set(q, plan.routes.length > 0);
    });
    return result(name, objective, graph, qs, planner, dijkstra, found);
  });
}

function result(
  name: string,
  objective: Objective,
  graph: RoleGraph,
  qs: Query[],
  planner: Timing,
  dijkstra: Timing,
  found: Map<Query, boolean>,
): PlannerResult {
  return {
    graph: name,
    objective,
    roles: graph.order,
    transitions: graph.size,
    queries: qs.length,
    planner,
    dijkstra,
    ratio: planner.medianMs / dijkstra.medianMs,
    routesFound: [...found.values()].filter(Boolean).length,
  };
}

export function syntheticGraph(template: GraphData, roles: number, seed = 1): RoleGraph {
  return buildRoleGraph(syntheticGraphData(template, { roles, transitionsPerRole: 10, seed }));
}

export interface SweepResult {
  plans: number;
  timing: Timing;
  over20ms: number;
  slowest: string;
}

/** The sweep's three profiles: nothing, a little (a year short of five in IT, Security+), everything. */
export function sweepProfiles(graph: RoleGraph): ProfileInput[] {
  return [
    {},
    { experienceYears: { it: 4.99, security: 0.5 }, education: 'bachelor', certifications: ['security-plus'] },
    {
      experienceYears: Object.fromEntries(EXPERIENCE_KINDS.map((k) => [k, 60])),
      education: 'doctorate',
      certifications: [...graph.getAttribute('certifications').keys()],
    },
  ];
}

/**
 * Every ordered pair of roles on the shipped graph, every objective and timeline, with three
 * profiles (empty, a little, everything): the plan that takes longest is what a person waits for.
 */
export function sweepShipped(graph: RoleGraph): SweepResult {
  const profiles = sweepProfiles(graph);
  const cases: Array<{
    from: string;
    to: string;
    objective: Objective;
    pace: (typeof PACES)[number];
    profile: number;
  }> = [];
  for (const from of graph.nodes())
    for (const to of graph.nodes()) {
      if (from === to) continue;
      for (const objective of OBJECTIVES)
        for (const pace of PACES) profiles.forEach((_, profile) => cases.push({ from, to, objective, pace, profile }));
    }
  // The cases are the harness's, not the planner's: collected into the old generation before the
  // clock starts, so copying them is not timed as a plan.
  collectGarbage();
  let slowest = { ms: 0, label: '' };
  let over = 0;
  const timing = timeEach(
    cases,
    (c) => {
      const t0 = performance.now();
      planRoute(
        graph,
        { from: c.from, to: c.to, objective: c.objective, pace: c.pace, routeCount: 3 },
        profiles[c.profile],
        { start: '2027-01' },
      );
      const ms = performance.now() - t0;
      if (ms > 20) over++;
      if (ms > slowest.ms)
        slowest = { ms, label: `${c.from} → ${c.to}, ${c.objective}, ${c.pace}, profile ${c.profile}` };
    },
    0,
  );
  return { plans: cases.length, timing, over20ms: over, slowest: slowest.label };
}
