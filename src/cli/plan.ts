import { parseJsonText } from '../input/json-text.ts';
import { readResume, type ResumeInference } from '../export/json-resume.ts';
import { createPlanDocument, readPlanDocument, serializePlanDocument, type PlanView } from '../export/plan-document.ts';
import { planToIcs } from '../export/plan-ics.ts';
import { planToMarkdown } from '../export/plan-markdown.ts';
import { planToText } from '../export/plan-text.ts';
import { terminalText } from '../export/text-safety.ts';
import type { RoleGraph } from '../graph/role-graph.ts';
import { PLAN_DOCUMENT_FORMAT, type PlanDocument } from '../model/index.ts';
import { parseCommandArgs, quoted } from './args.ts';
import { EXIT, printIssues, UsageError, type CliIO } from './io.ts';
import { loadGraphForCli } from './load-graph.ts';
import {
  PLAN_HELP,
  PLAN_OPTIONS,
  planViewOf,
  QUESTION_OPTIONS,
  type PlanFormat,
  type PlanValues,
} from './plan-options.ts';
import { readInputFile } from './read-input.ts';
import { writeOutput } from './write-output.ts';

export { PLAN_HELP };

/** Text for a terminal: it loses every control character a terminal would act on. Nothing to plan is said in one line. */
function planTextOutput(graph: RoleGraph, document: PlanDocument, values: PlanValues): string {
  if (document.unreachable?.reason === 'already-there') return `${terminalText(document.unreachable.message)}\n`;
  return terminalText(
    planToText(graph, document, { levers: values.levers === true, sources: values['no-sources'] !== true }),
  );
}

/** --format to renderer. A program that asked for a document gets it even when there is nothing to plan. */
const PLAN_RENDERERS: Record<PlanFormat, (graph: RoleGraph, document: PlanDocument, values: PlanValues) => string> = {
  text: planTextOutput,
  json: (_graph, document) => serializePlanDocument(document),
  md: (graph, document) => planToMarkdown(graph, document),
  ics: (graph, document) => planToIcs(graph, document),
};

/** The top-level fields of a JSON Resume (jsonresume.org schema), to tell a résumé from a plan file. */
const RESUME_FIELDS = [
  'basics',
  'work',
  'volunteer',
  'education',
  'awards',
  'certificates',
  'publications',
  'skills',
  'languages',
  'interests',
  'references',
  'projects',
];

/** What kind of secpath input a file's text is, when it is clearly one: a plan file, a JSON Resume, or neither. */
function kindOfInput(text: string): 'plan' | 'resume' | undefined {
  const { value } = parseJsonText('', text);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  if ((value as Record<string, unknown>).format === PLAN_DOCUMENT_FORMAT) return 'plan';
  return RESUME_FIELDS.some((field) => Object.hasOwn(value, field)) ? 'resume' : undefined;
}

function readPlanView(io: CliIO, graph: RoleGraph, values: PlanValues & { plan: string }): PlanView | undefined {
  const text = readInputFile(io, '--plan', values.plan, 'a plan file');
  if (kindOfInput(text) === 'resume')
    throw new UsageError(
      `--plan ${quoted(values.plan)}: this is a JSON Resume, not a plan file; open it with --resume ${values.plan}`,
    );
  const result = readPlanDocument(graph, text, values.plan);
  if (!result.ok) {
    printIssues(io, result.issues);
    return undefined;
  }
  return { ...result.view, ...(values.start !== undefined ? { start: values.start } : {}) };
}

function readResumeProfile(io: CliIO, graph: RoleGraph, path: string): ResumeInference | undefined {
  const text = readInputFile(io, '--resume', path, 'a résumé file');
  if (kindOfInput(text) === 'plan')
    throw new UsageError(
      `--resume ${quoted(path)}: this is a secpath plan file, not a résumé; open it with --plan ${path}`,
    );
  const result = readResume(graph, text, new Date(), path);
  if (!result.ok) {
    printIssues(io, result.issues);
    return undefined;
  }
  io.stderr(describeInference(result.inference));
  return result.inference;
}

export async function runPlan(args: string[], io: CliIO): Promise<number> {
  const { values } = parseCommandArgs(args, PLAN_OPTIONS);
  if (values.plan !== undefined) {
    const mixed = QUESTION_OPTIONS.find((name) => values[name] !== undefined);
    if (mixed) throw new UsageError(`--${mixed} cannot be used with --plan: the plan file gives the role and profile`);
  }
  const loaded = loadGraphForCli(io, values.data);
  if (!loaded) return EXIT.fault;
  const { graph } = loaded;

  let view: PlanView | undefined;
  if (values.plan !== undefined) view = readPlanView(io, graph, { ...values, plan: values.plan });
  else {
    const inferred = values.resume === undefined ? undefined : readResumeProfile(io, graph, values.resume);
    if (values.resume !== undefined && inferred === undefined) return EXIT.fault;
    view = planViewOf(graph, values, inferred);
  }
  if (view === undefined) return EXIT.fault;

  const document = createPlanDocument(graph, view);
  writeOutput(io, PLAN_RENDERERS[values.format ?? 'text'](graph, document, values), values.out);
  return exitCodeOf(document);
}

/** A role you already hold is done, not a missing route. */
function exitCodeOf(document: PlanDocument): number {
  if (document.unreachable?.reason === 'already-there') return EXIT.ok;
  return document.routes.length === 0 ? EXIT.noRoute : EXIT.ok;
}

/** What the résumé was read as, in the reader's own plain sentences (they name no ids). */
function describeInference(inference: ResumeInference): string {
  const lines = [
    'From the résumé:',
    ...inference.matched.map((line) => `  understood: ${line}`),
    ...inference.skipped.map((line) => `  not used: ${line}`),
  ];
  return `${lines.join('\n')}\n`;
}
