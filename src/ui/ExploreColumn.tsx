import { memo, useCallback, useMemo } from 'react';
import { useCatalog } from './catalog.ts';
import { DetailsPanel } from './details/DetailsPanel.tsx';
import { certificationFocus } from './explore/certification-focus.ts';
import { CertificationFocusSummary } from './explore/CertificationFocusSummary.tsx';
import { ExploreControls } from './explore/ExploreControls.tsx';
import type { GraphImageMaker } from './graph/graph-image.ts';
import { GraphView } from './graph/GraphView.tsx';
import { Legend } from './graph/Legend.tsx';
import { PALETTES } from './graph/palette.ts';
import { useColorScheme } from './graph/useColorScheme.ts';
import type { ExploreApi, Selection } from './state/useExploreState.ts';

export interface ExploreColumnProps {
  explore: ExploreApi;
  route: readonly string[] | null;
  fromId: string | null;
  targetId: string;
  focusSeq: number;
  onFrom(title: string): void;
  onTo(id: string): void;
  onReveal(selection: Selection | null): void;
  onImageMaker(make: GraphImageMaker | null): void;
}

/** The graph, its controls and the details: drawn again only when the route or the exploring changes, never for a keystroke in the form. */
export const ExploreColumn = memo(function ExploreColumn({
  explore,
  route,
  fromId,
  targetId,
  focusSeq,
  onFrom,
  onTo,
  onReveal,
  onImageMaker,
}: ExploreColumnProps) {
  const { setFilter } = explore;
  const endFocus = useCallback(() => setFilter({ certification: null }), [setFilter]);
  const { data } = useCatalog();
  const scheme = useColorScheme();
  const focus = useMemo(
    () => (explore.filter.certification ? certificationFocus(data.transitions, explore.filter.certification) : null),
    [data.transitions, explore.filter.certification],
  );
  return (
    <div className="explore-column">
      <section className="panel explore-panel" aria-labelledby="explore-heading">
        <h2 id="explore-heading">Explore the roles</h2>
        <ExploreControls filter={explore.filter} onFilter={explore.setFilter} onFind={explore.centreOn} />
        <div className="graph-area">
          <GraphView
            route={route}
            explore={explore}
            focus={focus}
            scheme={scheme}
            onSelect={explore.select}
            onReset={explore.reset}
            onImageMaker={onImageMaker}
          />
          <DetailsPanel
            selection={explore.selection}
            focusSeq={focusSeq}
            fromId={fromId}
            targetId={targetId}
            onFrom={onFrom}
            onTo={onTo}
            onSelect={onReveal}
          />
        </div>
        <Legend palette={PALETTES[scheme]} />
        {focus && <CertificationFocusSummary focus={focus} onSelect={onReveal} onClose={endFocus} />}
      </section>
    </div>
  );
});
