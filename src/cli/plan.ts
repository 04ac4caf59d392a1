import { planToText } from '../export/plan-text.ts';
import type { RoleGraph } from '../graph/role-graph.ts';
import {
  EDUCATION_LEVELS,
  EXPERIENCE_KINDS,
  MAX_ALTERNATIVES,
  OBJECTIVES,
  DEFAULT_ALTERNATIVES,
  DEFAULT_TARGET_ROLE_ID,
  type ExperienceKind,
  type Plan,
  type ProfileInput,
} from '../model/index.ts';
import { describeResolutionProblem, planRoute, resolveRole } from '../planner/index.ts';
import { resolveCertification } from '../planner/resolve-certification.ts';
import { parseCommandArgs } from './args.ts';
import { EXIT_DATA, EXIT_OK, oneOf, UsageError, type CliIO } from './io.ts';
import { loadGraphForCli } from './load-graph.ts';
import { writeOutput } from './write-output.ts';

/** --years-<kind> options; --years-management is the short name people expect for security management. */
const YEARS_OPTIONS: Record<string, ExperienceKind> = {
  ...Object.fromEntries(EXPERIENCE_KINDS.map((kind) => [`years-${kind}`, kind])),
  'years-management': 'security-management',
};

export const PLAN_HELP = `secpath plan --from <role> [--to <role>] [options]
  Plans the best route from the role you hold to the one you want (default: information
  security manager). Roles may be given by id, title or alias, with small typos.
  --years-it N, --years-security N, --years-management N (security management),
  --years-<kind> N for ${EXPERIENCE_KINDS.filter((k) => !['it', 'security'].includes(k)).join(', ')}
  --months-in-role N        months already spent in the current role
  --education LEVEL         ${EDUCATION_LEVELS.join(', ')}
  --cert ID                 a certification you hold (repeat for several)
  --objective OBJ           ${OBJECTIVES.join(', ')} (default fastest)
  --alternatives K          how many routes to show, 1-${MAX_ALTERNATIVES} (default ${DEFAULT_ALTERNATIVES})
  --format text|json        (default text)
  --out FILE                write to FILE instead of standard output
  --data DIR                use another graph-data folder`;

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

export interface ParsedPlanArgs {
  from: string;
  to: string;
  profile: ProfileInput;
  objective: (typeof OBJECTIVES)[number];
  alternatives: number;
}

const PLAN_OPTIONS = {
  from: { type: 'string' },
  to: { type: 'string' },
  education: { type: 'string' },
  cert: { type: 'string', multiple: true },
  objective: { type: 'string' },
  alternatives: { type: 'string' },
  'months-in-role': { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  data: { type: 'string' },
  ...Object.fromEntries(Object.keys(YEARS_OPTIONS).map((name) => [name, { type: 'string' }])),
} as const;

/** Turns plan arguments into a query and profile, resolving role and certification names. */
export function parsePlanArgs(graph: RoleGraph, values: Record<string, string | string[] | boolean | undefined>): ParsedPlanArgs {
  const text = (name: string) => values[name] as string | undefined;
  const fromText = text('from');
  if (fromText === undefined) throw new UsageError('--from is required: the role you hold today, e.g. --from "help desk"');
  const from = resolveRoleOption(graph, 'from', fromText);
  const to = text('to') === undefined ? DEFAULT_TARGET_ROLE_ID : resolveRoleOption(graph, 'to', text('to')!);
  const experienceYears: Partial<Record<ExperienceKind, number>> = {};
  for (const [name, kind] of Object.entries(YEARS_OPTIONS)) {
    const years = numberOption(name, text(name), 0, 60, false);
    if (years !== undefined) experienceYears[kind] = Math.max(experienceYears[kind] ?? 0, years);
  }
  const certifications = ((values.cert as string[] | undefined) ?? []).map((input) => {
    const found = resolveCertification(graph.getAttribute('certifications').values(), input);
    if ('id' in found) return found.id;
    const hint = found.suggestions.length ? ` (did you mean ${found.suggestions.map((s) => `"${s}"`).join(' or ')}?)` : '';
    throw new UsageError(`--cert: no certification is called "${input}"${hint}`);
  });
  const monthsInRole = numberOption('months-in-role', text('months-in-role'), 0, 720, true);
  return {
    from,
    to,
    profile: {
      experienceYears,
      education: oneOf('--education', text('education'), EDUCATION_LEVELS, 'none'),
      certifications: [...new Set(certifications)],
      ...(monthsInRole === undefined ? {} : { monthsInCurrentRole: monthsInRole }),
    },
    objective: oneOf('--objective', text('objective'), OBJECTIVES, 'fastest'),
    alternatives: numberOption('alternatives', text('alternatives'), 1, MAX_ALTERNATIVES, true) ?? DEFAULT_ALTERNATIVES,
  };
}

export function planToJson(plan: Plan): string {
  return `${JSON.stringify(plan, null, 2)}\n`;
}

export async function runPlan(args: string[], io: CliIO): Promise<number> {
  const { values } = parseCommandArgs('plan', args, PLAN_OPTIONS);
  const format = oneOf('--format', values.format as string | undefined, ['text', 'json'] as const, 'text');
  const loaded = loadGraphForCli(io, values.data as string | undefined);
  if (!loaded) return EXIT_DATA;
  const parsed = parsePlanArgs(loaded.graph, values);
  const plan = planRoute(loaded.graph, { from: parsed.from, to: parsed.to, objective: parsed.objective, alternatives: parsed.alternatives }, parsed.profile);
  writeOutput(io, format === 'json' ? planToJson(plan) : planToText(loaded.graph, plan), values.out as string | undefined);
  return EXIT_OK;
}
