// Node-only: reads files and graph-data folders from disk. The rest of the core never touches the file system.
import { closeSync, fstatSync, lstatSync, openSync, readlinkSync, readSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { GRAPH_DATA_FILE_NAMES } from '../model/index.ts';
import { loadGraphData, type LoadResult } from './load.ts';
import { MAX_GRAPH_DATA_FILE_BYTES, type GraphDataTexts } from './parse-files.ts';
import { sizeOverLimitMessage, type DataIssue } from '../input/issues.ts';

/**
 * What went wrong, in words that follow "cannot read "FILE": ", for the errors a file system
 * gives; the code stays in brackets for searching.
 */
const FILE_ERRORS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  ENOTDIR: 'a part of the path is not a folder',
  EISDIR: 'it is a folder',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ELOOP: 'a loop of symbolic links',
  ENAMETOOLONG: 'the name is too long',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the file system is read-only',
  EIO: 'input/output error',
  EFBIG: 'the file would be too large',
  EBUSY: 'it is busy',
  ETXTBSY: 'it is busy',
  EMFILE: 'too many files are open',
  ENFILE: 'too many files are open',
  ENXIO: 'no device or reader behind it',
  EINVAL: 'the operation is not allowed on it',
  EAGAIN: 'nothing to read yet',
  EXDEV: 'it is on another file system',
};

/** "permission denied (EACCES)"; unknown errors keep their own message, on one line. */
export function describeFileError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code !== undefined && Object.hasOwn(FILE_ERRORS, code)) return `${FILE_ERRORS[code]} (${code})`;
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!;
}

export type FileRead =
  | { ok: true; text: string }
  | { ok: false; tooLarge: true; size: number | 'over' }
  | { ok: false; tooLarge: false; problem: string; code?: string };

const CHUNK_BYTES = 64 * 1024;

/**
 * Reads a UTF-8 text file through a descriptor, never more than `maxBytes` + 1 bytes. stat()
 * says 0 bytes for devices, pipes and FIFOs (/dev/zero, /dev/stdin, <(command)), so its size
 * is trusted only to refuse a large regular file early; the read itself stops at the cap.
 */
export function readTextFile(path: string, maxBytes: number): FileRead {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    return fault(error);
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory())
      return { ok: false, tooLarge: false, problem: `${FILE_ERRORS.EISDIR} (EISDIR)`, code: 'EISDIR' };
    if (stat.isFile() && stat.size > maxBytes) return { ok: false, tooLarge: true, size: stat.size };
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, maxBytes + 1 - total));
      const read = readRetrying(fd, chunk);
      if (read === 0) break;
      chunks.push(chunk.subarray(0, read));
      total += read;
      if (total > maxBytes)
        return { ok: false, tooLarge: true, size: stat.isFile() ? Math.max(total, stat.size) : 'over' };
    }
    return decodeUtf8(Buffer.concat(chunks, total));
  } catch (error) {
    return fault(error);
  } finally {
    closeSync(fd);
  }
}

/** A pipe opened without blocking answers EAGAIN until its writer has written: wait a little and read again. */
function readRetrying(fd: number, buffer: Buffer): number {
  for (let waited = 0; ; waited += 10) {
    try {
      return readSync(fd, buffer, 0, buffer.length, null);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN' || waited > 30_000) throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
    }
  }
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

function decodeUtf8(bytes: Buffer): FileRead {
  try {
    return { ok: true, text: UTF8.decode(bytes) };
  } catch {
    const utf16 =
      bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
    return {
      ok: false,
      tooLarge: false,
      problem: `is not UTF-8 text${utf16 ? ' (it is UTF-16: save it as UTF-8)' : ''}`,
    };
  }
}

function fault(error: unknown): FileRead {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return { ok: false, tooLarge: false, problem: describeFileError(error), ...(code ? { code } : {}) };
}

/** Why a graph-data file could not be read, or undefined when it is simply absent (the loader lists what a folder needs). */
function unreadable(path: string, read: Exclude<FileRead, { ok: true }>): string | undefined {
  if (read.tooLarge) return sizeOverLimitMessage(read.size, MAX_GRAPH_DATA_FILE_BYTES, 'a graph-data file');
  if (read.code === undefined) return read.problem;
  if (read.code === 'EISDIR') return 'is a folder, not a file';
  if (read.code !== 'ENOENT') return `cannot be read: ${read.problem}`;
  try {
    if (lstatSync(path).isSymbolicLink()) return `is a symbolic link to "${readlinkSync(path)}", which does not exist`;
  } catch {
    // Not there at all.
  }
  return undefined;
}

/** How a folder is named in messages: relative to `from` (the folder the person works in), or "." for that folder itself. */
function shownPath(dir: string, from: string): string {
  return relative(from, dir) || '.';
}

export interface ReadDirOptions {
  /** Files are named relative to this folder in messages; the process's current folder by default. */
  relativeTo?: string;
}

export function readGraphDataDir(
  dir: string,
  options: ReadDirOptions = {},
): { texts: GraphDataTexts; issues: DataIssue[] } {
  const texts: GraphDataTexts = {};
  const issues: DataIssue[] = [];
  const shown = shownPath(dir, options.relativeTo ?? process.cwd());
  try {
    if (!statSync(dir).isDirectory()) return { texts, issues: [{ file: shown, path: [], message: 'is not a folder' }] };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      texts,
      issues: [
        {
          file: shown,
          path: [],
          message: code === 'ENOENT' ? 'does not exist' : `cannot be read: ${describeFileError(error)}`,
        },
      ],
    };
  }
  for (const name of GRAPH_DATA_FILE_NAMES) {
    const path = join(dir, name);
    const read = readTextFile(path, MAX_GRAPH_DATA_FILE_BYTES);
    if (read.ok) {
      texts[name] = read.text;
      continue;
    }
    const problem = unreadable(path, read);
    if (problem !== undefined) issues.push({ file: join(shown, name), path: [], message: problem });
  }
  return { texts, issues };
}

export function loadGraphDataDir(dir: string, options: ReadDirOptions = {}): LoadResult {
  const { texts, issues } = readGraphDataDir(dir, options);
  if (issues.length > 0) return { ok: false, issues };
  const shown = shownPath(dir, options.relativeTo ?? process.cwd());
  return loadGraphData(texts, { fileLabel: (name) => join(shown, name) });
}
