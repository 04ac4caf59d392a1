import { UNSAFE_TEXT_CHARACTERS } from '../model/common.ts';
import { GRAPH_DATA_FILES, GRAPH_DATA_FILE_NAMES, type GraphData, type GraphDataFileName } from '../model/index.ts';
import { sizeOverLimitMessage, type DataIssue } from '../input/issues.ts';
import { parseJsonText } from '../input/json-text.ts';
import { zodIssuesToDataIssues } from '../input/zod-issues.ts';

/** The raw text of each graph-data file, keyed by file name; a missing file is undefined. */
export type GraphDataTexts = Partial<Record<GraphDataFileName, string>>;

/**
 * Files larger than this are refused before parsing. The shipped files are tens of kilobytes;
 * a workforce-framework-sized graph of 10,000 roles with ten moves each writes about 70 MB of
 * transitions, which must still load. Far beyond it is a mistake, not a graph.
 */
export const MAX_GRAPH_DATA_FILE_BYTES = 128 * 1024 * 1024;

/** Graph-data text is shown in pages, terminals, calendars and Markdown: no control characters at all, not even tab or line feed. */
const GRAPH_DATA_FORBIDDEN = new RegExp(`[\\u0000-\\u001f]|${UNSAFE_TEXT_CHARACTERS.source}`, 'u');

const CHARACTER_NAMES: Record<string, string> = {
  '\t': 'a tab',
  '\n': 'a line feed',
  '\r': 'a carriage return',
  '\u0000': 'a NUL',
  '\u0007': 'a bell (BEL)',
  '\u001b': 'an escape (ESC), which starts terminal commands',
  '\u2028': 'a line separator (U+2028)',
  '\u2029': 'a paragraph separator (U+2029)',
  '\u202e': 'a right-to-left override (U+202E), which shows the text after it reversed',
};

function characterName(c: string): string {
  const code = `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  return (
    CHARACTER_NAMES[c] ??
    (/\p{Bidi_Control}/u.test(c) ? `a bidirectional control (${code})` : `a control character (${code})`)
  );
}

/** Every string (and key) in a graph-data file that carries a control character, with its path. */
export function controlCharacterIssues(file: string, value: unknown, path: Array<string | number> = []): DataIssue[] {
  const issues: DataIssue[] = [];
  const visit = (node: unknown, at: Array<string | number>) => {
    if (typeof node === 'string') {
      const found = GRAPH_DATA_FORBIDDEN.exec(node);
      if (found) {
        issues.push({
          file,
          path: at,
          message: `contains ${characterName(found[0])} at character ${found.index + 1}`,
          hint: 'graph-data text is one line of plain text: write it without control, bidirectional or line-break characters',
        });
      }
    } else if (Array.isArray(node)) node.forEach((item, i) => visit(item, [...at, i]));
    else if (node !== null && typeof node === 'object') {
      for (const [key, item] of Object.entries(node)) {
        if (GRAPH_DATA_FORBIDDEN.test(key))
          issues.push({
            file,
            path: [...at, key],
            message: `has a field name with ${characterName(GRAPH_DATA_FORBIDDEN.exec(key)![0])}`,
          });
        else visit(item, [...at, key]);
      }
    }
  };
  visit(value, path);
  return issues;
}

/**
 * Parses and validates every graph-data file with its zod schema. All faults of all files
 * are collected; `data` is present only when every file is valid.
 */
export function parseGraphDataTexts(
  texts: GraphDataTexts,
  fileLabel: (name: GraphDataFileName) => string = (name) => `graph-data/${name}`,
): { data?: GraphData; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const parsed: Partial<Record<GraphDataFileName, unknown>> = {};
  for (const name of GRAPH_DATA_FILE_NAMES) {
    const file = fileLabel(name);
    const text = texts[name];
    if (text === undefined) {
      issues.push({
        file,
        path: [],
        message: 'is missing',
        hint: `every graph-data folder needs ${GRAPH_DATA_FILE_NAMES.join(', ')}`,
      });
      continue;
    }
    if (text.length > MAX_GRAPH_DATA_FILE_BYTES) {
      issues.push({
        file,
        path: [],
        message: sizeOverLimitMessage(text.length, MAX_GRAPH_DATA_FILE_BYTES, 'a graph-data file'),
      });
      continue;
    }
    const json = parseJsonText(file, text);
    if (json.issues.length > 0) {
      issues.push(...json.issues);
      continue;
    }
    issues.push(...controlCharacterIssues(file, json.value));
    const result = GRAPH_DATA_FILES[name].safeParse(json.value);
    if (result.success) parsed[name] = result.data;
    else issues.push(...zodIssuesToDataIssues(file, json.value, result.error.issues));
  }
  if (issues.length > 0) return { issues };
  const get = <N extends GraphDataFileName>(name: N) =>
    parsed[name] as ReturnType<(typeof GRAPH_DATA_FILES)[N]['parse']>;
  return {
    issues,
    data: {
      sources: get('sources.json').sources,
      roles: get('roles.json').roles,
      certifications: get('certifications.json').certifications,
      transitions: get('transitions.json').transitions,
      degrees: get('education.json').degrees,
      refusedHosts: get('refused-hosts.json').hosts,
    },
  };
}
