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
  return `${issue.file} ${jsonPath(issue.path)}: ${issue.message}${hint}`;
}

/** Raised when input cannot be used; carries every issue found, not only the first. */
export class GraphDataError extends Error {
  readonly issues: readonly DataIssue[];
  constructor(issues: readonly DataIssue[]) {
    const head = issues.slice(0, 20).map(formatIssue).join('\n');
    const more = issues.length > 20 ? `\n... and ${issues.length - 20} more` : '';
    super(`${issues.length} problem${issues.length === 1 ? '' : 's'} in the graph data:\n${head}${more}`);
    this.name = 'GraphDataError';
    this.issues = issues;
  }
}

/** Shows a found value briefly: strings quoted, long values cut, so messages stay one line. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  let text: string;
  try {
    text = typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  text = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
