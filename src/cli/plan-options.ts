import { isYearMonth, yearMonthOf } from '../export/months.ts';
import type { ResumeInference } from '../export/json-resume.ts';
import type { PlanView } from '../export/plan-document.ts';
import type { RoleGraph } from '../graph/role-graph.ts';
import {
  DEFAULT_PACE,
  DEFAULT_ROUTE_COUNT,
  DEFAULT_TARGET_ROLE_ID,
  EDUCATION_LEVELS,
  EXPERIENCE_KIND_LABELS,
  EXPERIENCE_KINDS,
  MAX_ROUTE_COUNT,
  OBJECTIVES,
  PACES,
  type ExperienceKind,
} from '../model/constants.ts';
import type { Profile } from '../model/index.ts';
import {
  checkCertificationCount,
  checkMonthsInRole,
  checkRouteCount,
  checkYears,
  type RuleCheck,
} from '../model/profile-rules.ts';
import { describeResolutionProblem, resolveCertification, resolveRole } from '../planner/index.ts';
import {
  choiceOption,
  flagOption,
  optionHelp,
  pathOption,
  quoted,
  repeatable,
  textOption,
  valueOption,
  type OptionSpec,
  type OptionValues,
} from './args.ts';
import { UsageError } from './io.ts';

export const PLAN_FORMATS = ['text', 'json', 'md', 'ics'] as const;
export type PlanFormat = (typeof PLAN_FORMATS)[number];

/** A checked number, or a usage error that names the option, what it expects and what it got. */
function checked(check: (text: string) => RuleCheck<number>) {
  return (text: string, option: string): number => {
    const result = check(text);
    if (!result.ok) throw new UsageError(`${option}: expected ${result.expected}; got ${quoted(text)}`);
    return result.value;
  };
}

function startMonth(text: string, option: string): string {
  if (!isYearMonth(text))
    throw new UsageError(
      `${option}: expected a month from 1900-01 to 2200-12 written YYYY-MM, such as 2027-01; got ${quoted(text)}`,
    );
  return text;
}

const yearsOption = (help: string, example: string) => valueOption('N', help, checked(checkYears), example);

type YearsOptionName = `years-${ExperienceKind}` | 'years-management';

/**
 * --years-<kind> for every experience kind. --years-management is the name the first secpath
 * gave security management (running a security programme, what ISACA's CISM counts); it keeps
 * that meaning. Managing people is --years-people-management.
 */
const YEARS_OPTIONS: Array<[YearsOptionName, ExperienceKind]> = [
  ...EXPERIENCE_KINDS.map((kind) => [`years-${kind}`, kind] as [YearsOptionName, ExperienceKind]),
  ['years-management', 'security-management'],
];

export const PLAN_OPTIONS = {
  from: textOption('ROLE', 'the role you hold today, by id, title or alias (small typos are fine)', '"help desk"'),
  to: textOption('ROLE', 'the role you want (default: information security manager)', 'ciso'),
  ...(Object.fromEntries(
    YEARS_OPTIONS.map(([name, kind]) => [
      name,
      yearsOption(
        name === 'years-management'
          ? 'years of security management, as ISACA counts it for CISM (the same as --years-security-management; it also counts as security work and as managing people). For managing people in any field, use --years-people-management'
          : name === 'years-people-management'
            ? 'years of managing people (a team, in any field)'
            : name === 'years-security'
              ? 'years of information security work (they count as IT work too)'
              : `years of ${EXPERIENCE_KIND_LABELS[kind]} experience`,
        kind === 'it' ? '2.5' : '1',
      ),
    ]),
  ) as Record<YearsOptionName, ReturnType<typeof yearsOption>>),
  'months-in-role': valueOption(
    'N',
    'whole months already spent in the current role',
    checked(checkMonthsInRole),
    '18',
  ),
  education: choiceOption(EDUCATION_LEVELS, 'the highest degree you hold (default none)', 'bachelor'),
  cert: repeatable(textOption('CERT', 'a certification you hold, by id or name', 'security+')),
  associate: repeatable(
    textOption(
      'CERT',
      'a certification whose exam you passed but which is not granted yet (e.g. an Associate of ISC2)',
      'cissp',
    ),
  ),
  objective: choiceOption(OBJECTIVES, 'what "best" means (default fastest)', 'cheapest'),
  pace: choiceOption(
    PACES,
    `which timeline ranks the routes: typical (the usual stays and what people typically bring) or earliest (binding rules only); default ${DEFAULT_PACE}`,
    'earliest',
  ),
  routes: valueOption(
    'K',
    `how many routes to show, the best and K-1 alternatives, 1 to ${MAX_ROUTE_COUNT} (default ${DEFAULT_ROUTE_COUNT})`,
    checked(checkRouteCount),
    '2',
  ),
  alternatives: valueOption(
    'K',
    'the older name of --routes (the number of routes shown)',
    checked(checkRouteCount),
    '2',
  ),
  levers: flagOption('also show the single changes that would shorten the route most'),
  'no-sources': flagOption('leave the numbered list of sources out of the text output'),
  format: choiceOption(
    PLAN_FORMATS,
    'text, json (a plan file secpath can open again), md (Markdown) or ics (iCalendar); default text',
    'md',
  ),
  start: valueOption('YYYY-MM', 'the month the plan starts, for dates (default: this month)', startMonth, '2027-01'),
  out: pathOption('FILE', 'write to FILE instead of standard output (replaced whole, or left as it was)', 'plan.md'),
  plan: pathOption('FILE', 're-plan a plan file exported earlier with --format json', 'plan.json'),
  resume: pathOption(
    'FILE',
    'take the profile from a JSON Resume (jsonresume.org); other options override it',
    'resume.json',
  ),
  data: pathOption('DIR', 'use another graph-data folder', 'my-graph-data'),
} satisfies Record<string, OptionSpec>;

