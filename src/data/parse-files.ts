import { GRAPH_DATA_FILES, GRAPH_DATA_FILE_NAMES, type GraphData, type GraphDataFileName } from '../model/index.ts';
import type { DataIssue } from './issues.ts';
import { zodIssuesToDataIssues } from './zod-issues.ts';

/** The raw text of each graph-data file, keyed by file name; a missing file is undefined. */
export type GraphDataTexts = Partial<Record<GraphDataFileName, string>>;

/**
 * Files larger than this are refused before parsing. The shipped files are tens of kilobytes;
 * a workforce-framework-sized graph of 10,000 roles with ten moves each writes about 70 MB of
 * transitions, which must still load. Far beyond it is a mistake, not a graph.
 */
export const MAX_GRAPH_DATA_FILE_BYTES = 128 * 1024 * 1024;

/** Where in a text a character offset falls, for JSON syntax errors. */
function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

export function parseJsonText(file: string, text: string): { value?: unknown; issues: DataIssue[] } {
  try {
    return { value: JSON.parse(text) as unknown, issues: [] };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const where = position ? ` at ${lineAndColumn(text, Number(position[1]))}` : '';
    return { issues: [{ file, path: [], message: `is not valid JSON${where}: ${message.replace(/^JSON\.parse: /, '')}` }] };
  }
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
      issues.push({ file, path: [], message: 'is missing', hint: `every graph-data folder needs ${GRAPH_DATA_FILE_NAMES.join(', ')}` });
      continue;
    }
    if (text.length > MAX_GRAPH_DATA_FILE_BYTES) {
      issues.push({ file, path: [], message: `is ${(text.length / 1024 / 1024).toFixed(1)} MB; a graph-data file is at most ${MAX_GRAPH_DATA_FILE_BYTES / 1024 / 1024} MB` });
      continue;
    }
    const json = parseJsonText(file, text);
    if (json.issues.length > 0) {
      issues.push(...json.issues);
      continue;
    }
    const result = GRAPH_DATA_FILES[name].safeParse(json.value);
    if (result.success) parsed[name] = result.data;
    else issues.push(...zodIssuesToDataIssues(file, json.value, result.error.issues));
  }
  if (issues.length > 0) return { issues };
  const get = <N extends GraphDataFileName>(name: N) => parsed[name] as ReturnType<(typeof GRAPH_DATA_FILES)[N]['parse']>;
  return {
    issues,
    data: {
      sources: get('sources.json').sources,
      roles: get('roles.json').roles,
      certifications: get('certifications.json').certifications,
      transitions: get('transitions.json').transitions,
      degrees: get('education.json').degrees,
    },
  };
}
