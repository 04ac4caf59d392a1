import * as nodeFs from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatIssue, type DataIssue } from '../input/issues.ts';

/** The file system calls the CLI makes to write --out; tests pass one that fails on purpose. */
export type CliFiles = Pick<
  typeof nodeFs,
  | 'openSync'
  | 'writeSync'
  | 'fsyncSync'
  | 'closeSync'
  | 'renameSync'
  | 'unlinkSync'
  | 'statSync'
  | 'lstatSync'
  | 'realpathSync'
  | 'fchmodSync'
>;

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  /** The file system for --out; node:fs when not given. */
  files?: CliFiles;
}

export const NODE_FILES: CliFiles = nodeFs;

export { EXIT } from './exit-codes.mjs';

/** A wrong command line: reported as one line naming the argument, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Something outside the command line went wrong (a file, a device, the disk): one line naming the path, exit code 1. */
export class CliFault extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliFault';
  }
}

/** Prints every issue on its own line ("file $.path: message"), then how many there were when asked. */
export function printIssues(io: CliIO, issues: readonly DataIssue[], options: { count?: boolean } = {}): void {
  for (const issue of issues) io.stderr(`${formatIssue(issue)}\n`);
  if (options.count) io.stderr(`${issues.length} problem${issues.length === 1 ? '' : 's'} found\n`);
}

interface PackageInfo {
  root: string;
  version: string;
}

let packageInfo: PackageInfo | undefined;

/**
 * The folder of secpath's own package.json: the nearest one above this module named "secpath".
 * It holds graph-data/ wherever the CLI runs from: the repository, its bundle under
 * node_modules/.cache, or an installed copy (npm install -g, npm link: Node resolves the bin
 * link to the real file, so the walk starts in the package, not in the bin folder).
 */
export function secpathPackage(): PackageInfo {
  if (packageInfo) return packageInfo;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (nodeFs.existsSync(manifest)) {
      try {
        const parsed = JSON.parse(nodeFs.readFileSync(manifest, 'utf8')) as { name?: unknown; version?: unknown };
        if (parsed.name === 'secpath') {
          packageInfo = { root: dir, version: typeof parsed.version === 'string' ? parsed.version : 'unknown' };
          return packageInfo;
        }
      } catch {
        // Another package's broken manifest: keep looking further up.
      }
    }
    const parent = dirname(dir);
    if (parent === dir)
      throw new CliFault(
        `cannot find secpath's package.json above ${fileURLToPath(import.meta.url)}; reinstall secpath`,
      );
    dir = parent;
  }
}

export function shippedGraphDataDir(): string {
  return join(secpathPackage().root, 'graph-data');
}

export function resolveFromCwd(io: CliIO, path: string): string {
  return resolve(io.cwd, path);
}
