import type { z } from 'zod';
import { describeValue, type DataIssue } from './issues.ts';
import { didYouMean } from '../names/suggest.ts';

type ZodIssue = z.core.$ZodIssue;

function valueAt(root: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let node: unknown = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key as string];
  }
  return node;
}

function toPath(path: ReadonlyArray<PropertyKey>): Array<string | number> {
  return path.map((p) => (typeof p === 'number' ? p : String(p)));
}

/** For a failed union, the branch whose issues are fewest is the one the author most likely meant. */
function bestUnionBranch(branches: ZodIssue[][]): ZodIssue[] {
  let best = branches[0] ?? [];
  for (const branch of branches) if (branch.length < best.length) best = branch;
  return best;
}

/**
 * Turns zod issues into DataIssues that say what was found and what was expected, with a
 * "did you mean" for enum values; union failures are reported through their closest branch.
 */
export function zodIssuesToDataIssues(
  file: string,
  input: unknown,
  issues: readonly ZodIssue[],
  prefix: ReadonlyArray<PropertyKey> = [],
): DataIssue[] {
  const out: DataIssue[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    const found = valueAt(input, path);
    switch (issue.code) {
      case 'invalid_union': {
        const branch = bestUnionBranch(issue.errors as ZodIssue[][]);
        if (branch.length === 0)
          out.push({
            file,
            path: toPath(path),
            message: `found ${describeValue(found)}, which matches none of the allowed shapes`,
          });
        else out.push(...zodIssuesToDataIssues(file, input, branch, path));
        break;
      }
      case 'invalid_type':
        out.push({
          file,
          path: toPath(path),
          message:
            found === undefined
              ? `is missing (expected ${issue.expected})`
              : `expected ${issue.expected}, found ${describeValue(found)}`,
        });
        break;
      case 'invalid_value': {
        const allowed = issue.values.map((v) => JSON.stringify(v));
        const hint = typeof found === 'string' ? didYouMean(found, issue.values.map(String)) : undefined;
        out.push({
          file,
          path: toPath(path),
          message: `expected ${allowed.length === 1 ? allowed[0] : `one of ${allowed.join(', ')}`}, found ${describeValue(found)}`,
          ...(hint ? { hint } : {}),
        });
        break;
      }
      case 'unrecognized_keys':
        for (const key of issue.keys) {
          out.push({
            file,
            path: toPath([...path, key]),
            message: `is not a known field (remove it or check its spelling)`,
          });
        }
        break;
      default:
        out.push({ file, path: toPath(path), message: `${issue.message}; found ${describeValue(found)}` });
    }
  }
  return out;
}
