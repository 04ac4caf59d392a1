import type { DataIssue } from '../data/issues.ts';

/** Imported files (plans, résumés) larger than this are refused before they are parsed. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** The issue for an import over the limit, or null; `what` names the kind of file ("a plan file"). */
export function tooLargeIssue(file: string, size: number, what: string): DataIssue | null {
  if (size <= MAX_IMPORT_BYTES) return null;
  return { file, path: [], message: `is ${(size / 1024 / 1024).toFixed(1)} MB; ${what} is at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB` };
}
