import type { FieldProblem, ReadState } from './field-problem.ts';
import { STATE_VERSION, type PlannerState, type Vocabulary } from './planner-state.ts';
import {
  parseCertifications,
  parseEducation,
  parseExperienceYears,
  parseFrom,
  parseMonthsInRole,
  parseObjective,
  parseTo,
  shown,
} from './state-fields.ts';

/** The key of the saved plan; the format version is also inside, as `v`. */
export const STORAGE_KEY = 'secpath:plan';
/** Where the saved plan is kept when a link replaces it, so it can be restored. */
export const BACKUP_KEY = 'secpath:plan-before-link';

/** Fields as a notice names them. */
const FIELD_NAMES: Record<keyof PlannerState, string> = {
  from: 'Current role',
  to: 'Target role',
  objective: 'Objective',
  education: 'Education',
  experienceYears: 'Years of experience',
  certifications: 'Certifications',
  monthsInCurrentRole: 'Months in the current role',
};

export interface StoredState extends PlannerState {
  v: typeof STATE_VERSION;
}

export function stateToStored(state: PlannerState, canonicalFrom: (text: string) => string): string {
  const stored: StoredState = { v: STATE_VERSION, ...state, from: state.from ? canonicalFrom(state.from) : '' };
  return JSON.stringify(stored);
}

/** Reads a saved plan; missing fields take their defaults silently (they were never set). */
export function readStored(text: string | null, vocab: Vocabulary): ReadState {
  if (text === null) return { present: false, values: {}, problems: [] };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { present: true, values: {}, problems: [], unreadable: `it is not valid JSON (it starts ${shown(text)})` };
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { present: true, values: {}, problems: [], unreadable: `it is ${shown(raw)}, not a saved plan` };
  }
  const record = raw as Record<string, unknown>;
  // Another format version (older, or written by a newer secpath) is migrated field by field:
  // each field it shares with this version is checked as usual, the rest is dropped.
  const remarks: string[] = [];
  if (record.v !== STATE_VERSION) {
    remarks.push(`It was saved in format version ${shown(record.v)}; this secpath uses version ${STATE_VERSION}, so it read each field it knows and checked it.`);
  }
  const values: Partial<PlannerState> = {};
  const problems: FieldProblem[] = [];
  const take = <K extends keyof PlannerState>(field: K, result: { value?: PlannerState[K]; problem?: string }) => {
    if (result.value !== undefined) values[field] = result.value;
    if (result.problem) problems.push({ field, where: FIELD_NAMES[field], text: result.problem, ...(result.value !== undefined ? { partlyUsed: true } : {}) });
  };
  const has = (field: keyof PlannerState) => record[field] !== undefined;
  if (has('from')) take('from', parseFrom(record.from));
  if (has('to')) take('to', parseTo(record.to, vocab));
  if (has('objective')) take('objective', parseObjective(record.objective));
  if (has('education')) take('education', parseEducation(record.education));
  if (has('experienceYears')) take('experienceYears', parseExperienceYears(record.experienceYears));
  if (has('certifications')) take('certifications', parseCertifications(record.certifications, vocab));
  if (has('monthsInCurrentRole')) take('monthsInCurrentRole', parseMonthsInRole(record.monthsInCurrentRole));
  return { present: true, values, problems, ...(remarks.length ? { remarks } : {}) };
}

/** localStorage can be missing or refuse writes (private windows, quotas); the app then just does not remember. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export function browserStore(): KeyValueStore | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
