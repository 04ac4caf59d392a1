import { bidirectional } from 'graphology-shortest-path/dijkstra';
import { buildRoleGraph, type RoleGraph } from '../src/graph/role-graph.ts';
import { typicalMonths } from '../src/graph/static-routes.ts';
import { EXPERIENCE_KINDS, EDUCATION_LEVELS } from '../src/model/constants.ts';
import type { GraphData, ProfileInput } from '../src/model/index.ts';
import { planRoute, planningModelOf } from '../src/planner/index.ts';
import { rolesThatCanReach } from '../src/graph/reachability.ts';
import { syntheticGraphData } from './synthetic-graph.ts';
import { timeEach, type Timing } from './stats.ts';
import { prng } from './prng.ts';

export interface PlannerResult {
  graph: string;
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
function queries(graph: RoleGraph, count: number, seed: number): Query[] {
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
    const candidates = nodes.filter((id) => id !== to && ['feeder', 'entry'].includes(roleLevel(id)) && sources!.has(id));
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

export function benchPlanner(name: string, graph: RoleGraph, count: number, seed = 7): PlannerResult {
  planningModelOf(graph); // compiled once per graph, as the app and the CLI do
  const qs = queries(graph, count, seed);
  const found = new Map<Query, boolean>();
  const planner = timeEach(qs, (q) => {
    const plan = planRoute(graph, { from: q.from, to: q.to, objective: 'fastest', alternatives: 3 }, q.profile);
    found.set(q, plan.routes.length > 0);
  });
  const dijkstra = timeEach(qs, (q) => bidirectional(graph, q.from, q.to, (_e, attributes) => typicalMonths(attributes.transition)));
  return {
    graph: name,
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
