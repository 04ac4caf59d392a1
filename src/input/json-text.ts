import type { DataIssue } from './issues.ts';

/** Where in a text a character offset falls, for JSON syntax errors. */
function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

/**
 * No file secpath reads nests arrays and objects more than a handful deep (graph-data: 8, a
 * plan file about as much). Far deeper is a hostile or broken file: refused before parsing,
 * so nothing after (zod, messages that show the value) ever walks a value 100,000 deep.
 */
export const MAX_JSON_DEPTH = 64;

/** The offset of the bracket that opens level `max + 1`, or -1; strings are skipped, so "[[[" inside one does not count. */
export function offsetBeyondDepth(text: string, max: number): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return i;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return -1;
}

/**
 * The one JSON text reader for every file secpath takes in (graph-data, plan files, résumés),
 * in Node and in the browser alike. A UTF-8 byte-order mark, which Windows editors write, is
 * dropped here, as the browser's File.text() already does, so a file opens the same in both.
 */
export function parseJsonText(file: string, text: string): { value?: unknown; issues: DataIssue[] } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const deep = offsetBeyondDepth(body, MAX_JSON_DEPTH);
  if (deep !== -1) {
    return {
      issues: [
        {
          file,
          path: [],
          message: `nests arrays and objects more than ${MAX_JSON_DEPTH} levels deep (at ${lineAndColumn(body, deep)}); no secpath file nests that deep`,
        },
      ],
    };
  }
  try {
    return { value: JSON.parse(body) as unknown, issues: [] };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const where = position ? ` at ${lineAndColumn(body, Number(position[1]))}` : '';
    return {
      issues: [{ file, path: [], message: `is not valid JSON${where}: ${message.replace(/^JSON\.parse: /, '')}` }],
    };
  }
}
