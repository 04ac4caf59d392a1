import { readFileSync, statSync } from 'node:fs';
import { createPlanDocument, readPlanDocument, serializePlanDocument, type PlanView } from '../export/plan-document.ts';
import { planToIcs } from '../export/plan-ics.ts';
import { planToMarkdown } from '../export/plan-markdown.ts';
import { planToText } from '../export/plan-text.ts';
import { readResume, type ResumeInference } from '../export/json-resume.ts';
import { MAX_IMPORT_BYTES } from '../export/limits.ts';
import { isYearMonth, yearMonthOf } from '../export/months.ts';
import { formatIssue } from '../data/issues.ts';
import type { RoleGraph } from '../graph/role-graph.ts';
import {
  DEFAULT_ALTERNATIVES,
  DEFAULT_TARGET_ROLE_ID,
  EDUCATION_LEVELS,
  EXPERIENCE_KINDS,
  MAX_ALTERNATIVES,
  OBJECTIVES,
  type ExperienceKind,
} from '../model/constants.ts';
import type { Profile } from '../model/index.ts';
import { describeResolutionProblem, resolveCertification, resolveRole } from '../planner/index.ts';
import { parseCommandArgs } from './args.ts';
import { EXIT_DATA, EXIT_OK, oneOf, resolveFromCwd, UsageError, type CliIO } from './io.ts';
import { loadGraphForCli } from './load-graph.ts';
import { writeOutput } from './write-output.ts';

/** --years-<kind> options; --years-management is the short name people expect for security management. */
const YEARS_OPTIONS: Record<string, ExperienceKind> = {
  ...Object.fromEntries(EXPERIENCE_KINDS.map((kind) => [`years-${kind}`, kind])),
  'years-management': 'security-management',
};

const FORMATS = ['text', 'json', 'md', 'ics'] as const;

export const PLAN_HELP = `secpath plan --from <role> [--to <role>] [options]
  Plans the best route from the role you hold to the one you want (default: information
  security manager). Roles may be given by id, title or alias, with small typos.
  --years-it N, --years-security N, --years-management N (security management),
  --years-<kind> N for ${EXPERIENCE_KINDS.filter((k) => !['it', 'security'].includes(k)).join(', ')}
  --months-in-role N        months already spent in the current role
  --education LEVEL         ${EDUCATION_LEVELS.join(', ')}
  --cert ID                 a certification you hold, by id or name (repeat for several)
  --objective OBJ           ${OBJECTIVES.join(', ')} (default fastest)
  --alternatives K          how many routes to show, 1-${MAX_ALTERNATIVES} (default ${DEFAULT_ALTERNATIVES})
  --format FMT              text, json (a plan file secpath can import), md (Markdown) or
                            ics (iCalendar); default text
  --start YYYY-MM           the month the plan starts, for dates (default: this month)
  --out FILE                write to FILE instead of standard output
  --plan FILE               re-plan a plan file exported earlier (its role and profile)
  --resume FILE             take the profile from a JSON Resume (jsonresume.org); other
                            options given here override what it infers
  --data DIR                use another graph-data folder`;

const PLAN_OPTIONS = {
  from: { type: 'string' },
  to: { type: 'string' },
  education: { type: 'string' },
  cert: { type: 'string', multiple: true },
  objective: { type: 'string' },
  alternatives: { type: 'string' },
  'months-in-role': { type: 'string' },
  format: { type: 'string' },
  start: { type: 'string' },
  out: { type: 'string' },
  plan: { type: 'string' },
  resume: { type: 'string' },
  data: { type: 'string' },
  ...Object.fromEntries(Object.keys(YEARS_OPTIONS).map((name) => [name, { type: 'string' }])),
} as const;

type Values = Record<string, string | string[] | boolean | undefined>;

function numberOption(name: string, value: string | undefined, min: number, max: number, integer: boolean): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (value.trim() === '' || !Number.isFinite(parsed) || parsed < min || parsed > max || (integer && !Number.isInteger(parsed))) {
    throw new UsageError(`--${name} must be ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}; got "${value}"`);
  }
  return parsed;
}

function resolveRoleOption(graph: RoleGraph, option: string, value: string): string {
  const resolution = resolveRole(graph, value);
  if (resolution.ok) return resolution.id;
  throw new UsageError(`--${option}: ${describeResolutionProblem(resolution)}`);
}

function readInputFile(io: CliIO, option: string, path: string): string {
  const full = resolveFromCwd(io, path);
  let size: number;
  try {
    size = statSync(full).size;
  } catch {
    throw new UsageError(`--${option}: cannot read "${path}": no such file`);
  }
  if (size > MAX_IMPORT_BYTES) throw new UsageError(`--${option}: "${path}" is ${(size / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_IMPORT_BYTES / 1024 / 1024} MB`);
  return readFileSync(full, 'utf8');
}

