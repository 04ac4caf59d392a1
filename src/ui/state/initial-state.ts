import type { FieldProblem, ReadState } from './field-problem.ts';
import { defaultState, thisMonth, type PlannerState, type Vocabulary } from './planner-state.ts';
import { describeFieldValue } from './state-fields.ts';
import { readStored, stateToStored } from './storage.ts';
import { readLink } from './url-state.ts';

/** A message shown above the app until the person dismisses it. */
export interface Notice {
  id: string;
  tone: 'warning' | 'info';
  title: string;
  items: string[];
  /** Actions the notice offers beside "Dismiss": restoring the plan a link put aside, or keeping the one shown. */
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
  /**
   * The person's own plan (as stored text) while the page shows another a link brought: kept
   * apart until restored or given up. null when the plan shown is the person's own.
   */
  ownPlan: string | null;
}

export interface StartInput {
  search: string;
  /** The plan the page showed last (local storage). */
  storedText: string | null;
  /** The person's own plan, put aside by a link earlier. */
  backupText?: string | null;
  /** This month, "YYYY-MM": what a plan without a start month is dated from. */
  today?: string;
}

/**
 * Replaces what a problem made unusable: with the saved value when there is a good one (a bad
 * link must not wipe a good saved profile), else with the default. Returns what it did.
 */
function repair(
  state: PlannerState,
  problem: FieldProblem,
  fallback: Partial<PlannerState>,
  defaults: PlannerState,
  vocab: Vocabulary,
): string {
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
  return `${where}; ${saved === undefined ? 'used the default' : 'kept your saved value'}, ${describeFieldValue(problem.field, value, vocab)}.`;
}

function problemsNotice(id: string, title: string, read: ReadState, items: string[]): Notice[] {
  const all = [...(read.remarks ?? []), ...items];
  return all.length ? [{ id, tone: 'warning', title, items: all }] : [];
}

export const OWN_PLAN_NOTICE: Omit<Notice, 'title'> = {
  id: 'link-replaced-saved',
  tone: 'info',
  items: [
    'Your own saved plan is kept apart, however many links you open: restore it at any time, or keep this plan instead (your saved plan is then forgotten).',
  ],
  action: 'restore-saved',
};

/**
 * The state the app opens with. A usable link wins over the saved plan (it is how a plan is
 * shared), field by field: what the link gets wrong falls back to the saved value. A link with
 * nothing usable leaves the plan as it was. When a link shows another plan than the person's
 * own, their own is kept apart — once: a second link, or a reload, never replaces it — and a
 * notice offers it back. A saved plan that cannot be read is reported and replaced by defaults.
 */
export function initialState(input: StartInput, vocab: Vocabulary, names: RoleNames): InitialState {
  const defaults = defaultState(vocab, input.today ?? thisMonth());
  const stored = readStored(input.storedText, vocab);
  const backup = input.backupText == null ? null : readStored(input.backupText, vocab);
  const link = readLink(input.search, vocab);
  const text = (state: PlannerState) => stateToStored(state, names.canonical);
  const notices: Notice[] = [];
  if (stored.unreadable) {
    notices.push({
      id: 'stored-unreadable',
      tone: 'warning',
      title: 'Your saved plan could not be read',
      items: [`It was replaced by the defaults: ${stored.unreadable}.`],
    });
  }
  const saved: PlannerState = { ...defaults, ...stored.values };
  const savedItems = stored.problems.map((p) => repair(saved, p, {}, defaults, vocab));
  let ownPlan = backup?.usable ? text({ ...defaults, ...backup.values }) : null;

  let state: PlannerState;
  if (link.present && link.usable && !link.unreadable) {
    state = { ...defaults, ...link.values };
    const items = link.problems.map((p) => repair(state, p, stored.values, defaults, vocab));
    notices.push(...problemsNotice('link-problems', 'Part of the link could not be used', link, items));
    if (ownPlan === null && stored.usable && !stored.unreadable && text(saved) !== text(state)) ownPlan = text(saved);
  } else {
    if (link.present) {
      const items = [
        ...(link.unreadable ? [`It could not be read: ${link.unreadable}.`] : []),
        ...(link.remarks ?? []),
        ...link.problems.map((p) => `${p.where}: ${p.text}.`),
      ];
      notices.push({
        id: 'link-unusable',
        tone: 'warning',
        title: 'The link could not be used; your plan is as it was',
        items: items.length ? items : ['It holds none of the fields of a plan.'],
      });
    }
    state = saved;
    const title = savedItems.length
      ? 'Part of your saved plan could not be used'
      : 'Your saved plan was brought up to date';
    notices.push(...problemsNotice('stored-problems', title, stored, savedItems));
  }
  // The link shows the person's own plan: nothing is apart any more.
  if (ownPlan !== null && ownPlan === text(state)) ownPlan = null;
  if (ownPlan !== null)
    notices.push({
      ...OWN_PLAN_NOTICE,
      title: link.present ? 'Showing the plan from the link' : 'Showing a plan from a link',
    });
  return { state: { ...state, from: names.display(state.from) }, notices, ownPlan };
}

/** The person's own plan, read back for "restore". */
export function restoredState(
  text: string,
  vocab: Vocabulary,
  names: RoleNames,
  today: string = thisMonth(),
): PlannerState {
  const state = { ...defaultState(vocab, today), ...readStored(text, vocab).values };
  return { ...state, from: names.display(state.from) };
}
