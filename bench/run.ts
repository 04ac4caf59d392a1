/**
 * `npm run bench`: every benchmark, written to bench/RESULTS.md as medians, 95th percentiles and
 * ratios measured in the same run, with a description of the machine. `--quick` runs tiny sizes
 * (the smoke test does the same through the exported functions).
 */
import { cpus, totalmem, type } from 'node:os';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadGraphDataDir } from '../src/data/read-dir.ts';
import { benchBundle, type BundleResult } from './bundle-bench.ts';
import { benchCli, type CliResult } from './cli-bench.ts';
import { benchLoader, syntheticDataSet, type LoaderResult } from './loader-bench.ts';
import { benchPlanner, sweepShipped, syntheticGraph, type PlannerResult, type SweepResult } from './planner-bench.ts';
import { formatMs } from './stats.ts';
import { benchWeb, type WebResult } from './web-bench.ts';

const quick = process.argv.includes('--quick');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const want = (name: string) => !only || only.split(',').includes(name);

function machine(): string {
  const cpu = cpus()[0];
  return `${type()} ${process.arch}, ${cpus().length} × ${cpu?.model ?? 'CPU'}, ${(totalmem() / 1024 ** 3).toFixed(0)} GiB RAM, Node ${process.version}`;
}

function plannerTable(rows: PlannerResult[]): string {
  const lines = [
    '| graph | objective | roles | transitions | queries | planner median | p95 | max | Dijkstra median | planner ÷ Dijkstra (medians) | routes found |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.graph} | ${r.objective} | ${r.roles} | ${r.transitions} | ${r.queries} | ${formatMs(r.planner.medianMs)} | ${formatMs(r.planner.p95Ms)} | ${formatMs(r.planner.maxMs)} | ${formatMs(r.dijkstra.medianMs)} | ${r.ratio.toFixed(2)}x | ${r.routesFound}/${r.queries} |`,
    );
  }
  return lines.join('\n');
}

function sweepText(r: SweepResult): string {
  return `Every ordered pair of the shipped roles × 3 objectives × 2 timelines × 3 profiles: **${r.plans.toLocaleString('en-US')} plans**, median ${formatMs(r.timing.medianMs)}, p95 ${formatMs(r.timing.p95Ms)}, max ${formatMs(r.timing.maxMs)} (${r.slowest}); **${r.over20ms} over 20 ms**.`;
}

function loaderTable(rows: LoaderResult[]): string {
  const lines = [
    '| data set | roles | transitions | size | load + validate median | p95 | heap retained |',
    '|---|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.dataSet} | ${r.roles} | ${r.transitions} | ${(r.bytes / 1024).toFixed(0)} KiB | ${formatMs(r.load.medianMs)} | ${formatMs(r.load.p95Ms)} | ${r.retainedHeapMb === null ? 'n/a (run with --expose-gc)' : `${r.retainedHeapMb.toFixed(1)} MiB`} |`,
    );
  }
  return lines.join('\n');
}

function cliTable(r: CliResult): string {
  return [
    '| command | median | p95 | runs |',
    '|---|---:|---:|---:|',
    `| \`${r.command}\` | ${formatMs(r.plan.medianMs)} | ${formatMs(r.plan.p95Ms)} | ${r.plan.samples} |`,
    `| \`node -e 0\` | ${formatMs(r.nodeBaseline.medianMs)} | ${formatMs(r.nodeBaseline.p95Ms)} | ${r.nodeBaseline.samples} |`,
    '',
    `Cold start ratio (medians): **${r.ratio.toFixed(2)}x** \`node -e 0\`.`,
  ].join('\n');
}

function bundleTable(r: BundleResult): string {
  const lines = ['| chunk | loaded | size | gzip |', '|---|---|---:|---:|'];
  for (const c of r.chunks)
    lines.push(
      `| ${c.file} | ${c.initial ? 'initially' : 'lazily'} | ${(c.bytes / 1024).toFixed(1)} KiB | ${(c.gzipBytes / 1024).toFixed(1)} KiB |`,
    );
  lines.push('', `Initial JavaScript (gzip): **${(r.initialJsGzipBytes / 1024).toFixed(1)} KiB** (budget 150 KiB).`);
  return lines.join('\n');
}

