import {
  lazy,
  memo,
  startTransition,
  Suspense,
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useState,
} from 'react';
import type { RoleGraph } from '../graph/role-graph.ts';
import type { PlanView } from '../export/plan-document.ts';
import { routeCaption, wordingFor } from '../export/plan-wording.ts';
import { GraphTables } from './accessible/GraphTables.tsx';
import { backgroundFor, type Background } from './background/background.ts';
import { catalogOf, CatalogContext, useCatalog } from './catalog.ts';
import { ExploreColumn } from './ExploreColumn.tsx';
import type { GraphImageMaker } from './graph/graph-image.ts';
import { AppErrorBoundary } from './AppErrorBoundary.tsx';
import { Notices } from './Notices.tsx';
import { PlanForm } from './plan/PlanForm.tsx';
import { PlanPanel } from './plan/PlanPanel.tsx';
import { PrintPlan } from './plan/PrintPlan.tsx';
import { StartOver } from './plan/StartOver.tsx';
import { ShareLink } from './ShareLink.tsx';
import { usePlan } from './state/usePlan.ts';
import { usePlannerState } from './state/usePlannerState.ts';
import { useExploreState, type Selection } from './state/useExploreState.ts';
import { useRouteChoice } from './state/useRouteChoice.ts';
import { useSettledValue } from './state/useSettledValue.ts';
import type { ImportReport } from './transfer/import-report.ts';
import { TransferPanel } from './transfer/TransferPanel.tsx';
import type { ImportOutcome } from './transfer/transfer.ts';
import { useImportedPlan } from './transfer/useImportedPlan.ts';
import { useResumeReview } from './transfer/useResumeReview.ts';

/** What was read from a résumé: shown only after one is opened, so loaded then. */
const ResumeReview = lazy(() => import('./transfer/ResumeReview.tsx').then((m) => ({ default: m.ResumeReview })));

/**
 * The tables hold a row per role and per move: thousands on a large graph. They render after
 * the first paint and follow the route and filters a beat behind, so the plan never waits.
 */
const LaterTables = memo(GraphTables);

/** The graph redraws the route once typing pauses this long: a redraw costs the page's thread 50-250 ms. */
const GRAPH_ROUTE_DELAY_MS = 300;
// (The tables mark the same route, a beat behind the graph.)
const LaterPrint = memo(PrintPlan);
const KeepPanel = memo(TransferPanel);

/** `background` is where planning runs: on worker threads by default; tests pass the page's own. */
export function App({ graph, background }: { graph: RoleGraph; background?: Background }) {
  const catalog = useMemo(() => catalogOf(graph), [graph]);
  const work = useMemo(() => background ?? backgroundFor(graph), [background, graph]);
  return (
    <CatalogContext.Provider value={catalog}>
      <AppErrorBoundary>
        <Planner background={work} />
      </AppErrorBoundary>
    </CatalogContext.Provider>
  );
}

