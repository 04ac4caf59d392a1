import { readTextFile } from '../data/read-dir.ts';
import { MAX_IMPORT_BYTES, tooLargeIssue } from '../export/limits.ts';
import { quoted } from './args.ts';
import { CliFault, resolveFromCwd, type CliIO } from './io.ts';

/**
 * Reads a file given on the command line (--plan, --resume), at most 5 MB: a device, a pipe or
 * a FIFO is read through a descriptor that stops at the limit, so `--plan /dev/zero` is
 * refused after 5 MB instead of filling the memory. Any fault is one line naming the path.
 */
export function readInputFile(io: CliIO, option: string, path: string, what: string): string {
  const read = readTextFile(resolveFromCwd(io, path), MAX_IMPORT_BYTES);
  if (read.ok) return read.text;
  if (read.tooLarge) throw new CliFault(`${option} ${quoted(path)}: ${tooLargeIssue(path, read.size, what)!.message}`);
  throw new CliFault(`${option} ${quoted(path)}: cannot read it: ${read.problem}`);
}