export type PlanValues = OptionValues<typeof PLAN_OPTIONS>;

/** Options that describe the question; --plan's file gives the question, so they cannot be mixed with it. */
export const QUESTION_OPTIONS = (Object.keys(PLAN_OPTIONS) as Array<keyof typeof PLAN_OPTIONS>).filter(
  (name) => !['format', 'start', 'out', 'plan', 'data', 'levers', 'no-sources'].includes(name),
);

export const PLAN_HELP = `secpath plan --from <role> [--to <role>] [options]
  Plans the best route from the role you hold to the one you want (default: information
  security manager), with alternatives. Exit code 3 when there is no route.
${optionHelp(PLAN_OPTIONS)}`;

function resolveRoleOption(graph: RoleGraph, option: string, value: string): string {
  const resolution = resolveRole(graph, value);
  if (resolution.ok) return resolution.id;
  throw new UsageError(`${option}: ${describeResolutionProblem(resolution)}`);
}

/** Turns plan arguments into a view, starting from a résumé's inferred profile when given. */
export function planViewOf(
  graph: RoleGraph,
  values: PlanValues,
  inferred?: ResumeInference,
  today = new Date(),
): PlanView {
  let from: string;
  if (values.from !== undefined) from = resolveRoleOption(graph, '--from', values.from);
  else if (inferred?.currentRole) from = inferred.currentRole;
  else if (inferred && inferred.start.candidates.length > 0) {
    throw new UsageError(
      `--from is required: the résumé's latest position${inferred.currentPosition ? ` (${quoted(inferred.currentPosition)})` : ''} could be ${inferred.start.candidates.map((c) => c.title).join(', ')}; say which with --from`,
    );
  } else if (inferred)
    throw new UsageError(
      `--from is required: the résumé's latest position${inferred.currentPosition ? ` (${quoted(inferred.currentPosition)})` : ''} matches no role`,
    );
  else throw new UsageError('--from is required: the role you hold today, e.g. --from "help desk"');
  const to = values.to === undefined ? DEFAULT_TARGET_ROLE_ID : resolveRoleOption(graph, '--to', values.to);
  if (!graph.hasNode(to))
    throw new UsageError(`--to is needed: this data has no role "${DEFAULT_TARGET_ROLE_ID}", the default target`);
  if (values['years-management'] !== undefined && values['years-security-management'] !== undefined) {
    throw new UsageError('--years-management and --years-security-management are the same experience; give one');
  }
  const experienceYears: Profile['experienceYears'] = { ...(inferred?.profile.experienceYears ?? {}) };
  for (const [name, kind] of YEARS_OPTIONS) {
    const years = values[name];
    if (years !== undefined) experienceYears[kind] = years;
  }
  const count = checkCertificationCount(new Set(values.cert).size);
  if (!count.ok) throw new UsageError(`--cert: expected ${count.expected}; got ${new Set(values.cert).size}`);
  const certifications = values.cert
    ? values.cert.map((input) => resolveCertificationOption(graph, input))
    : (inferred?.profile.certifications ?? []);
  const associateOf = values.associate
    ? values.associate.map((input) => resolveCertificationOption(graph, input, '--associate'))
    : (inferred?.profile.associateOf ?? []);
  if (values.routes !== undefined && values.alternatives !== undefined)
    throw new UsageError('--routes and --alternatives are the same number; give one');
  const monthsInRole =
    values['months-in-role'] ?? (values.from === undefined ? inferred?.profile.monthsInCurrentRole : undefined);
  return {
    query: {
      from,
      to,
      objective: values.objective ?? 'fastest',
      pace: values.pace ?? DEFAULT_PACE,
      routeCount: values.routes ?? values.alternatives ?? DEFAULT_ROUTE_COUNT,
    },
    profile: {
      experienceYears,
      education: values.education ?? inferred?.profile.education ?? 'none',
      certifications: [...new Set(certifications)].filter((id) => !associateOf.includes(id)),
      associateOf: [...new Set(associateOf)],
      ...(monthsInRole === undefined ? {} : { monthsInCurrentRole: monthsInRole }),
    },
    start: values.start ?? yearMonthOf(today),
    selectedRoute: 0,
  };
}

function resolveCertificationOption(graph: RoleGraph, input: string, option = '--cert'): string {
  const found = resolveCertification(graph.getAttribute('certifications').values(), input);
  if ('id' in found) return found.id;
  const hint = found.suggestions.length
    ? ` (did you mean ${found.suggestions.map((s) => `"${s}"`).join(' or ')}?)`
    : '';
  throw new UsageError(`${option}: no certification is called ${quoted(input)}${hint}`);
}
