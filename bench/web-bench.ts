/**
 * The web app in headless Chromium: how soon a link with a plan shows the plan and draws the
 * graph, what the graph costs to lay out and draw, and how smooth panning and zooming stays.
 * Every number comes from the production build of the real app (graph data swapped in through
 * SECPATH_GRAPH_DATA for the synthetic graphs), served by `vite preview`, timed in the page
 * itself with performance.now(); nothing in src/ is changed for it.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { loadGraphDataDir } from '../src/data/read-dir.ts';
import { buildRoleGraph } from '../src/graph/role-graph.ts';
import { rolesThatCanReach } from '../src/graph/reachability.ts';
import type { GraphData, ProfileInput } from '../src/model/index.ts';
import { planRoute } from '../src/planner/index.ts';
import { texts } from './loader-bench.ts';
import { prng } from './prng.ts';
import { formatMs, percentile, summarize, type Timing } from './stats.ts';
import { syntheticGraphData } from './synthetic-graph.ts';

const REPO = join(import.meta.dirname, '..');
/** Debian's Chromium, as the end-to-end tests use it; browser downloads cannot work on these machines. */
const CHROMIUM = process.env.SECPATH_CHROMIUM ?? '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const VIEWPORT = { width: 1280, height: 800 };
const GRAPH = '[data-testid="role-graph"]';
const STEPS = 'ol[aria-label="Steps of the route"] > li';
/** The profile every plan link carries, as in a link the app writes. */
const PROFILE: ProfileInput = { education: 'bachelor', experienceYears: { it: 2 } };
const PROFILE_QUERY = 'objective=fastest&education=bachelor&years-it=2';

export interface WebOptions {
  quick: boolean;
  /** Measured page loads per build. */
  loads?: number;
  /** Loads before those, not counted, to warm Chromium and the server (1 unless told). */
  warmupLoads?: number;
  /** Synthetic graphs to build the app with, besides the shipped data. */
  synthetic?: Array<{ roles: number; transitionsPerRole: number }>;
  /** How long Playwright pans and zooms each synthetic graph. */
  interactionMs?: number;
  /** A production build of the app with the shipped data made already (as benchBundle makes one), to measure instead of building another. */
  shippedBuild?: string;
}

export interface PageLoadResult {
  build: string;
  roles: number;
  transitions: number;
  url: string;
  loads: number;
  /** Navigation start until the first step of the route is in the page. */
  planInDom: Timing;
  /** Navigation start until the frame showing it has been rendered. */
  plan: Timing;
  /** Navigation start until the graph container says data-ready="true". */
  ready: Timing;
  /** Navigation start until the frame with Cytoscape's first drawing has been rendered. */
  drawn: Timing;
  /** Navigation start until the lazily loaded Cytoscape chunk has arrived. */
  chunkLoaded: Timing;
  /** Chunk arrived until the Cytoscape instance exists: evaluating the chunk, the layout, the elements, creating Cytoscape. */
  chunkToInstance: Timing;
  /** Instance created until its first frame is drawn. */
  instanceToDrawn: Timing;
  /** The first frame's drawing alone, by Cytoscape's own redraw timer. */
  firstDraw: Timing;
}

export interface FrameStats {
  frames: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  /** Share of frames longer than 16.7 ms (a missed frame at 60 Hz) and 33 ms (two missed). */
  over16: number;
  over33: number;
  /** Cytoscape's drawing time per redraw, in the same window. */
  redraws: number;
  redraw: Timing;
  viewportChanges: number;
}

export interface InteractionResult {
  build: string;
  roles: number;
  transitions: number;
  durationMs: number;
  wheelEvents: number;
  drags: number;
  idle: FrameStats;
  panZoom: FrameStats;
}

export interface WebResult {
  markdown: string;
  /** Why nothing was measured (Chromium missing or failing to start), if so. */
  skipped?: string;
  browserVersion?: string;
  /** The one-minute load average when the measurements started. */
  loadAverage?: number;
  loads: PageLoadResult[];
  interactions: InteractionResult[];
}

interface AppBuild {
  name: string;
  data: GraphData;
  outDir: string;
  path: string;
}

