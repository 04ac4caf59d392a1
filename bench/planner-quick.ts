/** Quick planner measurements: shipped + synthetic 1k/10k, fewer queries; per-query worst cases. */
import { join } from 'node:path';
import { loadGraphDataDir } from '../src/data/read-dir.ts';
import { benchPlanner, sweepShipped, syntheticGraph } from './planner-bench.ts';
import { formatMs } from './stats.ts';

const args = process.argv.slice(2);
const sizes = (args.find((a) => a.startsWith('--sizes='))?.slice(8) ?? '1000,10000')
  .split(',')
  .filter(Boolean)
  .map(Number);
const n = Number(args.find((a) => a.startsWith('--n='))?.slice(4) ?? 60);
const sweep = args.includes('--sweep');
const shipped = loadGraphDataDir(join(process.env.GRAPH_DIR ?? join(import.meta.dirname, '..'), 'graph-data'));
if (!shipped.ok) throw new Error('no graph');
const print = (rows: ReturnType<typeof benchPlanner>) => {
  for (const r of rows)
    console.log(
      `${r.graph.padEnd(10)} ${r.objective.padEnd(13)} q=${r.queries} med ${formatMs(r.planner.medianMs)} p95 ${formatMs(r.planner.p95Ms)} max ${formatMs(r.planner.maxMs)} | dij ${formatMs(r.dijkstra.medianMs)} | ratio ${r.ratio.toFixed(2)}x | found ${r.routesFound}`,
    );
};
if (!args.includes('--no-shipped')) print(benchPlanner('shipped', shipped.graph, Math.max(n, 100)));
for (const size of sizes) print(benchPlanner(`syn ${size}`, syntheticGraph(shipped.data, size), n));
if (sweep) {
  const s = sweepShipped(shipped.graph);
  console.log(
    `sweep: ${s.plans} plans, med ${formatMs(s.timing.medianMs)} p95 ${formatMs(s.timing.p95Ms)} max ${formatMs(s.timing.maxMs)} over20 ${s.over20ms} slowest ${s.slowest}`,
  );
}
