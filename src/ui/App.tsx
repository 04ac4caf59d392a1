import { memo, startTransition, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { RoleGraph } from '../graph/role-graph.ts';
import { yearMonthOf } from '../export/months.ts';
import type { PlanView } from '../export/plan-document.ts';
import { DEFAULT_ALTERNATIVES } from '../model/constants.ts';
import type { ResumeInference } from '../export/json-resume.ts';
import { GraphTables } from './accessible/GraphTables.tsx';
import { catalogOf, CatalogContext, useCatalog } from './catalog.ts';
import { DetailsPanel } from './details/DetailsPanel.tsx';
import { certificationFocus } from './explore/certification-focus.ts';
import { CertificationFocusSummary } from './explore/CertificationFocusSummary.tsx';
import { ExploreControls } from './explore/ExploreControls.tsx';
import type { GraphImageMaker } from './graph/graph-image.ts';
import { GraphView } from './graph/GraphView.tsx';
import { Legend } from './graph/Legend.tsx';
import { PALETTES } from './graph/palette.ts';
import { useColorScheme } from './graph/useColorScheme.ts';
import { AppErrorBoundary } from './AppErrorBoundary.tsx';
import { Notices } from './Notices.tsx';
import { PlanForm } from './plan/PlanForm.tsx';
import { PlanPanel } from './plan/PlanPanel.tsx';
import { PrintPlan } from './plan/PrintPlan.tsx';
import { ShareLink } from './ShareLink.tsx';
import { usePlan } from './state/usePlan.ts';
import { usePlannerState } from './state/usePlannerState.ts';
import { useExploreState, type Selection } from './state/useExploreState.ts';
import { useRouteChoice } from './state/useRouteChoice.ts';
import { prefetchTransfer } from './transfer/load-transfer.ts';
import { ResumeReview } from './transfer/ResumeReview.tsx';
import { TransferPanel } from './transfer/TransferPanel.tsx';
import type { ImportOutcome } from './transfer/transfer.ts';

/**
 * The tables hold a row per role and per move: thousands on a large graph. They render after
 * the first paint and follow the route and filters a beat behind, so the plan never waits.
 */
const LaterTables = memo(GraphTables);

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
  const catalog = useCatalog();
  const { graph, data } = catalog;
  const planner = usePlannerState(graph);
  const { state } = planner;
  const { outcome, pending } = usePlan(graph, state);
  const choice = useRouteChoice(outcome);
  const explore = useExploreState();
  const scheme = useColorScheme();
  const [startMonth, setStartMonth] = useState(() => yearMonthOf(new Date()));
  const [focusSeq, setFocusSeq] = useState(0);
  const [imageMaker, setImageMaker] = useState<{ make: GraphImageMaker } | null>(null);
  const [resume, setResume] = useState<{ inference: ResumeInference; file: string } | null>(null);
  // An opened plan names the route it showed; chosen once the new plan is on screen.
  const pendingRoute = useRef<{ fromId: string; index: number } | null>(null);

  useEffect(prefetchTransfer, []);
  const [tablesShown, setTablesShown] = useState(false);
  useEffect(() => startTransition(() => setTablesShown(true)), []);
  const tablesFilter = useDeferredValue(explore.filter);
  useEffect(() => {
    const opened = pendingRoute.current;
    // Wait until the plan of the opened file is computed (the plan runs on a deferred copy).
    if (!opened || pending || outcome.kind !== 'planned' || outcome.fromId !== opened.fromId) return;
    pendingRoute.current = null;
    if (opened.index < outcome.plan.routes.length) choice.choose(opened.index);
  }, [outcome, pending, choice.choose]);

  const view: PlanView | null = useMemo(
    () =>
      outcome.kind === 'planned' && outcome.plan.routes.length > 0
        ? {
            query: { from: outcome.fromId, to: outcome.plan.to, objective: outcome.plan.objective, alternatives: DEFAULT_ALTERNATIVES },
            profile: outcome.profile,
            start: startMonth,
            selectedRoute: choice.index,
          }
        : null,
    [outcome, startMonth, choice.index],
  );
  const onImageMaker = useCallback((make: GraphImageMaker | null) => setImageMaker(make ? { make } : null), []);
  const { notify, update } = planner;
  const onImported = useCallback(
    (imported: ImportOutcome) => {
      if (imported.kind === 'error') {
        notify({ id: 'import', tone: 'warning', title: `${imported.file} was not opened; your plan is as it was`, items: imported.problems });
        return;
      }
      if (imported.kind === 'resume') {
        setResume({ inference: imported.inference, file: imported.file });
        notify({ id: 'import', tone: 'info', title: 'Check what secpath read from your résumé', items: ['Correct anything it got wrong, then press “Plan with this profile”.'] });
        return;
      }
      const { query, profile, start, selectedRoute } = imported.view;
      pendingRoute.current = { fromId: query.from, index: selectedRoute };
      setStartMonth(start);
      update({
        from: catalog.roleTitle(query.from),
        to: query.to,
        objective: query.objective,
        education: profile.education,
        experienceYears: { ...profile.experienceYears },
        certifications: [...profile.certifications],
        monthsInCurrentRole: profile.monthsInCurrentRole ?? null,
      });
      notify({ id: 'import', tone: 'info', title: 'Plan opened', items: [`${catalog.roleTitle(query.from)} to ${catalog.roleTitle(query.to)}, dated from ${start}.`] });
    },
    [notify, update, catalog],
  );
  const onProblem = useCallback((title: string, items: string[]) => notify({ id: 'transfer', tone: 'warning', title, items }), [notify]);

  const focus = useMemo(
    () => (explore.filter.certification ? certificationFocus(data.transitions, explore.filter.certification) : null),
    [data.transitions, explore.filter.certification],
  );
  const route = choice.route?.roles ?? null;
  const tablesRoute = useDeferredValue(route);
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
          {resume && (
            <ResumeReview
              key={resume.file + JSON.stringify(resume.inference.profile)}
              inference={resume.inference}
              file={resume.file}
              onUse={(patch) => {
                update(patch);
                setResume(null);
                planner.dismissNotice('import');
              }}
              onDiscard={() => {
                setResume(null);
                planner.dismissNotice('import');
              }}
            />
          )}
          <TransferPanel
            view={view}
            startMonth={startMonth}
            onStartMonth={setStartMonth}
            imageMaker={imageMaker?.make ?? null}
            onImported={onImported}
            onProblem={onProblem}
          />
        </div>
        <div className="explore-column">
          <section className="panel explore-panel" aria-labelledby="explore-heading">
            <h2 id="explore-heading">Explore the roles</h2>
            <ExploreControls filter={explore.filter} onFilter={explore.setFilter} onFind={explore.centreOn} />
            <div className="graph-area">
              <GraphView route={route} explore={explore} focus={focus} scheme={scheme} onSelect={explore.select} onReset={explore.reset} onImageMaker={onImageMaker} />
              <DetailsPanel selection={explore.selection} focusSeq={focusSeq} fromId={fromId} targetId={state.to} onFrom={setFromTitle} onTo={setTarget} onSelect={reveal} />
            </div>
            <Legend palette={PALETTES[scheme]} />
            {focus && <CertificationFocusSummary focus={focus} onSelect={reveal} />}
          </section>
        </div>
      </main>
      {outcome.kind === 'planned' && outcome.plan.routes.length > 0 && <PrintPlan plan={outcome.plan} profile={outcome.profile} startMonth={startMonth} routeIndex={choice.index} />}
      {tablesShown && <LaterTables filter={tablesFilter} route={tablesRoute} onSelect={reveal} />}
      <footer className="app-footer">
        <p>
          {data.roles.length} roles, {data.certifications.length} certifications and {data.transitions.length} moves, each fact with its sources. Routes are dated from this month; pay figures
          are medians from the sources named. Everything runs in this page: nothing you type leaves your browser.
        </p>
      </footer>
    </>
  );
}
