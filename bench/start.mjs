// `npm run bench [-- args]`: bundles the benchmark harness with vite (vite.config.ts, mode
// "bench") and runs the bundle with --expose-gc, so the planner is measured as the CLI and the
// web app run it, not as tsx compiles it. `node bench/start.mjs --entry=bench/planner-quick.ts
// [args]` does the same for another harness. The exit status is the harness's.
import { spawnSync } from 'node:child_process';
import { basename, join } from 'node:path';
import { build } from 'vite';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const entryArg = args.find((a) => a.startsWith('--entry='));
const entry = entryArg?.slice('--entry='.length) ?? 'bench/run.ts';
process.env.SECPATH_BENCH_ENTRY = entry;
await build({ root, configFile: join(root, 'vite.config.ts'), mode: 'bench', logLevel: 'warn' });
const bundle = join(root, 'node_modules', '.cache', 'secpath-bench', `${basename(entry).replace(/\.ts$/, '')}.mjs`);
const run = spawnSync(process.execPath, ['--expose-gc', bundle, ...args.filter((a) => a !== entryArg)], {
  stdio: 'inherit',
  cwd: root,
});
process.exitCode = run.status ?? 1;
