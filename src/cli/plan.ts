import { parseJsonText } from '../data/parse-files.ts';
import { readResume, type ResumeInference } from '../export/json-resume.ts';
import { createPlanDocument, readPlanDocument, serializePlanDocument, type PlanView } from '../export/plan-document.ts';
import { planToIcs } from '../export/plan-ics.ts';
import { planToMarkdown } from '../export/plan-markdown.ts';
import { planToText } from '../export/plan-text.ts';
import { terminalText } from '../export/text-safety.ts';
import type { RoleGraph } from '../graph/role-graph.ts';
import { PLAN_DOCUMENT_FORMAT, type PlanDocument } from '../model/index.ts';
import { parseCommandArgs, quoted } from './args.ts';
import { EXIT_FAULT, EXIT_NO_ROUTE, EXIT_OK, printIssues, UsageError, type CliIO } from './io.ts';
import { loadGraphForCli } from './load-graph.ts';
import { PLAN_HELP, PLAN_OPTIONS, planViewOf, QUESTION_OPTIONS, type PlanFormat, type PlanValues } from './plan-options.ts';
import { readInputFile } from './read-input.ts';
import { writeOutput } from './write-output.ts';

export { PLAN_HELP };

/** --format to renderer. Text is for a terminal, so it loses every control character a terminal would act on. */
const PLAN_RENDERERS: Record<PlanFormat, (graph: RoleGraph, document: PlanDocument, values: PlanValues) => string> = {
  text: (graph, document, values) => terminalText(planToText(graph, document, { levers: values.levers === true, sources: values['no-sources'] !== true })),
  json: (_graph, document) => serializePlanDocument(document),
  md: (graph, document) => planToMarkdown(graph, document),
  ics: (graph, document) => planToIcs(graph, document),
};

/** The top-level fields of a JSON Resume (jsonresume.org schema), to tell a résumé from a plan file. */
const RESUME_FIELDS = ['basics', 'work', 'volunteer', 'education', 'awards', 'certificates', 'publications', 'skills', 'languages', 'interests', 'references', 'projects'];

/** What kind of secpath input a file's text is, when it is clearly one: a plan file, a JSON Resume, or neither. */
function kindOfInput(text: string): 'plan' | 'resume' | undefined {
  const { value } = parseJsonText('', text);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  if ((value as Record<string, unknown>).format === PLAN_DOCUMENT_FORMAT) return 'plan';
  return RESUME_FIELDS.some((field) => Object.hasOwn(value, field)) ? 'resume' : undefined;
}

function readPlanView(io: CliIO, graph: RoleGraph, values: PlanValues & { plan: string }): PlanView | undefined {
  const text = readInputFile(io, '--plan', values.plan, 'a plan file');
  if (kindOfInput(text) === 'resume') throw new UsageError(`--plan ${quoted(values.plan)}: this is a JSON Resume, not a plan file; open it with --resume ${values.plan}`);
  const result = readPlanDocument(graph, text, values.plan);
  if (!result.ok) {
    printIssues(io, result.issues);
    return undefined;
  }
  return { ...result.view, ...(values.start !== undefined ? { start: values.start } : {}) };
}

function readResumeProfile(io: CliIO, graph: RoleGraph, path: string): ResumeInference | undefined {
  const text = readInputFile(io, '--resume', path, 'a résumé file');
  if (kindOfInput(text) === 'plan') throw new UsageError(`--resume ${quoted(path)}: this is a secpath plan file, not a résumé; open it with --plan ${path}`);
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
  if (!loaded) return EXIT_FAULT;
  const { graph } = loaded;

  let view: PlanView | undefined;
  if (values.plan !== undefined) view = readPlanView(io, graph, { ...values, plan: values.plan });
  else {
    const inferred = values.resume === undefined ? undefined : readResumeProfile(io, graph, values.resume);
    if (values.resume !== undefined && inferred === undefined) return EXIT_FAULT;
    view = planViewOf(graph, values, inferred);
  }
  if (view === undefined) return EXIT_FAULT;

  const document = createPlanDocument(graph, view);
  const format = values.format ?? 'text';
  if (document.unreachable?.reason === 'already-there') {
    // Nothing to plan: say so in one line, or still write the document a program asked for.
    writeOutput(io, format === 'text' ? `${terminalText(document.unreachable.message)}\n` : PLAN_RENDERERS[format](graph, document, values), values.out);
    return EXIT_OK;
  }
  writeOutput(io, PLAN_RENDERERS[format](graph, document, values), values.out);
  return document.routes.length === 0 ? EXIT_NO_ROUTE : EXIT_OK;
}

/** What the résumé was read as, in the reader's own plain sentences (they name no ids). */
function describeInference(inference: ResumeInference): string {
  const lines = ['From the résumé:', ...inference.matched.map((line) => `  understood: ${line}`), ...inference.skipped.map((line) => `  not used: ${line}`)];
  return `${lines.join('\n')}\n`;
}
