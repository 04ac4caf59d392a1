import data from 'virtual:secpath-graph-data';
import { buildRoleGraph, type RoleGraph } from '../graph/role-graph.ts';

// graph-data/ was validated when the app was built (see vite.config.ts), so the browser only
// builds the graph.
let cached: RoleGraph | undefined;

export function shippedGraph(): RoleGraph {
  cached ??= buildRoleGraph(data);
  return cached;
}
