import type { GraphData } from '../model/index.ts';

/** The whole validated graph as JSON, every field kept, in the order of the data files. */
export function graphToJson(data: GraphData): string {
  const { roles, certifications, transitions, sources, degrees, refusedHosts } = data;
  return `${JSON.stringify({ roles, certifications, transitions, sources, degrees, refusedHosts }, null, 2)}\n`;
}
