import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { closestMatches } from '../data/suggest.ts';

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
}

/** Exit codes: 0 fine, 1 the input data or plan has faults, 2 the command line is wrong. */
export const EXIT_OK = 0;
export const EXIT_DATA = 1;
export const EXIT_USAGE = 2;

/** A wrong command line: reported as one line naming the argument, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** The repository root: the nearest folder above this module holding secpath's package.json (the CLI may run bundled). */
function repositoryRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && /"name":\s*"secpath"/.test(readFileSync(manifest, 'utf8'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the secpath repository around the CLI');
    dir = parent;
  }
}

export const SHIPPED_GRAPH_DATA_DIR = join(repositoryRoot(), 'graph-data');

export function resolveFromCwd(io: CliIO, path: string): string {
  return resolve(io.cwd, path);
}

/** Checks an option value against the allowed ones, suggesting the closest. */
export function oneOf<T extends string>(option: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  const near = closestMatches(value, allowed, 1);
  const hint = near.length > 0 ? ` (did you mean "${near[0]}"?)` : '';
  throw new UsageError(`${option} must be one of ${allowed.join(', ')}; got "${value}"${hint}`);
}