/** The page: the form and the plan on the left, the graph and details on the right, tables below. */
function Planner({ background }: { background: Background }) {
  const catalog = useCatalog();
  const { graph, data, roleTitle } = catalog;
  const planner = usePlannerState(graph);
  const { state, update } = planner;
  const plan = usePlan(background, state);
  const { outcome } = plan;
  const chooseRoute = useCallback((route: number) => update({ route }), [update]);
  const setStartMonth = useCallback((start: string) => update({ start }), [update]);
  const choice = useRouteChoice(outcome, state.route, chooseRoute);
  const explore = useExploreState();
  const [focusSeq, setFocusSeq] = useState(0);
  const [imageMaker, setImageMaker] = useState<{ make: GraphImageMaker } | null>(null);
  const openPlan = useImportedPlan(update, choice.expectNewPlan, roleTitle);
  const resume = useResumeReview(update);

  const [tablesShown, setTablesShown] = useState(false);
  useEffect(() => startTransition(() => setTablesShown(true)), []);
  const tablesFilter = useDeferredValue(explore.filter);

  const planned = outcome?.kind === 'planned' && outcome.plan.routes.length > 0 ? outcome : null;
  const view: PlanView | null = useMemo(
    () =>
      planned
        ? { query: planned.query, profile: planned.profile, start: planned.start, selectedRoute: choice.index }
        : null,
    [planned, choice.index],
  );
  const caption = useMemo(
    () =>
      planned && choice.route
        ? routeCaption(
            wordingFor(planned.start, catalog),
            choice.route,
            choice.index,
            planned.query.objective,
            planned.plan.pace,
          )
        : null,
    [planned, choice.route, choice.index, catalog],
  );
  const onImageMaker = useCallback((make: GraphImageMaker | null) => setImageMaker(make ? { make } : null), []);
  const showResume = resume.show;
  const onImported = useCallback(
    (imported: ImportOutcome): ImportReport => {
      if (imported.kind === 'plan') return openPlan(imported);
      if (imported.kind === 'resume') return showResume(imported);
      return {
        tone: 'warning',
        title: `${imported.file} was not opened; your plan is as it was`,
        items: imported.problems,
        focus: true,
      };
    },
    [openPlan, showResume],
  );

  const route = choice.route?.roles ?? null;
  const graphRoute = useSettledValue(route, GRAPH_ROUTE_DELAY_MS);
  // The printed copy is hidden on screen: it follows the plan a beat behind.
  const printed = useDeferredValue(planned);
  const printedRoute = useDeferredValue(choice.index);
  const tablesRoute = useDeferredValue(graphRoute);
  const fromId = outcome?.kind === 'planned' ? outcome.fromId : null;

  // Chosen from a list or a button: show it and move keyboard focus to the details.
  const selectInExplore = explore.select;
  const reveal = useCallback(
    (selection: Selection | null) => {
      selectInExplore(selection);
      if (selection) setFocusSeq((n) => n + 1);
    },
    [selectInExplore],
  );
  const showRole = useCallback((id: string) => reveal({ kind: 'role', id }), [reveal]);
  const setFromTitle = useCallback((title: string) => update({ from: title }), [update]);
  const setTarget = useCallback((to: string) => update({ to }), [update]);

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
      <Notices
        notices={planner.notices}
        onDismiss={planner.dismissNotice}
        onRestoreSaved={planner.restoreSaved}
        onKeepShown={planner.keepShown}
      />
      <main className="layout">
        <div className="plan-column">
          <section className="panel form-panel" aria-labelledby="form-heading">
            <div className="panel-head">
              <h1 id="form-heading">Plan your route</h1>
              <StartOver
                cleared={planner.cleared}
                onStartOver={planner.startOver}
                onUndo={planner.undoStartOver}
                onConfirm={planner.confirmStartOver}
              />
            </div>
            <PlanForm api={planner} outcome={outcome} />
          </section>
          <PlanPanel
            outcome={outcome}
            targetId={state.to}
            routeIndex={choice.index}
            onRouteIndex={chooseRoute}
            pending={plan.pending}
            since={plan.since}
            levers={plan.levers}
            onUseRole={setFromTitle}
            onShowRole={showRole}
            onStartMonth={setStartMonth}
            plannedIn={background.where}
          />
          <KeepPanel
            view={view}
            startMonth={state.start}
            onStartMonth={setStartMonth}
            imageMaker={imageMaker?.make ?? null}
            caption={caption}
            background={background}
            onImported={onImported}
          />
          {resume.review && (
            <Suspense fallback={<p role="status">Opening what secpath read from the résumé…</p>}>
              <ResumeReview
                key={resume.review.file + JSON.stringify(resume.review.inference.profile)}
                inference={resume.review.inference}
                file={resume.review.file}
                onUse={resume.use}
                onDiscard={resume.discard}
              />
            </Suspense>
          )}
        </div>
        <ExploreColumn
          explore={explore}
          route={graphRoute}
          fromId={fromId}
          targetId={state.to}
          focusSeq={focusSeq}
          onFrom={setFromTitle}
          onTo={setTarget}
          onReveal={reveal}
          onImageMaker={onImageMaker}
        />
      </main>
      {printed && (
        <LaterPrint
          plan={printed.plan}
          profile={printed.profile}
          startMonth={printed.start}
          routeIndex={printedRoute}
        />
      )}
      {tablesShown && <LaterTables filter={tablesFilter} route={tablesRoute} onSelect={reveal} />}
      <footer className="app-footer">
        <p>
          {data.roles.length} roles, {data.certifications.length} certifications and {data.transitions.length} moves,
          each fact with its sources. Routes are dated from the month you choose; pay figures are medians from the
          sources named. Everything runs in this page: nothing you type leaves your browser.
        </p>
      </footer>
    </>
  );
}
