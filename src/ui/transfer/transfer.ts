// Export and import. They run in the planner's worker (src/ui/background): reading a plan file
// validates it with zod and plans it again, writing one plans it and its levers, and a résumé
// can be megabytes — none of it on the page's thread.
import './zod-jitless.ts';
import type { RoleGraph } from '../../graph/role-graph.ts';
import type { DataIssue } from '../../input/issues.ts';
import {
  createPlanDocument,
  readPlanDocument,
  serializePlanDocument,
  type PlanView,
} from '../../export/plan-document.ts';
import { planToIcs } from '../../export/plan-ics.ts';
import { planToMarkdown } from '../../export/plan-markdown.ts';
import { readResume, type ResumeInference } from '../../export/json-resume.ts';
import { tooLargeIssue } from '../../export/limits.ts';
import { PLAN_DOCUMENT_FORMAT } from '../../model/index.ts';
import { exportBaseName } from './file-names.ts';
import { issueInWords } from './issue-words.ts';

export type TextFormat = 'md' | 'json' | 'ics';

export interface ExportFile {
  name: string;
  type: string;
  text: string;
}

const TYPES: Record<TextFormat, string> = {
  md: 'text/markdown;charset=utf-8',
  json: 'application/json;charset=utf-8',
  ics: 'text/calendar;charset=utf-8',
};

export function exportPlan(graph: RoleGraph, view: PlanView, format: TextFormat): ExportFile {
  const document = createPlanDocument(graph, view);
  const text =
    format === 'md'
      ? planToMarkdown(graph, document)
      : format === 'ics'
        ? planToIcs(graph, document)
        : serializePlanDocument(document);
  return { name: `${exportBaseName(view)}.${format}`, type: TYPES[format], text };
}

export type ImportOutcome =
  | { kind: 'plan'; view: PlanView; file: string; notices: string[] }
  | { kind: 'resume'; inference: ResumeInference; file: string }
  | { kind: 'error'; file: string; problems: string[] };

/** Problems listed at most: a file can hold thousands, and a person reads the first few. */
const MAX_PROBLEMS = 20;

function refused(file: string, issues: readonly DataIssue[]): ImportOutcome {
  const problems = issues.slice(0, MAX_PROBLEMS).map(issueInWords);
  if (issues.length > MAX_PROBLEMS)
    problems.push(`… and ${(issues.length - MAX_PROBLEMS).toLocaleString('en-US')} more.`);
  return { kind: 'error', file, problems };
}

/** Files larger than this are refused before they are read, so a huge drop cannot stall the page. */
export function tooLarge(file: string, bytes: number): ImportOutcome | null {
  const large = tooLargeIssue(file, bytes, 'a plan or résumé file');
  return large ? refused(file, [large]) : null;
}

/**
 * A file someone opened or dropped: a secpath plan (it says so in its "format" field) or else a
 * JSON Resume. Nothing is applied here; the caller applies a plan or shows a résumé for review.
 */
export function readImport(graph: RoleGraph, text: string, file: string, today: Date = new Date()): ImportOutcome {
  if (looksLikePlan(text)) {
    const result = readPlanDocument(graph, text, file);
    return result.ok
      ? { kind: 'plan', view: result.view, file, notices: result.notices }
      : refused(file, result.issues);
  }
  const result = readResume(graph, text, today, file);
  if (!result.ok) return refused(file, result.issues);
  // The reader's lines are already in a person's words, and capped (src/export/resume-lines.ts).
  return { kind: 'resume', inference: result.inference, file };
}

function looksLikePlan(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return (
      typeof value === 'object' &&
      value !== null &&
      !Array.isArray(value) &&
      ('format' in value || 'selectedRoute' in value || 'routes' in value)
    );
  } catch {
    // Not JSON at all: the plan reader says so with the line and column.
    return text.includes(PLAN_DOCUMENT_FORMAT);
  }
}
