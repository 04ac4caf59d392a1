import { sizeOverLimitMessage, type DataIssue } from '../input/issues.ts';

/** Imported files (plans, résumés) larger than this are refused before they are parsed. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/**
 * The issue for an import over the limit, or null; `what` names the kind of file ("a plan
 * file"). `size` is 'over' when a read stopped at the limit without learning the whole size.
 */
export function tooLargeIssue(file: string, size: number | 'over', what: string): DataIssue | null {
  if (size !== 'over' && size <= MAX_IMPORT_BYTES) return null;
  return { file, path: [], message: sizeOverLimitMessage(size, MAX_IMPORT_BYTES, what) };
}
