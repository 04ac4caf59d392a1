import type { FieldProblem, ReadState } from './field-problem.ts';
import { defaultState, type PlannerState, type Vocabulary } from './planner-state.ts';
import { readStored, stateToStored } from './storage.ts';
import { readLink } from './url-state.ts';

/** A message shown above the app until the person dismisses it. */
export interface Notice {
  id: string;
  tone: 'warning' | 'info';
  title: string;
  items: string[];
  /** An action the notice offers beside "Dismiss". */
  action?: 'restore-saved';
}

/** How role names are written in storage and links (ids) and shown in the form (titles). */
export interface RoleNames {
  canonical(text: string): string;
  display(text: string): string;
}

export interface InitialState {
  state: PlannerState;
  notices: Notice[];
  /** The saved plan a link replaced, kept so it can be restored. */
  putAside: string | null;
}

function describeValue(field: keyof PlannerState, value: PlannerState[keyof PlannerState]): string {
  if (field === 'from') return value ? `"${String(value)}"` : 'an empty current role';
  if (field === 'monthsInCurrentRole') return value === null ? 'no months' : `${String(value)} months`;
  if (field === 'certifications') return (value as string[]).length ? (value as string[]).join(', ') : 'no certifications';
  return `"${String(value)}"`;
}

/**
 * Replaces what a problem made unusable: with the saved value when there is a good one (a bad
 * link must not wipe a good saved profile), else with the default. Returns what it did.
 */
function repair(state: PlannerState, problem: FieldProblem, fallback: Partial<PlannerState>, defaults: PlannerState): string {
  const where = `${problem.where}: ${problem.text}`;
  if (problem.partlyUsed) return `${where}; the rest was used.`;
  if (problem.field === 'experienceYears' && problem.kind) {
    const saved = fallback.experienceYears?.[problem.kind];
    if (saved === undefined) return `${where}; used 0 years.`;
    state.experienceYears = { ...state.experienceYears, [problem.kind]: saved };
    return `${where}; kept your saved ${saved} years.`;
  }
  const saved = fallback[problem.field];
  const value = saved ?? defaults[problem.field];
  (state as unknown as Record<string, unknown>)[problem.field] = value;
  return `${where}; ${saved === undefined ? 'used the default' : 'kept your saved value'}, ${describeValue(problem.field, value)}.`;
}

function problemsNotice(id: string, title: string, read: ReadState, items: string[]): Notice[] {
  const all = [...(read.remarks ?? []), ...items];
  return all.length ? [{ id, tone: 'warning', title, items: all }] : [];
}

/**
 * The state the app opens with. A link wins over the saved plan (it is how a plan is shared),
 * field by field: what the link gets wrong falls back to the saved value. A saved plan that
 * cannot be read is reported and replaced by defaults. Every replacement is listed in a notice.
 */
export function initialState(input: { search: string; storedText: string | null }, vocab: Vocabulary, names: RoleNames): InitialState {
  const defaults = defaultState(vocab);
  const stored = readStored(input.storedText, vocab);
  const link = readLink(input.search, vocab);
  const notices: Notice[] = [];
  if (stored.unreadable) {
    notices.push({ id: 'stored-unreadable', tone: 'warning', title: 'Your saved plan could not be read', items: [`It was replaced by the defaults: ${stored.unreadable}.`] });
  }
  let state: PlannerState;
  let putAside: string | null = null;
  if (link.present) {
    state = { ...defaults, ...link.values };
    const items = link.problems.map((p) => repair(state, p, stored.values, defaults));
    notices.push(...problemsNotice('link-problems', 'Part of the link could not be used', link, items));
    const saved: PlannerState = { ...defaults, ...stored.values };
    if (stored.present && !stored.unreadable && stateToStored(saved, names.canonical) !== stateToStored(state, names.canonical)) {
      putAside = stateToStored(saved, names.canonical);
      notices.push({
        id: 'link-replaced-saved',
        tone: 'info',
        title: 'Showing the plan from the link',
        items: ['Your own saved plan was put aside; you can bring it back.'],
        action: 'restore-saved',
      });
    }
  } else {
    state = { ...defaults, ...stored.values };
    const items = stored.problems.map((p) => repair(state, p, {}, defaults));
    const title = items.length ? 'Part of your saved plan could not be used' : 'Your saved plan was brought up to date';
    notices.push(...problemsNotice('stored-problems', title, stored, items));
  }
  return { state: { ...state, from: names.display(state.from) }, notices, putAside };
}

/** The saved plan a link put aside, read back for "restore". */
export function restoredState(text: string, vocab: Vocabulary, names: RoleNames): PlannerState {
  const state = { ...defaultState(vocab), ...readStored(text, vocab).values };
  return { ...state, from: names.display(state.from) };
}
