import { buildRoleGraph, type RoleGraph } from '../../graph/role-graph.ts';
import type { GraphData } from '../../model/graph-data.ts';
import type { FromBackground, ToBackground } from './protocol.ts';

/** What both workers share: the graph, sent once as JSON text, and how to answer. */
export interface WorkerScope {
  onmessage: ((event: MessageEvent<ToBackground>) => void) | null;
  postMessage(message: FromBackground): void;
}

export const scope = self as unknown as WorkerScope;

export function graphFrom(data: string): RoleGraph {
  return buildRoleGraph(JSON.parse(data) as GraphData);
}

export const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
