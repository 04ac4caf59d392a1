import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { summarize, type Timing } from './stats.ts';

const REPO = join(import.meta.dirname, '..');

export interface CliResult {
  command: string;
  plan: Timing;
  nodeBaseline: Timing;
  /** Median cold start of `secpath plan` over median `node -e 0`. */
  ratio: number;
}

/** Where `npm install` bundles the CLI; src/cli/secpath.mjs runs it while it is newer than every source outside src/ui. */
const BUNDLE = join(REPO, 'node_modules', '.cache', 'secpath-cli', 'main.mjs');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'ui') continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Whether `secpath` starts from its bundle, as after `npm install`, rather than compiling its sources through tsx. */
export function cliBundleIsFresh(): boolean {
  return existsSync(BUNDLE) && statSync(BUNDLE).mtimeMs >= newestSource(join(REPO, 'src'));
}

function timeProcess(args: string[], runs: number): Timing {
  const samples: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const start = performance.now();
    const result = spawnSync(process.execPath, args, { cwd: REPO, encoding: 'utf8' });
    const elapsed = performance.now() - start;
    if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
    if (i > 0) samples.push(elapsed);
  }
  return summarize(samples);
}

/** Cold start: a new Node process for every run, as a person typing the command gets. */
export function benchCli(runs: number, options: { planArgs?: string[]; rebuild?: boolean } = {}): CliResult {
  const planArgs = options.planArgs ?? ['plan', '--from', 'help desk', '--years-it', '2'];
  if (options.rebuild ?? true) {
    // Measure what `npm install` leaves: the bundled CLI, rebuilt from the current sources.
    const vite = join(REPO, 'node_modules', 'vite', 'bin', 'vite.js');
    const build = spawnSync(process.execPath, [vite, 'build', '--mode', 'cli', '--logLevel', 'error'], {
      cwd: REPO,
      encoding: 'utf8',
    });
    if (build.status !== 0) throw new Error(`building the CLI failed: ${build.stderr}`);
  }
  const plan = timeProcess([join(REPO, 'src', 'cli', 'secpath.mjs'), ...planArgs], runs);
  const nodeBaseline = timeProcess(['-e', '0'], runs);
  return { command: `secpath ${planArgs.join(' ')}`, plan, nodeBaseline, ratio: plan.medianMs / nodeBaseline.medianMs };
}
