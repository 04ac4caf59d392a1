import { loadGraphData } from '../../src/data/load.ts';
import type { RoleGraph } from '../../src/graph/role-graph.ts';
import { MINIMAL_GRAPH_DIR, readGraphTexts, SHIPPED_GRAPH_DIR } from './graph-fixtures.ts';

function load(dir: string): RoleGraph {
  const result = loadGraphData(readGraphTexts(dir));
  if (!result.ok) throw new Error(`fixture ${dir} does not load: ${result.issues.map((i) => i.message).join('; ')}`);
  return result.graph;
}

let minimal: RoleGraph | undefined;
let shipped: RoleGraph | undefined;

export function minimalGraph(): RoleGraph {
  minimal ??= load(MINIMAL_GRAPH_DIR);
  return minimal;
}

export function shippedGraphForTests(): RoleGraph {
  shipped ??= load(SHIPPED_GRAPH_DIR);
  return shipped;
}
