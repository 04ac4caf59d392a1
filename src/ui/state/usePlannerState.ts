import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { RoleGraph } from '../../graph/role-graph.ts';
import type { ExperienceKind } from '../../model/constants.ts';
import { initialState, restoredState, type Notice } from './initial-state.ts';
import { defaultState, type PlannerState } from './planner-state.ts';
import { roleNamesOf, vocabularyOf } from './role-names.ts';
import { MAX_FROM_LENGTH, withoutHeld } from './state-fields.ts';
import { BACKUP_KEY, browserStore, readKey, STORAGE_KEY, stateToStored } from './storage.ts';
import { stateToSearch } from './url-state.ts';

export interface PlannerStateApi {
  state: PlannerState;
  update(patch: Partial<PlannerState>): void;
  setYears(kind: ExperienceKind, years: number | undefined): void;
  /** Clears the form. The saved copy stays until the person confirms, or moves on by changing something. */
  startOver(): void;
  /** True while a "Start over" can be undone. */
  cleared: boolean;
  undoStartOver(): void;
  confirmStartOver(): void;
  notices: Notice[];
  dismissNotice(id: string): void;
  /** Brings back the person's own plan a link put aside. */
  restoreSaved(): void;
  /** Keeps the plan a link brought and forgets the one put aside. */
  keepShown(): void;
  /** Shows a notice (replacing one with the same id) until it is dismissed. */
  notify(notice: Notice): void;
}

/** How long after the last change the link and the saved plan are written. */
export const WRITE_DELAY_MS = 250;

const SAVE_FAILED: Notice = {
  id: 'save-failed',
  tone: 'warning',
  title: 'This browser does not let secpath save your plan',
  items: [
    'Your plan still works and its link (in the address bar) reproduces it; it will not be remembered after a reload.',
  ],
};

/**
 * What the form may hold is what a link and a saved plan read back: a role name past the
 * readers' limit is cut there, and a certification held is not also awaiting experience.
 */
function sanitize(state: PlannerState, patch: Partial<PlannerState>): PlannerState {
  const next = { ...state, ...patch };
  if (next.from.length > MAX_FROM_LENGTH) next.from = next.from.slice(0, MAX_FROM_LENGTH);
  if (patch.certifications || patch.associateOf) next.associateOf = withoutHeld(next.associateOf, next.certifications);
  return next;
}

/**
 * The profile and query, read once from the link or the saved plan, then written back to both
 * on every change: the address bar always holds a link that reproduces the plan, and a reload
 * shows it again. The person's own plan, once a link put it aside, is kept apart until they
 * restore it or keep the plan shown.
 */
export function usePlannerState(graph: RoleGraph): PlannerStateApi {
  const vocab = useMemo(() => vocabularyOf(graph), [graph]);
  const names = useMemo(() => roleNamesOf(graph), [graph]);
  const store = useMemo(() => browserStore(), []);
  const [initial] = useState(() =>
    initialState(
      {
        search: window.location.search,
        storedText: readKey(store, STORAGE_KEY),
        backupText: readKey(store, BACKUP_KEY),
      },
      vocab,
      names,
    ),
  );
  const [state, setState] = useState(initial.state);
  const [notices, setNotices] = useState(initial.notices);
  const [clearedFrom, setClearedFrom] = useState<PlannerState | null>(null);
  const ownPlan = useRef(initial.ownPlan);
  const opened = useRef(false);

  const forget = useCallback(
    (key: string) => {
      try {
        store?.removeItem(key);
      } catch {
        // Nothing to clean up where storage is refused.
      }
    },
    [store],
  );

  useEffect(() => {
    // The backup is no longer needed when the link showed the person's own plan.
    if (initial.ownPlan === null) forget(BACKUP_KEY);
  }, [initial, forget]);

  useEffect(() => {
    // After "Start over" nothing is written until the person confirms or moves on.
    if (clearedFrom) return;
    let written = false;
    const write = () => {
      // Leaving the page writes only a change not yet written: rewriting an old state would undo another tab's.
      if (written) return;
      written = true;
      const from = state.from ? names.canonical(state.from) : '';
      const canonical = () => from;
      const search = stateToSearch(state, canonical);
      if (window.location.search !== search)
        window.history.replaceState(
          window.history.state,
          '',
          `${window.location.pathname}${search}${window.location.hash}`,
        );
      try {
        // Written again each time (the same text): another tab may have cleared it.
        if (ownPlan.current) store?.setItem(BACKUP_KEY, ownPlan.current);
        store?.setItem(STORAGE_KEY, stateToStored(state, canonical));
      } catch {
        setNotices((list) => (list.some((n) => n.id === SAVE_FAILED.id) ? list : [...list, SAVE_FAILED]));
      }
    };
    // The state the page opened with is written at once (a link's plan, a migrated saved plan);
    // changes once typing pauses, not on every keystroke (the address bar is slow to change),
    // and at once when the page is left, so a reload or a closed tab never loses the last one.
    if (!opened.current) {
      opened.current = true;
      write();
      return;
    }
    const timer = window.setTimeout(write, WRITE_DELAY_MS);
    const flush = () => {
      window.clearTimeout(timer);
      write();
    };
    window.addEventListener('pagehide', flush);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('pagehide', flush);
    };
  }, [state, clearedFrom, names, store]);

  const update = useCallback((patch: Partial<PlannerState>) => {
    setClearedFrom(null);
    setState((s) => sanitize(s, patch));
  }, []);
  const setYears = useCallback((kind: ExperienceKind, years: number | undefined) => {
    setClearedFrom(null);
    setState((s) => {
      const experienceYears = { ...s.experienceYears };
      if (years === undefined || years === 0) delete experienceYears[kind];
      else experienceYears[kind] = years;
      return { ...s, experienceYears };
    });
  }, []);
  const startOver = useCallback(() => {
    setClearedFrom((before) => before ?? state);
    setState(defaultState(vocab));
  }, [state, vocab]);
  const undoStartOver = useCallback(() => {
    if (clearedFrom) setState(clearedFrom);
    setClearedFrom(null);
  }, [clearedFrom]);
  const confirmStartOver = useCallback(() => setClearedFrom(null), []);
  const notify = useCallback(
    (notice: Notice) => setNotices((list) => [...list.filter((n) => n.id !== notice.id), notice]),
    [],
  );
  const dismissNotice = useCallback((id: string) => setNotices((list) => list.filter((n) => n.id !== id)), []);
  const settleOwnPlan = useCallback(
    (restore: boolean) => {
      if (restore && ownPlan.current) {
        setClearedFrom(null);
        setState(restoredState(ownPlan.current, vocab, names));
      }
      ownPlan.current = null;
      forget(BACKUP_KEY);
      setNotices((list) => list.filter((n) => n.action !== 'restore-saved'));
    },
    [vocab, names, forget],
  );
  const restoreSaved = useCallback(() => settleOwnPlan(true), [settleOwnPlan]);
  const keepShown = useCallback(() => settleOwnPlan(false), [settleOwnPlan]);

  return {
    state,
    update,
    setYears,
    startOver,
    cleared: clearedFrom !== null,
    undoStartOver,
    confirmStartOver,
    notices,
    dismissNotice,
    restoreSaved,
    keepShown,
    notify,
  };
}
