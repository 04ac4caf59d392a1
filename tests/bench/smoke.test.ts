import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { benchBundle, type BundleResult } from '../../bench/bundle-bench.ts';
import { benchCli, cliBundleIsFresh } from '../../bench/cli-bench.ts';
import { benchLoader, syntheticDataSet } from '../../bench/loader-bench.ts';
import { benchPlanner, syntheticGraph } from '../../bench/planner-bench.ts';
import { syntheticGraphData } from '../../bench/synthetic-graph.ts';
import { benchWeb } from '../../bench/web-bench.ts';
import { loadGraphData } from '../../src/data/load.ts';
import { ROLE_LEVELS } from '../../src/model/constants.ts';
import { readGraphTexts, SHIPPED_GRAPH_DIR } from '../helpers/graph-fixtures.ts';
import { CHROMIUM } from '../e2e/browser.ts';
import { texts } from '../../bench/loader-bench.ts';

const REPO = join(import.meta.dirname, '..', '..');
const shipped = loadGraphData(readGraphTexts(SHIPPED_GRAPH_DIR));
if (!shipped.ok) throw new Error('shipped data does not load');

/** One production build of the app for the file, made by the first test that needs it (the bundle is measured from it, page loads run on it). */
let bundle: { dir: string; result: BundleResult } | undefined;
function builtBundle(): { dir: string; result: BundleResult } {
  if (!bundle) {
    const dir = mkdtempSync(join(tmpdir(), 'secpath-bundle-'));
    bundle = { dir, result: benchBundle(dir) };
  }
  return bundle;
}

// Tiny sizes: these check that every benchmark runs and measures something, not how fast.
describe('benchmark smoke runs', () => {
  it('generates synthetic graphs shaped like the shipped one that pass every loader check', () => {
    const data = syntheticGraphData(shipped.data, { roles: 300, transitionsPerRole: 10, seed: 5 });
    expect(data.roles).toHaveLength(300);
    expect(data.transitions.length).toBeGreaterThan(300 * 8);
    expect(new Set(data.roles.map((r) => r.level))).toEqual(new Set(ROLE_LEVELS));
    expect(data.certifications).toBe(shipped.data.certifications);
    const loaded = loadGraphData(texts(data));
    expect(
      loaded.ok,
      loaded.ok
        ? ''
        : loaded.issues
            .slice(0, 3)
            .map((i) => i.message)
            .join('; '),
    ).toBe(true);
    expect(syntheticGraphData(shipped.data, { roles: 300, seed: 5 })).toEqual(data);
  });

  it('times the planner against Dijkstra on the shipped and a synthetic graph, for every objective', () => {
    const results = [
      ...benchPlanner('shipped', shipped.graph, 5),
      ...benchPlanner('synthetic', syntheticGraph(shipped.data, 200), 5),
    ];
    expect(results.map((r) => r.objective)).toEqual([
      'fastest',
      'fewest-moves',
      'cheapest',
      'fastest',
      'fewest-moves',
      'cheapest',
    ]);
    for (const result of results) {
      expect(result.queries).toBe(5);
      expect(result.routesFound).toBe(5);
      expect(result.planner.medianMs).toBeGreaterThan(0);
      expect(result.dijkstra.medianMs).toBeGreaterThan(0);
      expect(Number.isFinite(result.ratio)).toBe(true);
    }
  });

  it('runs the planner benchmark bundled, as npm run bench does, and prints its table', () => {
    // --quick prints the results instead of writing bench/RESULTS.md.
    const run = spawnSync(process.execPath, ['bench/start.mjs', '--quick', '--only=planner'], {
      cwd: REPO,
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('The harness is bundled with vite as the CLI is');
    for (const objective of ['fastest', 'fewest-moves', 'cheapest'])
      expect(run.stdout).toMatch(new RegExp(`\\| shipped \\| ${objective} \\| 34 \\|`));
  }, 120_000);

  it('times the loader on the shipped data and a synthetic data set', () => {
    for (const result of [
      benchLoader('shipped', shipped.data, 1),
      benchLoader('synthetic', syntheticDataSet(shipped.data, 300), 1),
    ]) {
      expect(result.load.samples).toBe(1);
      expect(result.bytes).toBeGreaterThan(1000);
    }
  });

  it('times the CLI cold start against node -e 0, and it stays under ten times that', (ctx) => {
    // Measured from the bundle people run; from its sources through tsx it starts several times slower.
    ctx.skip(!cliBundleIsFresh(), 'the CLI bundle is older than src/ (or missing): `npm run prepare` rebuilds it');
    // No rebuild here: other tests run the CLI at the same time and must not see a half-written bundle.
    const result = benchCli(3, { rebuild: false });
    expect(result.command).toBe('secpath plan --from help desk --years-it 2');
    expect([result.plan.samples, result.nodeBaseline.samples]).toEqual([3, 3]);
    // bench/RESULTS.md measured 2.8x on a quiet machine; ten times is slow enough to notice.
    expect(
      result.ratio,
      `secpath plan ${result.plan.medianMs.toFixed(0)} ms, node -e 0 ${result.nodeBaseline.medianMs.toFixed(0)} ms`,
    ).toBeLessThan(10);
  }, 120_000);

  it('measures the production bundle by chunk, with Cytoscape loaded lazily', () => {
    const { result } = builtBundle();
    expect(result.chunks.some((c) => c.initial && c.file.endsWith('.js'))).toBe(true);
    expect(result.initialJsGzipBytes).toBeGreaterThan(0);
    // The budget of the first view: 150 KB of gzipped JavaScript, with Cytoscape, the file
    // import and export code and the résumé review in chunks of their own, loaded after it.
    expect(result.initialJsGzipBytes).toBeLessThan(150 * 1024);
    const later = result.chunks.filter((c) => !c.initial).map((c) => c.file);
    for (const name of ['CytoscapeGraph', 'file-jobs', 'ResumeReview'])
      expect(
        later.some((file) => file.startsWith(`assets/${name}-`)),
        name,
      ).toBe(true);
  }, 120_000);

  it('times page loads, the first graph frame and pan and zoom frames of the built app in Chromium', async (ctx) => {
    ctx.skip(!existsSync(CHROMIUM), `Chromium not found at ${CHROMIUM}: install it with "apt-get install -y chromium"`);
    // Two small production builds (shipped data, 60 synthetic roles), one load each, one round of input.
    const result = await benchWeb({
      quick: true,
      loads: 1,
      warmupLoads: 0,
      synthetic: [{ roles: 60, transitionsPerRole: 3 }],
      interactionMs: 200,
      shippedBuild: builtBundle().dir,
    });
    expect(result.skipped, 'Chromium is installed, so the benchmark ran').toBeUndefined();
    expect(result.loads.map((l) => l.build)).toEqual(['shipped', 'synthetic 60']);
    for (const load of result.loads) {
      expect(load.plan.medianMs).toBeGreaterThan(0);
      expect(load.drawn.medianMs).toBeGreaterThan(0);
      expect(load.ready.medianMs).toBeGreaterThan(0);
    }
    const [interaction] = result.interactions;
    expect(interaction!.panZoom.frames).toBeGreaterThan(0);
    expect(interaction!.panZoom.viewportChanges).toBeGreaterThan(0);
    expect(result.markdown).toContain('| synthetic 60 |');
  }, 120_000);
});
