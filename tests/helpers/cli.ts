import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { main } from '../../src/cli/main.ts';

export const REPO = join(import.meta.dirname, '..', '..');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in this process, capturing its output: fast, for most CLI tests. */
export async function runCli(args: string[], cwd = REPO): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd });
  return { code, stdout, stderr };
}

/** Runs the real `secpath` executable in a child process, as a person would. */
export function spawnCli(args: string[], cwd = REPO): CliRun {
  const result = spawnSync(process.execPath, [join(REPO, 'src', 'cli', 'secpath.mjs'), ...args], { cwd, encoding: 'utf8' });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
