import { loadGraphDataDir } from '../data/read-dir.ts';
import { formatIssue } from '../data/issues.ts';
import type { RoleGraph } from '../graph/role-graph.ts';
import type { GraphData } from '../model/index.ts';
import { SHIPPED_GRAPH_DATA_DIR, resolveFromCwd, type CliIO } from './io.ts';

/** Loads a graph-data folder (the shipped one by default); on faults prints them all and returns undefined. */
export function loadGraphForCli(io: CliIO, dir?: string): { graph: RoleGraph; data: GraphData } | undefined {
  const result = loadGraphDataDir(dir === undefined ? SHIPPED_GRAPH_DATA_DIR : resolveFromCwd(io, dir));
  if (result.ok) return { graph: result.graph, data: result.data };
  for (const issue of result.issues) io.stderr(`${formatIssue(issue)}\n`);
  io.stderr(`${result.issues.length} problem${result.issues.length === 1 ? '' : 's'} found\n`);
  return undefined;
}
