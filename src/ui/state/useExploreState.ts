import { useCallback, useMemo, useState } from 'react';
import type { RoleLevel, RoleTrack } from '../../model/constants.ts';

export type Selection = { kind: 'role'; id: string } | { kind: 'transition'; from: string; to: string };

export interface ExploreFilter {
  track: RoleTrack | null;
  level: RoleLevel | null;
  /** "What does this certification open up": the moves that require or expect it stand out. */
  certification: string | null;
}

export interface ExploreState {
  filter: ExploreFilter;
  selection: Selection | null;
  /** A request to centre the graph on a role; `seq` makes a repeated request for the same role count. */
  centre: { id: string; seq: number } | null;
  /** Bumped by "fit" requests from outside the graph (a reset). */
  fitSeq: number;
}

export interface ExploreApi extends ExploreState {
  setFilter(patch: Partial<ExploreFilter>): void;
  select(selection: Selection | null): void;
  centreOn(id: string): void;
  reset(): void;
}

const NO_FILTER: ExploreFilter = { track: null, level: null, certification: null };

/** What the explore panel shows: filters, the selected role or move, and camera requests. */
export function useExploreState(): ExploreApi {
  const [state, setState] = useState<ExploreState>({ filter: NO_FILTER, selection: null, centre: null, fitSeq: 0 });
  const setFilter = useCallback(
    (patch: Partial<ExploreFilter>) => setState((s) => ({ ...s, filter: { ...s.filter, ...patch } })),
    [],
  );
  const select = useCallback((selection: Selection | null) => setState((s) => ({ ...s, selection })), []);
  const centreOn = useCallback(
    (id: string) =>
      setState((s) => ({ ...s, selection: { kind: 'role', id }, centre: { id, seq: (s.centre?.seq ?? 0) + 1 } })),
    [],
  );
  const reset = useCallback(
    () => setState((s) => ({ filter: NO_FILTER, selection: null, centre: null, fitSeq: s.fitSeq + 1 })),
    [],
  );
  // The same object until something changes, so the graph and tables skip renders the form causes.
  return useMemo(() => ({ ...state, setFilter, select, centreOn, reset }), [state, setFilter, select, centreOn, reset]);
}
