import type { Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describeFileError } from '../data/read-dir.ts';
import { quoted } from './args.ts';
import { CliFault, NODE_FILES, resolveFromCwd, type CliFiles, type CliIO } from './io.ts';

/** Writes to --out FILE when given (saying where), otherwise to standard output. */
export function writeOutput(io: CliIO, text: string, out: string | undefined): void {
  if (out === undefined) {
    io.stdout(text);
    return;
  }
  const fail = (what: string) => new CliFault(`--out ${quoted(out)}: ${what}`);
  if (/[/\\]$/.test(out)) throw fail('names a folder; give a file name');
  writeFileAtomically(io.files ?? NODE_FILES, resolveFromCwd(io, out), text, fail);
  io.stderr(`wrote ${out}\n`);
}

function code(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | null)?.code;
}

/**
 * Replaces `path` with `text` so that a reader sees the old file or the new one, never a part:
 * the text goes to a temporary file beside it (same folder, so same file system), is flushed to
 * the disk, and is renamed over the target. A full disk, a crash or a kill leaves the old file
 * whole and removes the temporary one. The old file's permissions are kept; a symbolic link is
 * followed, so the file it points to is replaced. Devices and pipes (/dev/stdout, /dev/null)
 * cannot be replaced: they are written into.
 */
export function writeFileAtomically(fs: CliFiles, path: string, text: string, fail: (what: string) => Error): void {
  let target = path;
  let existing: Stats | undefined;
  try {
    if (fs.lstatSync(path).isSymbolicLink()) target = fs.realpathSync(path);
    existing = fs.statSync(target);
  } catch (error) {
    if (code(error) !== 'ENOENT') throw fail(`cannot write it: ${describeFileError(error)}`);
  }
  if (existing?.isDirectory()) throw fail('is a folder; give a file name');
  const bytes = Buffer.from(text, 'utf8');
  if (existing && !existing.isFile()) {
    writeInto(fs, target, bytes, fail);
    return;
  }
  const folder = dirname(target);
  const temporary = join(folder, `.${basename(target)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`);
  let fd: number;
  try {
    fd = fs.openSync(temporary, 'wx', 0o666);
  } catch (error) {
    if (code(error) === 'ENOENT') {
      // ENOENT for a folder that exists: a file system such as /proc that takes no new files.
      if (!isFolder(fs, folder)) throw fail(`cannot write it: the folder ${quoted(folder)} does not exist`);
      throw fail(`cannot write a file in ${quoted(folder)}: the folder takes no new files (ENOENT)`);
    }
    throw fail(`cannot write a file in ${quoted(folder)}: ${describeFileError(error)}`);
  }
  const unchanged = existing ? 'the file was left as it was' : 'nothing was written';
  try {
    writeAll(fs, fd, bytes);
    if (existing) fs.fchmodSync(fd, existing.mode & 0o7777);
    try {
      fs.fsyncSync(fd);
    } catch (error) {
      // Some file systems cannot flush on request; the rename below still replaces the file whole.
      if (!['EINVAL', 'ENOTSUP', 'EROFS'].includes(code(error) ?? '')) throw error;
    }
    fs.closeSync(fd);
    fd = -1;
    fs.renameSync(temporary, target);
  } catch (error) {
    if (fd !== -1) {
      try {
        fs.closeSync(fd);
      } catch {
        // Already failing; the write error is the one to report.
      }
    }
    try {
      fs.unlinkSync(temporary);
    } catch {
      // Nothing to remove.
    }
    throw fail(`cannot write it: ${describeFileError(error)}; ${unchanged}`);
  }
}

function isFolder(fs: CliFiles, path: string): boolean {
  try {
    return fs.statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function writeAll(fs: CliFiles, fd: number, bytes: Buffer): void {
  let written = 0;
  while (written < bytes.length) written += fs.writeSync(fd, bytes, written, bytes.length - written);
}

function writeInto(fs: CliFiles, target: string, bytes: Buffer, fail: (what: string) => Error): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(target, 'w');
    writeAll(fs, fd, bytes);
  } catch (error) {
    throw fail(`cannot write it: ${describeFileError(error)}`);
  } finally {
    if (fd !== undefined) {
      try {
        fs.closeSync(fd);
      } catch {
        // A device may report its write error again on close; it was reported above.
      }
    }
  }
}
