/**
 * A fault found in graph-data/ (or any other input secpath reads). Every issue says where
 * (file and a JSONPath inside it), what was found, what was expected, and a hint when one helps.
 */
export interface DataIssue {
  file: string;
  path: ReadonlyArray<string | number>;
  message: string;
  hint?: string;
}

/** `$.transitions[12].to` */
export function jsonPath(path: ReadonlyArray<string | number>): string {
  let out = '$';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(part)) out += `.${part}`;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out;
}

export function formatIssue(issue: DataIssue): string {
  const hint = issue.hint ? ` (${issue.hint})` : '';
  // A fault of the whole file names only the file: "plan.json: is not valid JSON", not "plan.json $:".
  return `${issue.file}${issue.path.length === 0 ? '' : ` ${jsonPath(issue.path)}`}: ${issue.message}${hint}`;
}

/**
 * Shows a found value briefly: strings quoted, long values cut, so messages stay one line.
 * Written without JSON.stringify, which recurses: a value nested 100,000 deep overflowed the
 * stack here, and String() on it overflowed again. Only what fits in the line is visited.
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = preview(value, 0, { left: PREVIEW_CHARACTERS + 1 });
  const safe = text.replace(
    /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return safe.length > PREVIEW_CHARACTERS ? `${safe.slice(0, PREVIEW_CHARACTERS - 3)}...` : safe;
}

const PREVIEW_CHARACTERS = 80;
/** Deeper than this a preview shows "..."; a line of 80 characters never needs more. */
const PREVIEW_DEPTH = 20;

/** Writes `value` as JSON until about `budget.left` characters are written; nesting is cut at PREVIEW_DEPTH. */
function preview(value: unknown, depth: number, budget: { left: number }): string {
  let out: string;
  if (value === null) out = 'null';
  else if (typeof value === 'string') out = JSON.stringify(value.slice(0, Math.max(0, budget.left)));
  else if (typeof value !== 'object') out = String(value);
  else if (depth >= PREVIEW_DEPTH) out = Array.isArray(value) ? '[...]' : '{...}';
  else {
    // Keys are walked one at a time, so a list of a million entries costs only what is shown.
    const list = Array.isArray(value);
    const parts: string[] = [];
    budget.left -= 2;
    for (const key in value) {
      if (budget.left <= 0) break;
      if (!Object.hasOwn(value, key)) continue;
      const name = list ? '' : `${JSON.stringify(key)}:`;
      budget.left -= name.length + 1;
      parts.push(`${name}${preview((value as Record<string, unknown>)[key], depth + 1, budget)}`);
    }
    return list ? `[${parts.join(',')}]` : `{${parts.join(',')}}`;
  }
  budget.left -= out.length;
  return out;
}

const MEGABYTE = 1024 * 1024;

/**
 * "is 6.0 MB; a plan file is at most 5 MB". Where one decimal would round a size down to the
 * limit ("5.0 MB" for 5 MB and a byte), the size is given in bytes; a size only known to be
 * over the limit (a read that stopped there) reads "is more than 5 MB".
 */
export function sizeOverLimitMessage(size: number | 'over', limitBytes: number, what: string): string {
  const limit = `${what} is at most ${formatMegabytes(limitBytes)}`;
  if (size === 'over') return `is more than ${formatMegabytes(limitBytes)}; ${limit}`;
  const shown = (size / MEGABYTE).toFixed(1);
  if (Number(shown) * MEGABYTE > limitBytes) return `is ${shown} MB; ${limit}`;
  return `is ${size.toLocaleString('en-US')} bytes; ${limit} (${limitBytes.toLocaleString('en-US')} bytes)`;
}

function formatMegabytes(bytes: number): string {
  return `${Number((bytes / MEGABYTE).toFixed(1))} MB`;
}