// In-page code is passed as strings: tsx and vitest transform functions differently (helpers
// such as __name), and a function serialised for page.evaluate must not depend on that.

/**
 * Installed before any page script. Records when the route's steps enter the page and when the
 * frame showing them has been rendered, when the Cytoscape instance exists, when the container
 * says data-ready, and when the frame with Cytoscape's first drawing has been rendered. "After
 * the frame" is a message posted from requestAnimationFrame, which runs once the frame's style,
 * layout and paint are done.
 */
const LOAD_PROBE = `(() => {
  const b = { planInDom: null, plan: null, instance: null, ready: null, drawn: null, firstDraw: null, hooked: false };
  b.done = new Promise((resolve) => {
    b.settle = () => { if (b.plan !== null && b.ready !== null && b.drawn !== null) resolve(true); };
  });
  Object.defineProperty(window, '__secpathBench', { value: b });
  const afterThisFrame = (record) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => { record(performance.now()); b.settle(); };
    channel.port2.postMessage(0);
  };
  const check = () => {
    const now = performance.now();
    if (b.planInDom === null && document.querySelector(${JSON.stringify(STEPS)})) {
      b.planInDom = now;
      requestAnimationFrame(() => afterThisFrame((t) => { b.plan = t; }));
    }
    const graph = document.querySelector(${JSON.stringify(GRAPH)});
    if (graph && !b.hooked) {
      // Cytoscape registers its instance on its container; its canvases arrive in the same task.
      const cy = graph._cyreg && graph._cyreg.cy;
      if (cy) {
        b.hooked = true;
        b.instance = now;
        cy.one('render', () => {
          // 'render' fires inside the redraw, within requestAnimationFrame; Cytoscape's redraw
          // timer is updated once the redraw returns.
          queueMicrotask(() => {
            const last = cy.renderer().lastRedrawTime;
            b.firstDraw = typeof last === 'number' ? last : null;
          });
          afterThisFrame((t) => { b.drawn = t; });
        });
      }
    }
    if (graph && b.ready === null && graph.getAttribute('data-ready') === 'true') {
      b.ready = now;
      if (!b.hooked) {
        // No instance found (Cytoscape internals changed): the next frame is the best estimate.
        b.hooked = true;
        requestAnimationFrame(() => afterThisFrame((t) => { b.drawn = t; }));
      }
    }
    if (b.planInDom !== null && b.ready !== null && b.hooked) observer.disconnect();
    b.settle();
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-ready'] });
})();`;

// Resolves once the plan, data-ready and the first frame are all there. (The page's
// Content-Security-Policy forbids eval, so page.waitForFunction with a string cannot be used.)
const LOAD_DONE = 'window.__secpathBench.done';

