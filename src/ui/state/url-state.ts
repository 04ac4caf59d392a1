import { EXPERIENCE_KINDS } from '../../model/constants.ts';
import type { FieldProblem, ReadState } from './field-problem.ts';
import { STATE_VERSION, type PlannerState, type Vocabulary } from './planner-state.ts';
import {
  FIELD_WORDS,
  parseCertifications,
  parseEducation,
  parseFrom,
  parseMonthsInRole,
  parseObjective,
  parsePace,
  parseRoute,
  parseRouteCount,
  parseStart,
  parseTo,
  parseYears,
  shown,
  withoutHeld,
  yearsFieldWords,
} from './state-fields.ts';

/**
 * The plan in the query string, so a link reproduces it on another machine, dates and route
 * included:
 * ?v=2&from=soc-analyst&to=information-security-manager&objective=fastest&pace=typical
 * &education=bachelor&certs=security-plus&associate=cissp&years-it=2&years-security=1
 * &months-in-role=6&start=2027-06&route=1&routes=3
 * Every field that shapes the plan is written (years, certifications and months only when
 * given), so a link never depends on the defaults of the machine — or the month — that opens it.
 * Version 1 links (no pace, associate, start, route or routes) are read field by field: what
 * they lack takes the default, and years of "security-management" keep their meaning.
 */
export const LINK_KEYS = {
  version: 'v',
  from: 'from',
  to: 'to',
  objective: 'objective',
  pace: 'pace',
  education: 'education',
  certifications: 'certs',
  associateOf: 'associate',
  monthsInCurrentRole: 'months-in-role',
  start: 'start',
  route: 'route',
  routeCount: 'routes',
} as const;

const YEARS_PREFIX = 'years-';

/** `canonicalFrom` turns a typed role name into its id when it resolves, so links stay short and stable. */
export function stateToSearch(state: PlannerState, canonicalFrom: (text: string) => string): string {
  const params = new URLSearchParams();
  params.set(LINK_KEYS.version, String(STATE_VERSION));
  if (state.from) params.set(LINK_KEYS.from, canonicalFrom(state.from));
  params.set(LINK_KEYS.to, state.to);
  params.set(LINK_KEYS.objective, state.objective);
  params.set(LINK_KEYS.pace, state.pace);
  params.set(LINK_KEYS.education, state.education);
  if (state.certifications.length) params.set(LINK_KEYS.certifications, state.certifications.join(','));
  if (state.associateOf.length) params.set(LINK_KEYS.associateOf, state.associateOf.join(','));
  for (const kind of EXPERIENCE_KINDS) {
    const years = state.experienceYears[kind];
    if (years) params.set(`${YEARS_PREFIX}${kind}`, String(years));
  }
  if (state.monthsInCurrentRole !== null) params.set(LINK_KEYS.monthsInCurrentRole, String(state.monthsInCurrentRole));
  params.set(LINK_KEYS.start, state.start);
  params.set(LINK_KEYS.route, String(state.route));
  params.set(LINK_KEYS.routeCount, String(state.routeCount));
  // Commas in the certification list read better unescaped, and are safe in a query string.
  return `?${params.toString().replace(/%2C/g, ',')}`;
}

function isPlannerKey(key: string): boolean {
  return (Object.values(LINK_KEYS) as string[]).includes(key) || key.startsWith(YEARS_PREFIX);
}

/** Links longer than this are not a secpath link (one with every field is under 1,000 characters). */
const MAX_LINK_LENGTH = 8_000;

/** Reads the planner fields of a query string; other parameters are left alone. */
export function readLink(search: string, vocab: Vocabulary): ReadState {
  if (search.length > MAX_LINK_LENGTH) {
    return {
      present: true,
      values: {},
      problems: [],
      unreadable: `it is ${search.length.toLocaleString('en-US')} characters long, far longer than any plan's link`,
    };
  }
  const params = new URLSearchParams(search);
  const keys = [...params.keys()].filter(isPlannerKey);
  if (keys.length === 0) return { present: false, values: {}, problems: [] };
  const values: Partial<PlannerState> = {};
  const problems: FieldProblem[] = [];
  const remarks: string[] = [];
  const version = params.get(LINK_KEYS.version);
  // Version 1 is read as it is: every field it has means the same in version 2.
  if (version !== null && version !== String(STATE_VERSION) && version !== '1') {
    remarks.push(
      `The link is in format version ${shown(version)}; this secpath reads version ${STATE_VERSION}, so it read what it could.`,
    );
  }

  const take = <K extends keyof PlannerState>(field: K, result: { value?: PlannerState[K]; problem?: string }) => {
    if (result.value !== undefined) values[field] = result.value;
    if (result.problem)
      problems.push({
        field,
        where: FIELD_WORDS[field],
        text: result.problem,
        ...(result.value !== undefined ? { partlyUsed: true } : {}),
      });
  };
  const get = (key: string) => params.get(key);
  const read = <K extends keyof PlannerState>(
    field: K,
    parse: (raw: string) => { value?: PlannerState[K]; problem?: string },
  ) => {
    const raw = get(LINK_KEYS[field as keyof typeof LINK_KEYS]);
    if (raw !== null) take(field, parse(raw));
  };
  read('from', parseFrom);
  read('to', (raw) => parseTo(raw, vocab));
  read('objective', parseObjective);
  read('pace', parsePace);
  read('education', parseEducation);
  read('certifications', (raw) => parseCertifications(raw, vocab));
  read('associateOf', (raw) => parseCertifications(raw, vocab));
  read('monthsInCurrentRole', parseMonthsInRole);
  read('start', parseStart);
  read('route', parseRoute);
  read('routeCount', parseRouteCount);
  if (values.associateOf) values.associateOf = withoutHeld(values.associateOf, values.certifications ?? []);

  const years: PlannerState['experienceYears'] = {};
  let yearsRead = false;
  for (const key of keys.filter((k) => k.startsWith(YEARS_PREFIX))) {
    const kind = key.slice(YEARS_PREFIX.length);
    const known = EXPERIENCE_KINDS.find((k) => k === kind);
    if (!known) {
      problems.push({
        field: 'experienceYears',
        where: FIELD_WORDS.experienceYears,
        text: `${shown(kind)} is not a kind of experience secpath knows`,
        partlyUsed: true,
      });
      continue;
    }
    const parsed = parseYears(get(key));
    if (parsed.value !== undefined) {
      yearsRead = true;
      if (parsed.value > 0) years[known] = parsed.value;
    } else
      problems.push({ field: 'experienceYears', kind: known, where: yearsFieldWords(known), text: parsed.problem! });
  }
  // A link names years only when above zero: a link without them means none, not "keep mine".
  const usable = yearsRead || Object.keys(values).length > 0;
  values.experienceYears = years;
  return { present: true, usable, values, problems, remarks };
}
