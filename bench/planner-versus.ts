/** The same queries planned by this planner and by another copy (BASE_DIR), alternately, in one process. */
import { join } from 'node:path';
import { loadGraphDataDir } from '../src/data/read-dir.ts';
import { plannerQueries as queries, syntheticGraph } from './planner-bench.ts';
import { OBJECTIVES, type Objective } from '../src/model/constants.ts';
import { planRoute } from '../src/planner/index.ts';
import { summarize } from './stats.ts';

const base = (await import(join(process.env.BASE_DIR!, 'src/planner/index.ts'))) as { planRoute: typeof planRoute };
const args = process.argv.slice(2);
const sizes = (args.find((a) => a.startsWith('--sizes='))?.slice(8) ?? '0,1000,10000').split(',').map(Number);
const n = Number(args.find((a) => a.startsWith('--n='))?.slice(4) ?? 40);
const maxLabels = Number(args.find((a) => a.startsWith('--max='))?.slice(6) ?? 0) || undefined;
const shipped = loadGraphDataDir(join(import.meta.dirname, '..', 'graph-data'));
if (!shipped.ok) throw new Error('no graph');

const fmt = (ms: number) => (ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(2)} ms`);
for (const size of sizes) {
  const graph = size === 0 ? shipped.graph : syntheticGraph(shipped.data, size);
  const qs = queries(graph, size === 0 ? Math.max(n, 150) : n, 7);
  for (const objective of OBJECTIVES as readonly Objective[]) {
    const t = { base: [] as number[], now: [] as number[] };
    const run = (which: 'base' | 'now', q: (typeof qs)[number]) => {
      const plan = which === 'base' ? base.planRoute : planRoute;
      const t0 = performance.now();
      plan(graph, { from: q.from, to: q.to, objective, routeCount: 3 }, q.profile, {
        start: '2027-01',
        ...(maxLabels ? { maxLabels } : {}),
      });
      return performance.now() - t0;
    };
    for (const q of qs.slice(0, 10)) {
      run('base', q);
      run('now', q);
    }
    // Alternate which goes first, so neither always runs on a warmer cache.
    qs.forEach((q, i) => {
      if (i % 2) {
        t.base.push(run('base', q));
        t.now.push(run('now', q));
      } else {
        t.now.push(run('now', q));
        t.base.push(run('base', q));
      }
    });
    const b = summarize(t.base);
    const c = summarize(t.now);
    console.log(
      `${size || 'shipped'} ${objective.padEnd(12)} base med ${fmt(b.medianMs)} p95 ${fmt(b.p95Ms)} max ${fmt(b.maxMs)} | now med ${fmt(c.medianMs)} p95 ${fmt(c.p95Ms)} max ${fmt(c.maxMs)} | median ratio ${(b.medianMs / c.medianMs).toFixed(2)}x`,
    );
  }
}
