import type { FieldProblem, ReadState } from './field-problem.ts';
import { STATE_VERSION, type PlannerState, type Vocabulary } from './planner-state.ts';
import {
  FIELD_WORDS,
  parseCertifications,
  parseEducation,
  parseExperienceYears,
  parseFrom,
  parseMonthsInRole,
  parseObjective,
  parsePace,
  parseRoute,
  parseRouteCount,
  parseStart,
  parseTo,
  shown,
  withoutHeld,
} from './state-fields.ts';

/** The key of the plan the page shows; the format version is also inside, as `v`. */
export const STORAGE_KEY = 'secpath:plan';
/**
 * The person's own plan, put aside when a link showed another. Written once and never
 * overwritten by a later link, so any number of links leave it as it was; removed when it is
 * restored or when the person keeps the plan shown instead.
 */
export const BACKUP_KEY = 'secpath:plan-before-link';

export interface StoredState extends PlannerState {
  v: typeof STATE_VERSION;
}

export function stateToStored(state: PlannerState, canonicalFrom: (text: string) => string): string {
  const stored: StoredState = { v: STATE_VERSION, ...state, from: state.from ? canonicalFrom(state.from) : '' };
  return JSON.stringify(stored);
}

/** A saved plan is a few hundred bytes; anything far larger is not one, and is not parsed. */
const MAX_STORED_LENGTH = 64 * 1024;

/**
 * Reads a saved plan; missing fields take their defaults silently (they were never set).
 * Version 1 (before the two timelines) is read field by field with no remark: every field it
 * has means the same today, and what it lacks (timeline, start month, route) was not kept then.
 */
export function readStored(text: string | null, vocab: Vocabulary): ReadState {
  if (text === null) return { present: false, values: {}, problems: [] };
  if (text.length > MAX_STORED_LENGTH)
    return {
      present: true,
      values: {},
      problems: [],
      unreadable: `it is ${text.length.toLocaleString('en-US')} characters long, far larger than any saved plan`,
    };
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
  if (record.v !== STATE_VERSION && record.v !== 1) {
    remarks.push(
      `It was saved in format version ${shown(record.v)}; this secpath uses version ${STATE_VERSION}, so it read each field it knows and checked it.`,
    );
  }
  const values: Partial<PlannerState> = {};
  const problems: FieldProblem[] = [];
  const take = <K extends keyof PlannerState>(
    field: K,
    parse: (raw: unknown) => { value?: PlannerState[K]; problem?: string },
  ) => {
    if (record[field] === undefined) return;
    const result = parse(record[field]);
    if (result.value !== undefined) values[field] = result.value;
    if (result.problem)
      problems.push({
        field,
        where: FIELD_WORDS[field],
        text: result.problem,
        ...(result.value !== undefined ? { partlyUsed: true } : {}),
      });
  };
  take('from', parseFrom);
  take('to', (raw) => parseTo(raw, vocab));
  take('objective', parseObjective);
  take('pace', parsePace);
  take('education', parseEducation);
  take('experienceYears', parseExperienceYears);
  take('certifications', (raw) => parseCertifications(raw, vocab));
  take('associateOf', (raw) => parseCertifications(raw, vocab));
  take('monthsInCurrentRole', parseMonthsInRole);
  take('start', parseStart);
  take('route', parseRoute);
  take('routeCount', parseRouteCount);
  if (values.associateOf) values.associateOf = withoutHeld(values.associateOf, values.certifications ?? []);
  return {
    present: true,
    usable: Object.keys(values).length > 0,
    values,
    problems,
    ...(remarks.length ? { remarks } : {}),
  };
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

/** Reads a key, treating a store that refuses as an empty one. */
export function readKey(store: KeyValueStore | null, key: string): string | null {
  try {
    return store?.getItem(key) ?? null;
  } catch {
    return null;
  }
}
