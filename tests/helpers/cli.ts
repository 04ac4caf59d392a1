import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { join } from 'node:path';
import type { CliFiles } from '../../src/cli/io.ts';
import { main } from '../../src/cli/main.ts';

export const REPO = join(import.meta.dirname, '..', '..');
export const SECPATH_BIN = join(REPO, 'src', 'cli', 'secpath.mjs');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in this process, capturing its output: fast, for most CLI tests. `files` replaces the file system --out writes through. */
export async function runCli(args: string[], cwd = REPO, files?: CliFiles): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    cwd,
    ...(files ? { files } : {}),
  });
  return { code, stdout, stderr };
}

export interface SpawnOptions {
  /** Standard input's content. */
  input?: string | Buffer;
  /** Where standard output goes: captured by default, or a file descriptor such as /dev/full's. */
  stdout?: number;
  /** Run as another user (tests running as root use it to meet permissions). */
  uid?: number;
}

/** Runs the real `secpath` executable in a child process, as a person would. */
export function spawnCli(args: string[], cwd = REPO, options: SpawnOptions = {}): CliRun {
  const spawnOptions: SpawnSyncOptions = {
    cwd,
    encoding: 'utf8',
    stdio: ['pipe', options.stdout ?? 'pipe', 'pipe'],
    ...(options.input === undefined ? {} : { input: options.input }),
    ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.uid }),
  };
  const result = spawnSync(process.execPath, [SECPATH_BIN, ...args], spawnOptions);
  return { code: result.status ?? -1, stdout: String(result.stdout ?? ''), stderr: String(result.stderr ?? '') };
}

/** A user id with no rights beyond everyone's, when the tests run as root (who passes every permission check); otherwise none is needed. */
export const UNPRIVILEGED_UID: number | undefined = process.getuid?.() === 0 ? 65534 : undefined;
