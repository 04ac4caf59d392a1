import { loadGraphData } from '../src/data/load.ts';
import type { GraphDataTexts } from '../src/data/parse-files.ts';
import type { GraphData } from '../src/model/index.ts';
import { syntheticGraphData } from './synthetic-graph.ts';
import { summarize, type Timing } from './stats.ts';

export interface LoaderResult {
  dataSet: string;
  roles: number;
  transitions: number;
  bytes: number;
  load: Timing;
  /** Heap retained by the loaded graph and data, after a full garbage collection. */
  retainedHeapMb: number | null;
}

export function texts(data: GraphData): GraphDataTexts {
  return {
    'sources.json': JSON.stringify({ sources: data.sources }),
    'roles.json': JSON.stringify({ roles: data.roles }),
    'certifications.json': JSON.stringify({ certifications: data.certifications }),
    'transitions.json': JSON.stringify({ transitions: data.transitions }),
    'education.json': JSON.stringify({ degrees: data.degrees }),
    'refused-hosts.json': JSON.stringify({ hosts: data.refusedHosts }),
  };
}

const gc = (globalThis as { gc?: () => void }).gc;

/** Parses, validates (zod and whole-graph checks) and builds the graph, `runs` times. */
export function benchLoader(name: string, data: GraphData, runs: number): LoaderResult {
  const input = texts(data);
  const bytes = Object.values(input).reduce((sum, text) => sum + (text?.length ?? 0), 0);
  const samples: number[] = [];
  let keep: unknown;
  for (let i = 0; i < runs + 1; i++) {
    const start = performance.now();
    const result = loadGraphData(input);
    const elapsed = performance.now() - start;
    if (!result.ok)
      throw new Error(
        `${name} does not load: ${result.issues
          .slice(0, 3)
          .map((x) => x.message)
          .join('; ')}`,
      );
    if (i > 0) samples.push(elapsed); // the first run warms the JIT
    keep = result;
  }
  let retainedHeapMb: number | null = null;
  if (gc) {
    keep = undefined;
    gc();
    const before = process.memoryUsage().heapUsed;
    keep = loadGraphData(input);
    gc();
    retainedHeapMb = (process.memoryUsage().heapUsed - before) / 1024 / 1024;
  }
  void keep;
  return {
    dataSet: name,
    roles: data.roles.length,
    transitions: data.transitions.length,
    bytes,
    load: summarize(samples),
    retainedHeapMb,
  };
}

export function syntheticDataSet(template: GraphData, roles: number): GraphData {
  return syntheticGraphData(template, { roles, transitionsPerRole: 10, seed: 3 });
}
