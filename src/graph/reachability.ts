import { DirectedGraph } from 'graphology';
import { singleSourceLength } from 'graphology-shortest-path/unweighted';
import type { RoleGraph } from './role-graph.ts';

/** The same roles with every transition turned around, to ask "who can reach X". */
function reversed(graph: RoleGraph): DirectedGraph {
  const out = new DirectedGraph();
  graph.forEachNode((node) => out.addNode(node));
  graph.forEachEdge((_edge, _attributes, source, target) => {
    if (!out.hasEdge(target, source)) out.addDirectedEdge(target, source);
  });
  return out;
}

/** Roles from which `target` can be reached by some sequence of transitions (target included). */
export function rolesThatCanReach(graph: RoleGraph, target: string): Set<string> {
  return new Set(Object.keys(singleSourceLength(reversed(graph), target)));
}

/** Roles reachable from `source` (source included). */
export function rolesReachableFrom(graph: RoleGraph, source: string): Set<string> {
  return new Set(Object.keys(singleSourceLength(graph, source)));
}

/** Roles reachable from any of `sources`. */
export function rolesReachableFromAny(graph: RoleGraph, sources: Iterable<string>): Set<string> {
  const seen = new Set<string>();
  for (const source of sources) {
    if (seen.has(source)) continue;
    for (const node of rolesReachableFrom(graph, source)) seen.add(node);
  }
  return seen;
}
