import { EXPERIENCE_KINDS } from '../../model/constants.ts';
import type { FieldProblem, ReadState } from './field-problem.ts';
import { STATE_VERSION, type PlannerState, type Vocabulary } from './planner-state.ts';
import { parseCertifications, parseEducation, parseFrom, parseMonthsInRole, parseObjective, parseTo, parseYears } from './state-fields.ts';

/**
 * The plan in the query string, so a link reproduces it on another machine:
 * ?v=1&from=soc-analyst&to=information-security-manager&objective=fastest&education=bachelor
 * &certs=security-plus,cissp&years-it=2&years-security=1&months-in-role=6
 * Every field that shapes the plan is written (years only when above zero), so a link never
 * depends on the defaults of the machine that opens it.
 */
export const LINK_KEYS = {
  version: 'v',
  from: 'from',
  to: 'to',
  objective: 'objective',
  education: 'education',
  certifications: 'certs',
  monthsInCurrentRole: 'months-in-role',
} as const;

const YEARS_PREFIX = 'years-';

/** `canonicalFrom` turns a typed role name into its id when it resolves, so links stay short and stable. */
export function stateToSearch(state: PlannerState, canonicalFrom: (text: string) => string): string {
  const params = new URLSearchParams();
  params.set(LINK_KEYS.version, String(STATE_VERSION));
  if (state.from) params.set(LINK_KEYS.from, canonicalFrom(state.from));
  params.set(LINK_KEYS.to, state.to);
  params.set(LINK_KEYS.objective, state.objective);
  params.set(LINK_KEYS.education, state.education);
  if (state.certifications.length) params.set(LINK_KEYS.certifications, state.certifications.join(','));
  for (const kind of EXPERIENCE_KINDS) {
    const years = state.experienceYears[kind];
    if (years) params.set(`${YEARS_PREFIX}${kind}`, String(years));
  }
  if (state.monthsInCurrentRole !== null) params.set(LINK_KEYS.monthsInCurrentRole, String(state.monthsInCurrentRole));
  // Commas in the certification list read better unescaped, and are safe in a query string.
  return `?${params.toString().replace(/%2C/g, ',')}`;
}

function isPlannerKey(key: string): boolean {
  return (Object.values(LINK_KEYS) as string[]).includes(key) || key.startsWith(YEARS_PREFIX);
}

/** Reads the planner fields of a query string; other parameters are left alone. */
export function readLink(search: string, vocab: Vocabulary): ReadState {
  const params = new URLSearchParams(search);
  const keys = [...params.keys()].filter(isPlannerKey);
  if (keys.length === 0) return { present: false, values: {}, problems: [] };
  const values: Partial<PlannerState> = {};
  const problems: FieldProblem[] = [];
  const remarks: string[] = [];
  const version = params.get(LINK_KEYS.version);
  if (version !== null && version !== String(STATE_VERSION)) {
    remarks.push(`The link is in format version "${version}"; this version of secpath reads version ${STATE_VERSION}, so it read what it could.`);
  }

  const take = <K extends keyof PlannerState>(field: K, key: string, result: { value?: PlannerState[K]; problem?: string }) => {
    if (result.value !== undefined) values[field] = result.value;
    if (result.problem) problems.push({ field, where: key, text: result.problem, ...(result.value !== undefined ? { partlyUsed: true } : {}) });
  };
  const get = (key: string) => params.get(key);
  if (get(LINK_KEYS.from) !== null) take('from', LINK_KEYS.from, parseFrom(get(LINK_KEYS.from)));
  if (get(LINK_KEYS.to) !== null) take('to', LINK_KEYS.to, parseTo(get(LINK_KEYS.to), vocab));
  if (get(LINK_KEYS.objective) !== null) take('objective', LINK_KEYS.objective, parseObjective(get(LINK_KEYS.objective)));
  if (get(LINK_KEYS.education) !== null) take('education', LINK_KEYS.education, parseEducation(get(LINK_KEYS.education)));
  if (get(LINK_KEYS.certifications) !== null) take('certifications', LINK_KEYS.certifications, parseCertifications(get(LINK_KEYS.certifications), vocab));
  if (get(LINK_KEYS.monthsInCurrentRole) !== null) take('monthsInCurrentRole', LINK_KEYS.monthsInCurrentRole, parseMonthsInRole(get(LINK_KEYS.monthsInCurrentRole)));

  const years: PlannerState['experienceYears'] = {};
  for (const key of keys.filter((k) => k.startsWith(YEARS_PREFIX))) {
    const kind = key.slice(YEARS_PREFIX.length);
    const known = EXPERIENCE_KINDS.find((k) => k === kind);
    if (!known) {
      problems.push({ field: 'experienceYears', where: key, text: `"${kind}" is not a kind of experience (expected one of ${EXPERIENCE_KINDS.join(', ')})`, partlyUsed: true });
      continue;
    }
    const parsed = parseYears(get(key));
    if (parsed.value !== undefined) {
      if (parsed.value > 0) years[known] = parsed.value;
    } else problems.push({ field: 'experienceYears', kind: known, where: key, text: parsed.problem! });
  }
  values.experienceYears = years;
  return { present: true, values, problems, remarks };
}