async function loaded(page: Page, timeoutMs = 60_000): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`the plan and the graph did not appear within ${timeoutMs} ms on ${page.url()}`)),
      timeoutMs,
    );
  });
  try {
    await Promise.race([page.evaluate(LOAD_DONE), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

const LOAD_READ = `(() => {
  const b = window.__secpathBench;
  const chunk = performance.getEntriesByType('resource').find((e) => /\\/CytoscapeGraph-[^/]*\\.js$/.test(e.name));
  return { planInDom: b.planInDom, plan: b.plan, instance: b.instance, ready: b.ready, drawn: b.drawn, firstDraw: b.firstDraw, chunkLoaded: chunk ? chunk.responseEnd : null };
})()`;

/** Starts recording requestAnimationFrame intervals, Cytoscape redraw times and viewport changes. */
const FRAMES_START = `(() => {
  const cy = document.querySelector(${JSON.stringify(GRAPH)})._cyreg.cy;
  const renderer = cy.renderer();
  const rec = { frames: [], redraws: [], viewports: 0, stop: false };
  let last = null;
  const loop = (t) => {
    if (rec.stop) return;
    if (last !== null) rec.frames.push(t - last);
    last = t;
    requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
  rec.onRender = () => queueMicrotask(() => rec.redraws.push(renderer.lastRedrawTime));
  rec.onViewport = () => { rec.viewports++; };
  cy.on('render', rec.onRender);
  cy.on('viewport', rec.onViewport);
  window.__secpathFrames = rec;
})()`;

const FRAMES_STOP = `(() => {
  const rec = window.__secpathFrames;
  const cy = document.querySelector(${JSON.stringify(GRAPH)})._cyreg.cy;
  rec.stop = true;
  cy.off('render', rec.onRender);
  cy.off('viewport', rec.onViewport);
  return { frames: rec.frames, redraws: rec.redraws, viewports: rec.viewports };
})()`;

/** A point of the graph, in page coordinates, with no role or move under it, where a drag pans. */
const EMPTY_SPOT = `(() => {
  const el = document.querySelector(${JSON.stringify(GRAPH)});
  const renderer = el._cyreg.cy.renderer();
  const box = el.getBoundingClientRect();
  const top = Math.max(box.top, 0);
  const height = Math.min(box.bottom, window.innerHeight) - top;
  for (let row = 1; row < 10; row++) {
    for (let col = 1; col < 14; col++) {
      const x = box.left + (box.width * col) / 14;
      const y = top + (height * row) / 10;
      const p = renderer.projectIntoViewport(x, y);
      if (!renderer.findNearestElement(p[0], p[1], true, false)) return { x, y };
    }
  }
  return { x: box.left + 4, y: top + 4 };
})()`;

/** One frame at 60 Hz. */
const FRAME_MS = 1000 / 60;
/**
 * requestAnimationFrame times are coarsened to 0.1 ms and wobble around the 16.7 ms vsync
 * (16.6, 16.7, 16.8 when idle), so a frame counts as late only beyond this tolerance.
 */
const FRAME_JITTER_MS = 1;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function frameStats(frames: number[], redraws: number[], viewportChanges: number): FrameStats {
  const sorted = [...frames].sort((a, b) => a - b);
  const share = (limit: number) =>
    frames.length ? frames.filter((f) => f > limit + FRAME_JITTER_MS).length / frames.length : NaN;
  return {
    frames: frames.length,
    medianMs: percentile(sorted, 50),
    p95Ms: percentile(sorted, 95),
    maxMs: sorted[sorted.length - 1] ?? NaN,
    over16: share(FRAME_MS),
    over33: share(2 * FRAME_MS),
    redraws: redraws.length,
    redraw: summarize(redraws),
    viewportChanges,
  };
}

/** `vite build` of the app, as people get it (NODE_ENV=production), into a folder of its own. */
async function buildApp(outDir: string, dataDir?: string): Promise<void> {
  const vite = join(REPO, 'node_modules', 'vite', 'bin', 'vite.js');
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };
  if (dataDir) env.SECPATH_GRAPH_DATA = dataDir;
  else delete env.SECPATH_GRAPH_DATA;
  const build = spawn(process.execPath, [vite, 'build', '--logLevel', 'error', '--outDir', outDir, '--emptyOutDir'], {
    cwd: REPO,
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  build.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const [code] = (await once(build, 'exit')) as [number | null];
  if (code !== 0)
    throw new Error(`vite build${dataDir ? ` with SECPATH_GRAPH_DATA=${dataDir}` : ''} failed: ${stderr}`);
}

/** A plan link between two roles of the graph that have a route for the benchmark profile. */
function planPath(data: GraphData, seed: number): string {
  const graph = buildRoleGraph(data);
  const random = prng(seed);
  const level = (id: string) => graph.getNodeAttribute(id, 'role').level;
  const targets = graph.nodes().filter((id) => level(id) === 'advanced' || level(id) === 'mid');
  for (let attempt = 0; attempt < 200; attempt++) {
    const to = targets[Math.floor(random() * targets.length)]!;
    const reach = rolesThatCanReach(graph, to);
    const sources = graph.nodes().filter((id) => id !== to && level(id) === 'entry' && reach.has(id));
    if (sources.length === 0) continue;
    const from = sources[Math.floor(random() * sources.length)]!;
    if (planRoute(graph, { from, to, objective: 'fastest' }, PROFILE).routes.length > 0)
      return `/?v=1&from=${from}&to=${to}&${PROFILE_QUERY}`;
  }
  throw new Error('no plannable pair of roles in the synthetic graph');
}

async function startPreview(outDir: string): Promise<{ server: PreviewServer; url: string }> {
  const server = await preview({
    configFile: join(REPO, 'vite.config.ts'),
    root: join(REPO, 'src'),
    logLevel: 'silent',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) {
    await server.close();
    throw new Error(`vite preview of ${outDir} gave no address`);
  }
  return { server, url: url.replace(/\/$/, '') };
}

interface LoadSample {
  planInDom: number;
  plan: number;
  instance: number | null;
  ready: number;
  drawn: number;
  firstDraw: number | null;
  chunkLoaded: number | null;
}

/** One page load in a new browser context: nothing cached, nothing stored. `then` gets the page before it closes. */
async function loadOnce(browser: Browser, url: string, then?: (page: Page) => Promise<void>): Promise<LoadSample> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.addInitScript(LOAD_PROBE);
    await page.goto(url);
    await loaded(page);
    const sample = (await page.evaluate(LOAD_READ)) as LoadSample;
    await then?.(page);
    return sample;
  } finally {
    await context.close();
  }
}

/** `warmup` unmeasured loads, then `loads` measured ones; `then` gets the last page. */
async function benchLoads(
  browser: Browser,
  build: AppBuild,
  baseUrl: string,
  loads: number,
  warmup: number,
  then?: (page: Page) => Promise<void>,
): Promise<PageLoadResult> {
  const samples: LoadSample[] = [];
  for (let i = 0; i < warmup + loads; i++) {
    const sample = await loadOnce(browser, `${baseUrl}${build.path}`, i === warmup + loads - 1 ? then : undefined);
    if (i >= warmup) samples.push(sample);
  }
  const of = (pick: (s: LoadSample) => number | null) =>
    summarize(samples.map(pick).filter((v): v is number => v !== null));
  return {
    build: build.name,
    roles: build.data.roles.length,
    transitions: build.data.transitions.length,
    url: build.path,
    loads: samples.length,
    planInDom: of((s) => s.planInDom),
    plan: of((s) => s.plan),
    ready: of((s) => s.ready),
    drawn: of((s) => s.drawn),
    chunkLoaded: of((s) => s.chunkLoaded),
    chunkToInstance: of((s) => (s.instance !== null && s.chunkLoaded !== null ? s.instance - s.chunkLoaded : null)),
    instanceToDrawn: of((s) => (s.instance !== null ? s.drawn - s.instance : null)),
    firstDraw: of((s) => s.firstDraw),
  };
}

async function recordFrames(page: Page, work: () => Promise<unknown>): Promise<FrameStats> {
  await page.evaluate(FRAMES_START);
  await work();
  const rec = (await page.evaluate(FRAMES_STOP)) as { frames: number[]; redraws: number[]; viewports: number };
  return frameStats(rec.frames, rec.redraws, rec.viewports);
}

/**
 * Wheel zoom in bursts (in, then out, so the zoom stays within the app's limits) and drag pans
 * from an empty spot, paced about one input event per frame, as a hand on a mouse would.
 */
async function benchPanZoom(page: Page, build: AppBuild, durationMs: number): Promise<InteractionResult> {
  const graph = page.locator(GRAPH);
  await graph.scrollIntoViewIfNeeded();
  await sleep(500); // let the load settle (lazy chunks, fitting the view)
  const idle = await recordFrames(page, () => sleep(Math.min(1000, durationMs)));

  const box = await graph.boundingBox();
  if (!box) throw new Error('the graph has no box on the page');
  const viewportBottom = Math.min(box.y + box.height, VIEWPORT.height);
  const centre = { x: box.x + box.width / 2, y: (Math.max(box.y, 0) + viewportBottom) / 2 };
  // Found before measuring, so the search is not in the frame times. Each round zooms in and
  // back out about the same point and drags there and back, so the view, and the empty spot
  // the drags start from, stay where they were.
  const spot = (await page.evaluate(EMPTY_SPOT)) as { x: number; y: number };
  const pan = { x: 160, y: 70 };
  let wheelEvents = 0;
  let drags = 0;
  const wheelBurst = async (deltaY: number) => {
    await page.mouse.move(centre.x, centre.y);
    for (let i = 0; i < 8; i++) {
      await page.mouse.wheel(0, deltaY);
      wheelEvents++;
      await sleep(16);
    }
  };
  const drag = async (from: { x: number; y: number }, dx: number, dy: number) => {
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    const steps = 20;
    for (let i = 1; i <= steps; i++) {
      await page.mouse.move(from.x + (dx * i) / steps, from.y + (dy * i) / steps);
      await sleep(16);
    }
    await page.mouse.up();
    drags++;
  };
  const started = performance.now();
  const panZoom = await recordFrames(page, async () => {
    while (performance.now() - started < durationMs) {
      await wheelBurst(-100); // a mouse wheel notch
      await wheelBurst(100);
      await drag(spot, pan.x, pan.y);
      await drag({ x: spot.x + pan.x, y: spot.y + pan.y }, -pan.x, -pan.y);
    }
  });
  return {
    build: build.name,
    roles: build.data.roles.length,
    transitions: build.data.transitions.length,
    durationMs: performance.now() - started,
    wheelEvents,
    drags,
    idle,
    panZoom,
  };
}

const pct = (share: number) => (Number.isFinite(share) ? `${(share * 100).toFixed(1)} %` : 'n/a');

function loadTable(rows: PageLoadResult[]): string {
  const lines = [
    '| build | roles | moves | loads | plan shown median | p95 | graph data-ready median | p95 | graph drawn median | p95 |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.build} | ${r.roles} | ${r.transitions} | ${r.loads} | ${formatMs(r.plan.medianMs)} | ${formatMs(r.plan.p95Ms)} | ${formatMs(r.ready.medianMs)} | ${formatMs(r.ready.p95Ms)} | ${formatMs(r.drawn.medianMs)} | ${formatMs(r.drawn.p95Ms)} |`,
    );
  }
  return lines.join('\n');
}

function graphTable(rows: PageLoadResult[]): string {
  const lines = [
    '| build | roles | moves | Cytoscape chunk arrived median | chunk → instance median | p95 | instance → first frame median | p95 | first frame drawing median | p95 |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.build} | ${r.roles} | ${r.transitions} | ${formatMs(r.chunkLoaded.medianMs)} | ${formatMs(r.chunkToInstance.medianMs)} | ${formatMs(r.chunkToInstance.p95Ms)} | ${formatMs(r.instanceToDrawn.medianMs)} | ${formatMs(r.instanceToDrawn.p95Ms)} | ${formatMs(r.firstDraw.medianMs)} | ${formatMs(r.firstDraw.p95Ms)} |`,
    );
  }
  return lines.join('\n');
}

function frameTable(rows: InteractionResult[]): string {
  const lines = [
    '| graph | phase | frames | frame median | p95 | max | > 16.7 ms | > 33.3 ms | Cytoscape redraws | redraw median | redraw p95 | viewport changes |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of rows) {
    for (const [phase, s] of [
      ['idle', r.idle],
      [
        `pan + zoom, ${(r.durationMs / 1000).toFixed(1)} s (${r.wheelEvents} wheel events, ${r.drags} drags)`,
        r.panZoom,
      ],
    ] as const) {
      lines.push(
        `| ${r.build} | ${phase} | ${s.frames} | ${formatMs(s.medianMs)} | ${formatMs(s.p95Ms)} | ${formatMs(s.maxMs)} | ${pct(s.over16)} | ${pct(s.over33)} | ${s.redraws} | ${formatMs(s.redraw.medianMs)} | ${formatMs(s.redraw.p95Ms)} | ${s.viewportChanges} |`,
      );
    }
  }
  return lines.join('\n');
}

const round = (ms: number) => (Number.isFinite(ms) ? Math.round(ms * 100) / 100 : null);

/** The same numbers for machines: milliseconds, medians and 95th percentiles. */
function machineSummary(loads: PageLoadResult[], interactions: InteractionResult[]): string {
  const summary = {
    loads: Object.fromEntries(
      loads.map((r) => [
        r.build,
        {
          roles: r.roles,
          moves: r.transitions,
          loads: r.loads,
          planInDomMs: [round(r.planInDom.medianMs), round(r.planInDom.p95Ms)],
          planMs: [round(r.plan.medianMs), round(r.plan.p95Ms)],
          readyMs: [round(r.ready.medianMs), round(r.ready.p95Ms)],
          drawnMs: [round(r.drawn.medianMs), round(r.drawn.p95Ms)],
          chunkLoadedMs: [round(r.chunkLoaded.medianMs), round(r.chunkLoaded.p95Ms)],
          chunkToInstanceMs: [round(r.chunkToInstance.medianMs), round(r.chunkToInstance.p95Ms)],
          instanceToDrawnMs: [round(r.instanceToDrawn.medianMs), round(r.instanceToDrawn.p95Ms)],
          firstDrawMs: [round(r.firstDraw.medianMs), round(r.firstDraw.p95Ms)],
        },
      ]),
    ),
    panZoom: Object.fromEntries(
      interactions.map((r) => [
        r.build,
        {
          frames: r.panZoom.frames,
          idleFrameMs: [round(r.idle.medianMs), round(r.idle.p95Ms), round(r.idle.maxMs)],
          frameMs: [round(r.panZoom.medianMs), round(r.panZoom.p95Ms), round(r.panZoom.maxMs)],
          over16: round(r.panZoom.over16),
          over33: round(r.panZoom.over33),
          redrawMs: [round(r.panZoom.redraw.medianMs), round(r.panZoom.redraw.p95Ms)],
        },
      ]),
    ),
  };
  return ['```json', JSON.stringify(summary), '```'].join('\n');
}

function markdown(
  result: Omit<WebResult, 'markdown'>,
  options: { synthetic: Array<{ roles: number; transitionsPerRole: number }> },
): string {
  const { loads, interactions } = result;
  const syntheticNote = options.synthetic
    .map((s) => `${s.roles.toLocaleString('en-US')} roles with up to ${s.transitionsPerRole} moves out of each`)
    .join('; ');
  return [
    `${result.browserVersion ?? 'Chromium'}, headless, software rendering (\`--disable-gpu\`), viewport ${VIEWPORT.width}×${VIEWPORT.height}, load average ${result.loadAverage?.toFixed(2) ?? 'n/a'} when the measurements started (the page shares the CPUs with everything else running); the production build served by \`vite preview\` on 127.0.0.1, each synthetic graph (bench/synthetic-graph.ts: ${syntheticNote}) built into the app through \`SECPATH_GRAPH_DATA\`. Times are \`performance.now()\` in the page, from navigation start.`,
    '',
    '### Page load',
    '',
    "Fresh loads of a plan link (a new browser context each, so nothing is cached or stored; an unmeasured load first): until the frame showing the route's steps has been rendered, until the graph's container says `data-ready=\"true\"`, and until the frame with Cytoscape's first drawing has been rendered (it can come before `data-ready`, which React sets in a later render).",
    '',
    loadTable(loads),
    '',
    '### Graph layout and first draw',
    '',
    "The same loads, split at the lazily loaded Cytoscape chunk: when it arrived, from then until the Cytoscape instance exists (evaluating the chunk, React rendering the component, the layout, the elements and creating Cytoscape), from then until the frame with its first drawing has been rendered, and that first drawing alone by Cytoscape's own redraw timer.",
    '',
    graphTable(loads),
    '',
    '### Panning and zooming',
    '',
    `requestAnimationFrame intervals in the page while Playwright turns the wheel over the graph (notches of 100 px, in then out) and drags it there and back from an empty spot, one input event about every frame, against a second of the same page left idle; a frame is late when it is over 16.7 ms or 33.3 ms by more than ${FRAME_JITTER_MS} ms of timer jitter; Cytoscape redraws are its own drawing time per redraw in the same window.`,
    '',
    interactions.length ? frameTable(interactions) : 'Not measured (no synthetic graph in this run).',
    '',
    machineSummary(loads, interactions),
  ].join('\n');
}

/** Builds the app with the shipped and synthetic graph data, then measures each build in Chromium. */
export async function benchWeb(options: WebOptions): Promise<WebResult> {
  const began = performance.now();
  const log = (text: string) =>
    process.stderr.write(`web: [${((performance.now() - began) / 1000).toFixed(1)} s] ${text}\n`);
  const loadsPerBuild = options.loads ?? (options.quick ? 3 : 15);
  const interactionMs = options.interactionMs ?? (options.quick ? 1500 : 5000);
  const shippedData = loadGraphDataDir(join(REPO, 'graph-data'));
  if (!shippedData.ok) throw new Error('graph-data does not load; run `npm run -s secpath -- validate`');
  // The shipped graph has about three moves out of each role; the synthetic ones keep that density.
  const density = Math.max(1, Math.round(shippedData.data.transitions.length / shippedData.data.roles.length));
  const synthetic = options.synthetic ?? [{ roles: options.quick ? 300 : 1_000, transitionsPerRole: density }];

  if (!existsSync(CHROMIUM)) {
    const skipped = `Chromium not found at ${CHROMIUM}; install it with \`apt-get install -y chromium\` (or set SECPATH_CHROMIUM).`;
    return { markdown: `Not measured: ${skipped}`, skipped, loads: [], interactions: [] };
  }
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
  } catch (error) {
    const skipped = `Chromium at ${CHROMIUM} did not start: ${(error as Error).message.split('\n')[0]}`;
    return { markdown: `Not measured: ${skipped}`, skipped, loads: [], interactions: [] };
  }

  const work = mkdtempSync(join(tmpdir(), 'secpath-web-bench-'));
  const servers: PreviewServer[] = [];
  try {
    const builds: AppBuild[] = [
      {
        name: 'shipped',
        data: shippedData.data,
        outDir: options.shippedBuild ?? join(work, 'shipped'),
        path: `/?v=1&from=it-support-specialist&to=information-security-manager&${PROFILE_QUERY}`,
      },
    ];
    const dataDirs: Array<string | undefined> = [undefined];
    for (const [i, size] of synthetic.entries()) {
      const data = syntheticGraphData(shippedData.data, {
        roles: size.roles,
        transitionsPerRole: size.transitionsPerRole,
        seed: 11,
      });
      const dataDir = join(work, `data-${i}`);
      mkdirSync(dataDir);
      for (const [file, text] of Object.entries(texts(data))) writeFileSync(join(dataDir, file), text ?? '');
      builds.push({
        name: `synthetic ${size.roles.toLocaleString('en-US')}`,
        data,
        outDir: join(work, `synthetic-${i}`),
        path: planPath(data, 5 + i),
      });
      dataDirs.push(dataDir);
    }
    const toBuild = builds
      .map((build, i) => ({ build, dataDir: dataDirs[i] }))
      .filter(({ build }) => build.outDir !== options.shippedBuild);
    log(`building the app ${toBuild.length} times`);
    await Promise.all(toBuild.map(({ build, dataDir }) => buildApp(build.outDir, dataDir)));

    log('built');
    const loads: PageLoadResult[] = [];
    const interactions: InteractionResult[] = [];
    const loadAverage = loadavg()[0];
    for (const build of builds) {
      const { server, url } = await startPreview(build.outDir);
      servers.push(server);
      log(`${build.name}: ${loadsPerBuild} page loads of ${build.path}`);
      // Panning and zooming runs on the last loaded page of each synthetic graph.
      const panZoom =
        build.name === 'shipped'
          ? undefined
          : async (page: Page) => {
              log(`${build.name}: pan and zoom for ${interactionMs} ms`);
              interactions.push(await benchPanZoom(page, build, interactionMs));
            };
      loads.push(await benchLoads(browser, build, url, loadsPerBuild, options.warmupLoads ?? 1, panZoom));
    }
    const result = { browserVersion: `Chromium ${browser.version()}`, loadAverage, loads, interactions };
    return { ...result, markdown: markdown(result, { synthetic }) };
  } finally {
    for (const server of servers) await server.close();
    await browser.close();
    rmSync(work, { recursive: true, force: true });
  }
}
