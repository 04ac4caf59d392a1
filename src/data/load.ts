import type { GraphData, GraphDataFileName } from '../model/index.ts';
import { buildRoleGraph, TOP_ROLE_ID, type RoleGraph } from '../graph/role-graph.ts';
import { checkGraphData, checkReachability } from './checks.ts';
import { GraphDataError, type DataIssue } from './issues.ts';
import { parseGraphDataTexts, type GraphDataTexts } from './parse-files.ts';

export interface LoadOptions {
  /** How files are named in messages; defaults to "graph-data/<name>". */
  fileLabel?: (name: GraphDataFileName) => string;
  /** The role every other role must be able to reach. */
  topRoleId?: string;
}

export type LoadResult = { ok: true; graph: RoleGraph; data: GraphData } | { ok: false; issues: DataIssue[] };

/** Validates graph-data texts and builds the graph, collecting every fault found. */
export function loadGraphData(texts: GraphDataTexts, options: LoadOptions = {}): LoadResult {
  const label = options.fileLabel ?? ((name: GraphDataFileName) => `graph-data/${name}`);
  const parsed = parseGraphDataTexts(texts, label);
  if (!parsed.data) return { ok: false, issues: parsed.issues };
  const data = parsed.data;
  const issues = checkGraphData(data, label);
  if (issues.length > 0) return { ok: false, issues };
  const graph = buildRoleGraph(data);
  const reachability = checkReachability(graph, data, label, options.topRoleId ?? TOP_ROLE_ID);
  if (reachability.length > 0) return { ok: false, issues: reachability };
  return { ok: true, graph, data };
}

/** Like loadGraphData, but throws a GraphDataError listing every fault. */
export function loadGraphDataOrThrow(texts: GraphDataTexts, options: LoadOptions = {}): { graph: RoleGraph; data: GraphData } {
  const result = loadGraphData(texts, options);
  if (!result.ok) throw new GraphDataError(result.issues);
  return { graph: result.graph, data: result.data };
}
