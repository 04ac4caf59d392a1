// Export and import, loaded in its own chunk: reading a plan file validates it with zod, which
// the first view does not need. The app asks for this chunk once the page is idle, so it is
// there before the first click and still there offline.
import './zod-jitless.ts';
import type { RoleGraph } from '../../graph/role-graph.ts';
import { formatIssue, type DataIssue } from '../../data/issues.ts';
import { createPlanDocument, readPlanDocument, serializePlanDocument, type PlanView } from '../../export/plan-document.ts';
import { planToIcs } from '../../export/plan-ics.ts';
import { planToMarkdown } from '../../export/plan-markdown.ts';
import { readResume, type ResumeInference } from '../../export/json-resume.ts';
import { tooLargeIssue } from '../../export/limits.ts';
import { PLAN_DOCUMENT_FORMAT } from '../../model/index.ts';

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

/** "secpath-it-support-specialist-to-information-security-manager-2026-11" */
export function exportBaseName(view: PlanView): string {
  return `secpath-${view.query.from}-to-${view.query.to}-${view.start}`;
}

export function exportPlan(graph: RoleGraph, view: PlanView, format: TextFormat): ExportFile {
  const document = createPlanDocument(graph, view);
  const text = format === 'md' ? planToMarkdown(graph, document) : format === 'ics' ? planToIcs(graph, document) : serializePlanDocument(document);
  return { name: `${exportBaseName(view)}.${format}`, type: TYPES[format], text };
}

export type ImportOutcome =
  | { kind: 'plan'; view: PlanView }
  | { kind: 'resume'; inference: ResumeInference; file: string }
  | { kind: 'error'; file: string; problems: string[] };

function refused(file: string, issues: readonly DataIssue[]): ImportOutcome {
  return { kind: 'error', file, problems: issues.map(formatIssue) };
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
    return result.ok ? { kind: 'plan', view: result.view } : refused(file, result.issues);
  }
  const result = readResume(graph, text, today, file);
  return result.ok ? { kind: 'resume', inference: result.inference, file } : refused(file, result.issues);
}

function looksLikePlan(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) && ('format' in value || 'selectedRoute' in value || 'routes' in value);
  } catch {
    // Not JSON at all: the plan reader says so with the line and column.
    return text.includes(PLAN_DOCUMENT_FORMAT);
  }
}
