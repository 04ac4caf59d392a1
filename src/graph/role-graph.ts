import { DirectedGraph } from 'graphology';
import type { Certification, Degree, GraphData, Role, Source, Transition } from '../model/index.ts';

export interface RoleNodeAttributes {
  role: Role;
}

export interface TransitionEdgeAttributes {
  transition: Transition;
}

/** Lookup tables the planner and renderers need beside the roles and transitions. */
export interface RoleGraphAttributes {
  certifications: ReadonlyMap<string, Certification>;
  sources: ReadonlyMap<string, Source>;
  degrees: readonly Degree[];
  /** The data the graph was built from, in file order, for exports. */
  data: GraphData;
}

export type RoleGraph = DirectedGraph<RoleNodeAttributes, TransitionEdgeAttributes, RoleGraphAttributes>;

/** The role every route in the shipped data must be able to reach. */
export const TOP_ROLE_ID = 'chief-information-security-officer';

/** The management role every role that can reach the top must also be able to reach (or say why not). */
export const MANAGER_ROLE_ID = 'information-security-manager';

export function transitionKey(from: string, to: string): string {
  return `${from}->${to}`;
}

/**
 * Builds the typed graphology graph: a node per role keyed by id, an edge per transition
 * keyed "from->to". Assumes the data passed the reference checks.
 */
export function buildRoleGraph(data: GraphData): RoleGraph {
  const graph: RoleGraph = new DirectedGraph<RoleNodeAttributes, TransitionEdgeAttributes, RoleGraphAttributes>();
  graph.replaceAttributes({
    certifications: new Map(data.certifications.map((c) => [c.id, c])),
    sources: new Map(data.sources.map((s) => [s.id, s])),
    degrees: data.degrees,
    data,
  });
  for (const role of data.roles) graph.addNode(role.id, { role });
  for (const transition of data.transitions) {
    graph.addDirectedEdgeWithKey(transitionKey(transition.from, transition.to), transition.from, transition.to, {
      transition,
    });
  }
  return graph;
}
