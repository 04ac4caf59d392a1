import { useCallback, useMemo, useState } from 'react';
import type { RoleGraph } from '../graph/role-graph.ts';
import { yearMonthOf } from '../export/months.ts';
import { GraphTables } from './accessible/GraphTables.tsx';
import { catalogOf, CatalogContext, useCatalog } from './catalog.ts';
import { DetailsPanel } from './details/DetailsPanel.tsx';
import { certificationFocus } from './explore/certification-focus.ts';
import { CertificationFocusSummary } from './explore/CertificationFocusSummary.tsx';
import { ExploreControls } from './explore/ExploreControls.tsx';
import { GraphView } from './graph/GraphView.tsx';
import { Legend } from './graph/Legend.tsx';
import { PALETTES } from './graph/palette.ts';
import { useColorScheme } from './graph/useColorScheme.ts';
import { AppErrorBoundary } from './AppErrorBoundary.tsx';
import { Notices } from './Notices.tsx';
import { PlanForm } from './plan/PlanForm.tsx';
import { PlanPanel } from './plan/PlanPanel.tsx';
import { ShareLink } from './ShareLink.tsx';
import { usePlan } from './state/usePlan.ts';
import { usePlannerState } from './state/usePlannerState.ts';
import { useExploreState, type Selection } from './state/useExploreState.ts';
import { useRouteChoice } from './state/useRouteChoice.ts';

export function App({ graph }: { graph: RoleGraph }) {
  const catalog = useMemo(() => catalogOf(graph), [graph]);
  return (
    <CatalogContext.Provider value={catalog}>
      <AppErrorBoundary>
        <Planner />
      </AppErrorBoundary>
    </CatalogContext.Provider>
  );
}

/** The page: the form and the plan on the left, the graph and details on the right, tables below. */
function Planner() {
  const { graph, data } = useCatalog();
  const planner = usePlannerState(graph);
  const { state } = planner;
  const { outcome, pending } = usePlan(graph, state);
  const choice = useRouteChoice(outcome);
  const explore = useExploreState();
  const scheme = useColorScheme();
  const [startMonth] = useState(() => yearMonthOf(new Date()));
  const [focusSeq, setFocusSeq] = useState(0);

  const focus = useMemo(
    () => (explore.filter.certification ? certificationFocus(data.transitions, explore.filter.certification) : null),
    [data.transitions, explore.filter.certification],
  );
  const route = choice.route?.roles ?? null;
  const fromId = outcome.kind === 'planned' ? outcome.fromId : null;

  // Chosen from a list or a button: show it and move keyboard focus to the details.
  const reveal = useCallback(
    (selection: Selection | null) => {
      explore.select(selection);
      if (selection) setFocusSeq((n) => n + 1);
    },
    [explore.select],
  );
  const showRole = useCallback((id: string) => reveal({ kind: 'role', id }), [reveal]);
  const setFromTitle = useCallback((title: string) => planner.update({ from: title }), [planner.update]);
  const setTarget = useCallback((to: string) => planner.update({ to }), [planner.update]);

  return (
    <>
      <a className="skip-link" href="#plan-heading">
        Skip to your route
      </a>
      <a className="skip-link" href="#tables-heading">
        Skip to the tables
      </a>
      <header className="app-header">
        <p className="brand">
          <span className="brand-name">secpath</span>
          <span className="brand-tagline">your route in information security, step by step</span>
        </p>
        <ShareLink />
      </header>
      <Notices notices={planner.notices} onDismiss={planner.dismissNotice} onRestoreSaved={planner.restoreSaved} />
      <main className="layout">
        <div className="plan-column">
          <section className="panel form-panel" aria-labelledby="form-heading">
            <div className="panel-head">
              <h1 id="form-heading">Plan your route</h1>
              <button type="button" className="quiet" onClick={planner.reset}>
                Start over
              </button>
            </div>
            <PlanForm api={planner} outcome={outcome} />
          </section>
          <PlanPanel
            outcome={outcome}
            targetId={state.to}
            routeIndex={choice.index}
            onRouteIndex={choice.choose}
            startMonth={startMonth}
            pending={pending}
            onUseRole={setFromTitle}
            onShowRole={showRole}
          />
        </div>
        <div className="explore-column">
          <section className="panel explore-panel" aria-labelledby="explore-heading">
            <h2 id="explore-heading">Explore the roles</h2>
            <ExploreControls filter={explore.filter} onFilter={explore.setFilter} onFind={explore.centreOn} />
            <div className="graph-area">
              <GraphView route={route} explore={explore} focus={focus} scheme={scheme} onSelect={explore.select} onReset={explore.reset} />
              <DetailsPanel selection={explore.selection} focusSeq={focusSeq} fromId={fromId} targetId={state.to} onFrom={setFromTitle} onTo={setTarget} onSelect={reveal} />
            </div>
            <Legend palette={PALETTES[scheme]} />
            {focus && <CertificationFocusSummary focus={focus} onSelect={reveal} />}
          </section>
        </div>
      </main>
      <GraphTables filter={explore.filter} route={route} onSelect={reveal} />
      <footer className="app-footer">
        <p>
          {data.roles.length} roles, {data.certifications.length} certifications and {data.transitions.length} moves, each fact with its sources. Routes are dated from this month; pay figures
          are medians from the sources named. Everything runs in this page: nothing you type leaves your browser.
        </p>
      </footer>
    </>
  );
}
