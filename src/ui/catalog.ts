import { createContext, useContext } from 'react';
import { transitionKey, type RoleGraph } from '../graph/role-graph.ts';
import type { Certification, GraphData, Role, Source, Transition } from '../model/index.ts';

/** Read-only lookups over the shipped graph that every panel needs. */
export interface Catalog {
  graph: RoleGraph;
  data: GraphData;
  role(id: string): Role | undefined;
  roleTitle(id: string): string;
  certification(id: string): Certification | undefined;
  certLabel(id: string): string;
  source(id: string): Source | undefined;
  transition(from: string, to: string): Transition | undefined;
}

export function catalogOf(graph: RoleGraph): Catalog {
  const data = graph.getAttribute('data');
  const certifications = graph.getAttribute('certifications');
  const sources = graph.getAttribute('sources');
  const role = (id: string) => (graph.hasNode(id) ? graph.getNodeAttribute(id, 'role') : undefined);
  return {
    graph,
    data,
    role,
    roleTitle: (id) => role(id)?.title ?? id,
    certification: (id) => certifications.get(id),
    certLabel: (id) => certifications.get(id)?.abbreviation ?? id,
    source: (id) => sources.get(id),
    transition: (from, to) => {
      const key = transitionKey(from, to);
      return graph.hasEdge(key) ? graph.getEdgeAttribute(key, 'transition') : undefined;
    },
  };
}

export const CatalogContext = createContext<Catalog | null>(null);

export function useCatalog(): Catalog {
  const catalog = useContext(CatalogContext);
  if (!catalog) throw new Error('useCatalog needs a <CatalogContext.Provider> around the app');
  return catalog;
}
