import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { RoleGraph } from '../../graph/role-graph.ts';
import type { ExperienceKind } from '../../model/constants.ts';
import { initialState, restoredState, type Notice } from './initial-state.ts';
import { defaultState, type PlannerState } from './planner-state.ts';
import { roleNamesOf, vocabularyOf } from './role-names.ts';
import { BACKUP_KEY, browserStore, STORAGE_KEY, stateToStored } from './storage.ts';
import { stateToSearch } from './url-state.ts';

export interface PlannerStateApi {
  state: PlannerState;
  update(patch: Partial<PlannerState>): void;
  setYears(kind: ExperienceKind, years: number | undefined): void;
  reset(): void;
  notices: Notice[];
  dismissNotice(id: string): void;
  restoreSaved(): void;
  /** Shows a notice (replacing one with the same id) until it is dismissed. */
  notify(notice: Notice): void;
}

const SAVE_FAILED: Notice = {
  id: 'save-failed',
  tone: 'warning',
  title: 'This browser does not let secpath save your plan',
  items: ['Your plan still works and its link (in the address bar) reproduces it; it will not be remembered after a reload.'],
};

/**
 * The profile and query, read once from the link or the saved plan, then written back to both
 * on every change: the address bar always holds a link that reproduces the plan.
 */
export function usePlannerState(graph: RoleGraph): PlannerStateApi {
  const vocab = useMemo(() => vocabularyOf(graph), [graph]);
  const names = useMemo(() => roleNamesOf(graph), [graph]);
  const store = useMemo(browserStore, []);
  const [initial] = useState(() => {
    let storedText: string | null = null;
    try {
      storedText = store?.getItem(STORAGE_KEY) ?? null;
    } catch {
      storedText = null;
    }
    return initialState({ search: window.location.search, storedText }, vocab, names);
  });
  const [state, setState] = useState(initial.state);
  const [notices, setNotices] = useState(initial.notices);
  const putAside = useRef(initial.putAside);

  useEffect(() => {
    const search = stateToSearch(state, names.canonical);
    if (window.location.search !== search) window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}${window.location.hash}`);
    try {
      if (putAside.current) store?.setItem(BACKUP_KEY, putAside.current);
      store?.setItem(STORAGE_KEY, stateToStored(state, names.canonical));
    } catch {
      setNotices((list) => (list.some((n) => n.id === SAVE_FAILED.id) ? list : [...list, SAVE_FAILED]));
    }
  }, [state, names, store]);

  const update = useCallback((patch: Partial<PlannerState>) => setState((s) => ({ ...s, ...patch })), []);
  const setYears = useCallback((kind: ExperienceKind, years: number | undefined) => {
    setState((s) => {
      const experienceYears = { ...s.experienceYears };
      if (years === undefined || years === 0) delete experienceYears[kind];
      else experienceYears[kind] = years;
      return { ...s, experienceYears };
    });
  }, []);
  const reset = useCallback(() => setState(defaultState(vocab)), [vocab]);
  const notify = useCallback((notice: Notice) => setNotices((list) => [...list.filter((n) => n.id !== notice.id), notice]), []);
  const dismissNotice = useCallback((id: string) => setNotices((list) => list.filter((n) => n.id !== id)), []);
  const restoreSaved = useCallback(() => {
    if (putAside.current) setState(restoredState(putAside.current, vocab, names));
    putAside.current = null;
    try {
      store?.removeItem(BACKUP_KEY);
    } catch {
      // Nothing to clean up where storage is refused.
    }
    setNotices((list) => list.filter((n) => n.action !== 'restore-saved'));
  }, [vocab, names, store]);

  return { state, update, setYears, reset, notices, dismissNotice, restoreSaved, notify };
}
