import { loadGraphDataDir } from '../data/read-dir.ts';
import type { RoleGraph } from '../graph/role-graph.ts';
import type { GraphData } from '../model/index.ts';
import { printIssues, resolveFromCwd, shippedGraphDataDir, type CliIO } from './io.ts';

/** Loads a graph-data folder (the shipped one by default); on faults prints them all and returns undefined. */
export function loadGraphForCli(io: CliIO, dir?: string): { graph: RoleGraph; data: GraphData } | undefined {
  const result = loadGraphDataDir(dir === undefined ? shippedGraphDataDir() : resolveFromCwd(io, dir), {
    relativeTo: io.cwd,
  });
  if (result.ok) return { graph: result.graph, data: result.data };
  printIssues(io, result.issues, { count: true });
  return undefined;
}
