import type { GraphData, GraphDataFileName } from '../model/index.ts';
import { buildRoleGraph, MANAGER_ROLE_ID, TOP_ROLE_ID, type RoleGraph } from '../graph/role-graph.ts';
import { checkGraphData, checkReachability } from './checks.ts';
import { checkCareerShape, checkPayCodes, checkSourceQuality, checkTimingEvidence } from './evidence-checks.ts';
import type { DataIssue } from '../input/issues.ts';
import { parseGraphDataTexts, type GraphDataTexts } from './parse-files.ts';

export interface LoadOptions {
  /** How files are named in messages; defaults to "graph-data/<name>". */
  fileLabel?: (name: GraphDataFileName) => string;
  /** The role every other role must be able to reach. */
  topRoleId?: string;
  /** The management role every role that reaches the top must also be able to reach. */
  managerRoleId?: string;
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
  const topRoleId = options.topRoleId ?? TOP_ROLE_ID;
  const evidence = [
    ...checkSourceQuality(data, label),
    ...checkPayCodes(data, label),
    ...checkTimingEvidence(data, label),
    ...checkCareerShape(data, label, topRoleId, options.managerRoleId ?? MANAGER_ROLE_ID),
  ];
  const graph = buildRoleGraph(data);
  const reachability = [...evidence, ...checkReachability(graph, data, label, topRoleId)];
  if (reachability.length > 0) return { ok: false, issues: reachability };
  return { ok: true, graph, data };
}
