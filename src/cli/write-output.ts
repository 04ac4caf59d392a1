import { writeFileSync } from 'node:fs';
import { resolveFromCwd, type CliIO } from './io.ts';

/** Writes to --out FILE when given (saying where), otherwise to standard output. */
export function writeOutput(io: CliIO, text: string, out: string | undefined): void {
  if (out === undefined) {
    io.stdout(text);
    return;
  }
  const path = resolveFromCwd(io, out);
  writeFileSync(path, text);
  io.stderr(`wrote ${out}\n`);
}