async function main(): Promise<void> {
  const shipped = loadGraphDataDir(join(import.meta.dirname, '..', 'graph-data'));
  if (!shipped.ok) throw new Error('graph-data does not load; run `npm run -s secpath -- validate`');
  const resultsFile = join(import.meta.dirname, 'RESULTS.md');
  const stamp = () => `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  const header = [
    `# secpath benchmarks`,
    '',
    `Machine: ${machine()}.`,
    `Run: ${stamp()}${quick ? ' (quick sizes)' : ''}${only ? `; sections run: ${only} (the others are kept from earlier runs, each dated)` : ''}.`,
    '',
  ];
  // Sections by title, in the order they are run. With --only, the sections not run keep what an
  // earlier run measured (each says when), so one slow section can be measured again alone.
  const bodies = new Map<string, string>();
  if (only && !quick && existsSync(resultsFile)) {
    for (const part of readFileSync(resultsFile, 'utf8').split(/^## /m).slice(1)) {
      const title = part.slice(0, part.indexOf('\n'));
      bodies.set(title, part.slice(title.length).trim());
    }
  }
  const render = () =>
    `${[...header, ...[...bodies].flatMap(([title, body]) => [`## ${title}`, '', body, ''])].join('\n')}\n`;
  const log = (text: string) => process.stderr.write(`${text}\n`);
  let failed = 0;
  // A section that fails is reported in its place; the others still run, and the results so far
  // are written after each section, so a long run never loses what it measured.
  const section = async (name: string, title: string, run: () => string | Promise<string>) => {
    if (!want(name)) return;
    let body: string;
    try {
      body = await run();
    } catch (error) {
      failed++;
      body = `Failed: ${error instanceof Error ? error.message : String(error)}`;
      log(`${name}: ${body}`);
    }
    bodies.set(title, `Measured ${stamp()}.\n\n${body}`);
    if (!quick) writeFileSync(resultsFile, render());
  };

  await section('planner', 'Planner', () => {
    log('planner: shipped graph');
    const rows = [...benchPlanner('shipped', shipped.graph, quick ? 20 : 300)];
    // Every shipped plan is timed before any synthetic graph exists: a person's process never
    // holds a graph of 100,000 roles, and collecting one in the middle of a plan is not its cost.
    log('planner: every shipped plan');
    const sweep = quick ? null : sweepShipped(shipped.graph);
    for (const size of quick ? [200] : [1_000, 10_000, 100_000]) {
      log(`planner: synthetic ${size}`);
      const graph = syntheticGraph(shipped.data, size);
      rows.push(
        ...benchPlanner(`synthetic ${size.toLocaleString('en-US')}`, graph, quick ? 10 : size >= 100_000 ? 20 : 100),
      );
    }
    return [
      "A personal plan with 3 routes on the typical timeline (each route also dated on the earliest one) for random (from, to) pairs where a route exists and random profiles, for each objective, against graphology-shortest-path's bidirectional Dijkstra between the same roles on the same graph with static weights (typical stay months), in the same run. The harness is bundled with vite as the CLI is (bench/start.mjs), so the planner runs as the CLI and the web app run it; each pass starts after a full garbage collection. Targets: shipped graph under 1 ms median; 10k roles under 100 ms median; within 5x of Dijkstra at every size; no shipped plan over 20 ms.",
      '',
      plannerTable(rows),
      ...(sweep ? ['', sweepText(sweep)] : []),
    ].join('\n');
  });
  await section('loader', 'Loader', () => {
    log('loader');
    const rows = [benchLoader('shipped graph-data', shipped.data, quick ? 3 : 30)];
    if (!quick) rows.push(benchLoader('synthetic, 10,000 roles', syntheticDataSet(shipped.data, 10_000), 5));
    return [
      'Parse every file, validate it with zod, run the whole-graph checks and build the graphology graph.',
      '',
      loaderTable(rows),
    ].join('\n');
  });
  await section('cli', 'CLI cold start', () => {
    log('cli');
    return [
      'A fresh Node process per run, as a person typing the command gets.',
      '',
      cliTable(benchCli(quick ? 2 : 15)),
    ].join('\n');
  });
  await section('bundle', 'Web bundle', () => {
    log('bundle');
    return ['Production build, each chunk gzip-compressed at level 9.', '', bundleTable(benchBundle())].join('\n');
  });
  await section('web', 'Web app in headless Chromium', async () => {
    log('web');
    const web: WebResult = await benchWeb({ quick });
    return web.markdown;
  });
  if (quick) process.stdout.write(render());
  else {
    writeFileSync(resultsFile, render());
    log('wrote bench/RESULTS.md');
  }
  if (failed > 0) process.exitCode = 1;
}

await main();
