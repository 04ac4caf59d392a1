import type { ReactNode } from 'react';
import type { RoleGraph } from '../../src/graph/role-graph.ts';
import { CatalogContext, catalogOf } from '../../src/ui/catalog.ts';

/** Renders panels inside the catalog of a test graph, as the app does with the shipped one. */
export function withCatalog(graph: RoleGraph) {
  const catalog = catalogOf(graph);
  return function CatalogWrapper({ children }: { children: ReactNode }) {
    return <CatalogContext.Provider value={catalog}>{children}</CatalogContext.Provider>;
  };
}
