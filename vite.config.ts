/// <reference types="vitest/config" />
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { loadGraphDataDir } from './src/data/read-dir.ts';
import { formatIssue } from './src/input/issues.ts';
import { GRAPH_DATA_FILE_NAMES, type GraphData } from './src/model/graph-data.ts';

const GRAPH_DATA_MODULE = 'virtual:secpath-graph-data';

/**
 * What the page needs of the validated data: everything its screens, planner and exports read.
 * Left out: the list of refused hosts (a check on the data files, already run) and each
 * source's note on what it says (no screen shows it; the files keep it). About 10 KB of gzipped
 * first-view JavaScript.
 */
function forTheBrowser(data: GraphData): GraphData {
  return { ...data, refusedHosts: [], sources: data.sources.map(({ note: _note, ...source }) => source) };
}

/**
 * Serves graph-data/ to the app as a module, validated at build time by the same loader the
 * CLI uses: a fault fails the build (or shows in the dev overlay) with its file and path, and
 * the browser receives data it can trust without shipping the validator up front.
 * SECPATH_GRAPH_DATA points it at another folder.
 */
function graphDataPlugin(): Plugin {
  const dir = resolve(process.env.SECPATH_GRAPH_DATA ?? 'graph-data');
  return {
    name: 'secpath-graph-data',
    resolveId(id) {
      return id === GRAPH_DATA_MODULE ? `\0${GRAPH_DATA_MODULE}` : undefined;
    },
    load(id) {
      if (id !== `\0${GRAPH_DATA_MODULE}`) return undefined;
      for (const name of GRAPH_DATA_FILE_NAMES) this.addWatchFile(resolve(dir, name));
      const result = loadGraphDataDir(dir);
      if (!result.ok) this.error(`graph-data is not valid:\n${result.issues.map(formatIssue).join('\n')}`);
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(forTheBrowser(result.data)))});`;
    },
  };
}

/**
 * The page's Content-Security-Policy: scripts, styles and everything else only from the page's
 * own origin, no inline script, no plugins, no framing, no form posts. Images may also be data:
 * and blob: URLs (the graph image is made in the page). style-src allows inline style attributes
 * set from script (the pay bars), never inline <style> or <script> in markup a file could carry.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * Ships the policy in the built page as a meta tag, so it holds wherever dist/ is served. The
 * dev server (npm start) runs without it: React's fast refresh needs an inline script there.
 */
function contentSecurityPolicyPlugin(): Plugin {
  return {
    name: 'secpath-content-security-policy',
    apply: 'build',
    transformIndexHtml(html) {
      return html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      );
    },
  };
}

/** What `vite preview` adds to every response: the policy again, with framing forbidden (not possible in a meta tag). */
const PREVIEW_HEADERS = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

// The web app lives in src/ (index.html included) so the top level stays as the project
// layout prescribes; public/ holds static files served as they are.
/**
 * `vite build --mode cli` bundles the command line into node_modules/.cache/secpath-cli/main.mjs
 * (npm install runs it through "prepare", src/cli/build-bundle.mjs, which skips it when vite is
 * not installed): one file starts several times faster than compiling the TypeScript sources
 * on every run. src/cli/secpath.mjs uses it while it is newer than the sources, and runs the
 * sources through tsx otherwise.
 */
const cliConfig = defineConfig({
  publicDir: false,
  logLevel: 'warn',
  build: {
    ssr: 'src/cli/main.ts',
    outDir: 'node_modules/.cache/secpath-cli',
    emptyOutDir: true,
    target: 'node20',
    rollupOptions: { output: { entryFileNames: 'main.mjs', format: 'es' } },
  },
  ssr: { noExternal: true },
});

/**
 * `vite build --mode bench` bundles a benchmark (bench/run.ts, or the entry in SECPATH_BENCH_ENTRY)
 * into node_modules/.cache/secpath-bench/, as the CLI is bundled: the planner is measured as the
 * CLI and the web app run it. Through tsx it is not: tsx compiles every module with esbuild's
 * keepNames, which wraps each function and closure the planner makes in a naming call, and that
 * alone made a shipped plan about a fifth slower. bench/start.mjs builds it and runs it.
 */
const benchEntry = process.env.SECPATH_BENCH_ENTRY ?? 'bench/run.ts';
const benchConfig = defineConfig({
  publicDir: false,
  logLevel: 'warn',
  // The harness finds graph-data/, RESULTS.md and the repository from its own folder.
  define: { 'import.meta.dirname': JSON.stringify(resolve('bench')) },
  build: {
    ssr: benchEntry,
    outDir: 'node_modules/.cache/secpath-bench',
    emptyOutDir: true,
    target: 'node20',
    rollupOptions: { output: { entryFileNames: '[name].mjs', format: 'es' } },
  },
  // The planner and its libraries in the bundle, as the CLI has them; the browser driver and vite stay outside.
  ssr: { noExternal: true, external: ['playwright-core', 'vite'] },
});

const appConfig = defineConfig({
  root: 'src',
  publicDir: '../public',
  plugins: [react(), graphDataPlugin(), contentSecurityPolicyPlugin()],
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: false, headers: PREVIEW_HEADERS },
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    sourcemap: false,
  },
  test: {
    root: '.',
    // Two test files at a time, whatever the machine: vitest's default of one fewer than the
    // processors runs a 2-core machine's files one by one, though a browser test spends much of
    // its time waiting on Chromium, a child process or a timer.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          root: '.',
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/e2e/**', 'tests/bench/**'],
          environment: 'node',
          // Property tests run thousands of cases; next to a browser test on a shared 2-core
          // machine one can take several times its usual second or two.
          testTimeout: 30_000,
        },
      },
      {
        // Benchmarks at tiny sizes: production builds, Chromium and child processes, apart from
        // the quick unit tests (`npm run test:unit` runs the unit project alone).
        extends: true,
        test: {
          name: 'bench',
          root: '.',
          include: ['tests/bench/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          root: '.',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // A page plans in a worker and loads its graph lazily; on a busy machine that takes
          // seconds, not the one second expect.poll allows by default. A poll still ends the
          // moment its condition holds.
          expect: { poll: { timeout: 20_000 } },
        },
      },
    ],
  },
});

export default defineConfig((env) => (env.mode === 'cli' ? cliConfig : env.mode === 'bench' ? benchConfig : appConfig));
