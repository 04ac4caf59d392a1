import { bidirectional as dijkstraBidirectional } from 'graphology-shortest-path/dijkstra';
import { bidirectional as unweightedBidirectional } from 'graphology-shortest-path/unweighted';
import type { Transition } from '../model/index.ts';
import type { RoleGraph } from './role-graph.ts';

/**
 * A move's typical length in months, as a static weight: the typical months in the role before
 * it where a source gives them (the middle of a range), else its minimum experience, else 0.
 */
export function typicalMonths(transition: Transition): number {
  const typical = transition.typicalMonthsInRole?.months;
  if (typical !== undefined) return typeof typical === 'number' ? typical : (typical.min + typical.max) / 2;
  const minimum = Math.max(0, ...(transition.minimumExperience ?? []).map((m) => m.years * 12));
  return minimum;
}

export interface StaticRoute {
  roles: string[];
  /** Sum of the moves' typical months. */
  typicalMonths: number;
}

function withMonths(graph: RoleGraph, roles: string[] | null): StaticRoute | null {
  if (!roles || roles.length === 0) return null;
  let months = 0;
  for (let i = 1; i < roles.length; i++) months += typicalMonths(graph.getDirectedEdgeAttribute(roles[i - 1]!, roles[i]!, 'transition'));
  return { roles, typicalMonths: months };
}

/** The route most people take, ignoring any profile: least total typical months (Dijkstra). */
export function typicalRoute(graph: RoleGraph, from: string, to: string): StaticRoute | null {
  return withMonths(graph, dijkstraBidirectional(graph, from, to, (_edge, attributes) => typicalMonths(attributes.transition)));
}

/** The route with the fewest moves, ignoring requirements (breadth-first search). */
export function fewestMovesRoute(graph: RoleGraph, from: string, to: string): StaticRoute | null {
  return withMonths(graph, unweightedBidirectional(graph, from, to));
}