/** Turns plan arguments into a view, starting from a résumé's inferred profile when given. */
export function parsePlanArgs(graph: RoleGraph, values: Values, inferred?: ResumeInference, today = new Date()): PlanView {
  const text = (name: string) => values[name] as string | undefined;
  const fromText = text('from');
  let from: string;
  if (fromText !== undefined) from = resolveRoleOption(graph, 'from', fromText);
  else if (inferred?.currentRole) from = inferred.currentRole;
  else if (inferred) throw new UsageError(`--from is required: the résumé's latest position${inferred.currentPosition ? ` ("${inferred.currentPosition}")` : ''} matches no role`);
  else throw new UsageError('--from is required: the role you hold today, e.g. --from "help desk"');
  const to = text('to') === undefined ? DEFAULT_TARGET_ROLE_ID : resolveRoleOption(graph, 'to', text('to')!);
  if (!graph.hasNode(to)) throw new UsageError(`--to is needed: this data has no role "${DEFAULT_TARGET_ROLE_ID}", the default target`);
  const experienceYears: Profile['experienceYears'] = { ...(inferred?.profile.experienceYears ?? {}) };
  for (const [name, kind] of Object.entries(YEARS_OPTIONS)) {
    const years = numberOption(name, text(name), 0, 60, false);
    if (years !== undefined) experienceYears[kind] = years;
  }
  const given = values.cert as string[] | undefined;
  const certifications = given
    ? given.map((input) => {
        const found = resolveCertification(graph.getAttribute('certifications').values(), input);
        if ('id' in found) return found.id;
        const hint = found.suggestions.length ? ` (did you mean ${found.suggestions.map((s) => `"${s}"`).join(' or ')}?)` : '';
        throw new UsageError(`--cert: no certification is called "${input}"${hint}`);
      })
    : (inferred?.profile.certifications ?? []);
  const monthsInRole = numberOption('months-in-role', text('months-in-role'), 0, 720, true) ?? (fromText === undefined ? inferred?.profile.monthsInCurrentRole : undefined);
  const start = text('start') ?? yearMonthOf(today);
  if (!isYearMonth(start)) throw new UsageError(`--start must be a month as YYYY-MM; got "${start}"`);
  return {
    query: {
      from,
      to,
      objective: oneOf('--objective', text('objective'), OBJECTIVES, 'fastest'),
      alternatives: numberOption('alternatives', text('alternatives'), 1, MAX_ALTERNATIVES, true) ?? DEFAULT_ALTERNATIVES,
    },
    profile: {
      experienceYears,
      education: oneOf('--education', text('education'), EDUCATION_LEVELS, inferred?.profile.education ?? 'none'),
      certifications: [...new Set(certifications)],
      ...(monthsInRole === undefined ? {} : { monthsInCurrentRole: monthsInRole }),
    },
    start,
    selectedRoute: 0,
  };
}

/** Options that describe the question; they cannot be mixed with --plan, whose file gives the question. */
const QUESTION_OPTIONS = ['from', 'to', 'education', 'cert', 'objective', 'alternatives', 'months-in-role', 'resume', ...Object.keys(YEARS_OPTIONS)];

export async function runPlan(args: string[], io: CliIO): Promise<number> {
  const { values } = parseCommandArgs('plan', args, PLAN_OPTIONS);
  const format = oneOf('--format', values.format as string | undefined, FORMATS, 'text');
  if (values.plan !== undefined) {
    const mixed = QUESTION_OPTIONS.find((name) => values[name as keyof typeof values] !== undefined);
    if (mixed) throw new UsageError(`--${mixed} cannot be used with --plan: the plan file gives the role and profile`);
  }
  if (values.start !== undefined && !isYearMonth(values.start as string)) throw new UsageError(`--start must be a month as YYYY-MM; got "${values.start as string}"`);
  const loaded = loadGraphForCli(io, values.data as string | undefined);
  if (!loaded) return EXIT_DATA;
  const { graph } = loaded;

  let view: PlanView;
  if (values.plan !== undefined) {
    const path = values.plan as string;
    const result = readPlanDocument(graph, readInputFile(io, 'plan', path), path);
    if (!result.ok) {
      for (const issue of result.issues) io.stderr(`${formatIssue(issue)}\n`);
      return EXIT_DATA;
    }
    view = { ...result.view, ...(values.start !== undefined ? { start: values.start as string } : {}) };
  } else {
    let inferred: ResumeInference | undefined;
    if (values.resume !== undefined) {
      const path = values.resume as string;
      const result = readResume(graph, readInputFile(io, 'resume', path), new Date(), path);
      if (!result.ok) {
        for (const issue of result.issues) io.stderr(`${formatIssue(issue)}\n`);
        return EXIT_DATA;
      }
      inferred = result.inference;
      io.stderr(describeInference(graph, inferred));
    }
    view = parsePlanArgs(graph, values, inferred);
  }

  const document = createPlanDocument(graph, view);
  const output =
    format === 'json'
      ? serializePlanDocument(document)
      : format === 'md'
        ? planToMarkdown(graph, document)
        : format === 'ics'
          ? planToIcs(graph, document)
          : planToText(graph, document);
  writeOutput(io, output, values.out as string | undefined);
  return EXIT_OK;
}

function describeInference(graph: RoleGraph, inference: ResumeInference): string {
  const lines = ['From the résumé:'];
  lines.push(`  current role: ${inference.currentRole ? graph.getNodeAttribute(inference.currentRole, 'role').title : 'not recognised'}${inference.currentPosition ? ` (position "${inference.currentPosition}")` : ''}`);
  const years = Object.entries(inference.profile.experienceYears).map(([k, y]) => `${k} ${y}`);
  lines.push(`  experience (years): ${years.length ? years.join(', ') : 'none counted'}`);
  lines.push(`  education: ${inference.profile.education}`);
  lines.push(`  certifications: ${inference.profile.certifications.join(', ') || 'none recognised'}`);
  for (const line of inference.matched) lines.push(`  understood: ${line}`);
  for (const line of inference.skipped) lines.push(`  skipped: ${line}`);
  return `${lines.join('\n')}\n`;
}
