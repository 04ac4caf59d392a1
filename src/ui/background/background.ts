import type { RoleGraph } from '../../graph/role-graph.ts';
import type { Lever } from '../../model/plan.ts';
import type { PlanOutcome } from '../state/plan-outcome.ts';
import type { PlannerState } from '../state/planner-state.ts';
import type { FromBackground, ToBackground, TransferJob, TransferResult } from './protocol.ts';

export interface PlanHandlers {
  planned(outcome: PlanOutcome): void;
  levers(levers: Lever[]): void;
}

export interface TransferTask {
  result: Promise<TransferResult>;
  /** Stops the job; its result then rejects with a `TransferCancelled`. */
  cancel(): void;
}

/**
 * Where the planner works. The page asks; answers come back later. A newer plan supersedes an
 * older one still at work: the older one's answers never arrive.
 */
export interface Background {
  /** 'worker' when the work runs on its own thread; 'page' where no worker can run (tests, a refused worker). */
  readonly where: 'worker' | 'page';
  plan(state: PlannerState, handlers: PlanHandlers): void;
  transfer(job: TransferJob): TransferTask;
}

export class TransferCancelled extends Error {
  constructor() {
    super('stopped');
    this.name = 'TransferCancelled';
  }
}

const later = (run: () => void) => setTimeout(run, 0);

/** Files need the exports and zod: loaded only when the page does that work itself. */
const loadFileJobs = () => import('./file-jobs.ts');

/**
 * The planner itself, loaded only when the page plans (no worker can start): where workers run,
 * the first view does not download the planner twice.
 */
const loadPlanner = () => Promise.all([import('../state/plan-outcome.ts'), import('./plan-jobs.ts')]);

/** The planner in the page itself, a beat after each change: for tests and where no worker can start. */
export function pageBackground(graph: RoleGraph): Background {
  let latest = 0;
  return {
    where: 'page',
    plan(state, handlers) {
      const id = ++latest;
      void loadPlanner().then(([{ computePlan }, { leversOf }]) =>
        later(() => {
          if (id !== latest) return;
          const outcome = computePlan(graph, state);
          handlers.planned(outcome);
          later(() => {
            if (id === latest) handlers.levers(leversOf(graph, outcome, state.route));
          });
        }),
      );
    },
    transfer(job) {
      let cancelled = false;
      const result = loadFileJobs().then((jobs) => {
        if (cancelled) throw new TransferCancelled();
        return jobs.runTransfer(graph, job);
      });
      return { result, cancel: () => void (cancelled = true) };
    },
  };
}

/** Two kinds of worker: plans (small, quick to start, started again when superseded) and files (with zod). */
type WorkerFactory = (kind: 'plan' | 'files') => Worker;

const defaultWorker: WorkerFactory = (kind) =>
  kind === 'plan'
    ? new Worker(new URL('./plan.worker.ts', import.meta.url), { type: 'module', name: 'secpath planner' })
    : new Worker(new URL('./files.worker.ts', import.meta.url), { type: 'module', name: 'secpath files' });

/**
 * The planner on its own threads: one for plans, with a spare started and loaded beside it, and
 * one for files. When a change comes while a plan (or its levers) is still at work, that worker
 * is stopped and the spare takes the new plan at once. A worker that cannot start (refused,
 * offline before it loaded) hands its work to the page, so planning never stops.
 */
export function workerBackground(graph: RoleGraph, makeWorker: WorkerFactory = defaultWorker): Background {
  const payload = JSON.stringify(graph.getAttribute('data'));
  const fallback = pageBackground(graph);
  let broken = false;
  let seq = 0;

  const start = (
    kind: 'plan' | 'files',
    onMessage: (message: FromBackground) => void,
    onBroken: (worker: Worker) => void,
  ): Worker | null => {
    if (broken) return null;
    try {
      const worker = makeWorker(kind);
      worker.onmessage = (event: MessageEvent<FromBackground>) => onMessage(event.data);
      worker.onerror = (event) => {
        event.preventDefault?.();
        onBroken(worker);
      };
      const init: ToBackground = { kind: 'init', data: payload };
      worker.postMessage(init);
      return worker;
    } catch {
      broken = true;
      return null;
    }
  };

  // Plans.
  let latest: { id: number; state: PlannerState; handlers: PlanHandlers } | null = null;
  let busy = false;
  let planner: Worker | null = null;
  let spare: Worker | null = null;
  const onPlanMessage = (message: FromBackground) => {
    if (!latest || message.id !== latest.id) return;
    if (message.kind === 'planned') latest.handlers.planned(message.outcome);
    else if (message.kind === 'levers') {
      busy = false;
      latest.handlers.levers(message.levers);
    } else if (message.kind === 'failed') {
      busy = false;
      latest.handlers.levers([]);
    }
  };
  const plannerBroke = (worker: Worker) => {
    worker.terminate();
    // A spare that could not load (offline) is only one less spare.
    if (worker === spare) {
      spare = null;
      return;
    }
    if (worker !== planner) return;
    broken = true;
    planner?.terminate();
    spare?.terminate();
    planner = spare = null;
    busy = false;
    if (latest) fallback.plan(latest.state, latest.handlers);
  };
  const startPlanner = () => start('plan', onPlanMessage, plannerBroke);

  // Files.
  let files: Worker | null = null;
  const pending = new Map<number, { resolve(result: TransferResult): void; reject(error: Error): void }>();
  const onFileMessage = (message: FromBackground) => {
    const job = pending.get(message.id);
    if (!job) return;
    pending.delete(message.id);
    if (message.kind === 'transferred') job.resolve(message.result);
    else job.reject(new Error(message.kind === 'failed' ? message.message : 'unexpected answer'));
  };
  const filesBroke = () => {
    files?.terminate();
    files = null;
    for (const job of pending.values()) job.reject(new Error('the file could not be handled in the background'));
    pending.clear();
  };

  return {
    get where() {
      return broken ? 'page' : 'worker';
    },
    plan(state, handlers) {
      const id = ++seq;
      latest = { id, state, handlers };
      if (broken) return fallback.plan(state, handlers);
      if (busy && spare) {
        // The old plan's answers are no use any more: stop it rather than wait for it.
        planner?.terminate();
        planner = spare;
        spare = null;
      }
      planner ??= startPlanner();
      if (!planner) return fallback.plan(state, handlers);
      busy = true;
      const message: ToBackground = { kind: 'plan', id, state, routeIndex: state.route };
      planner.postMessage(message);
      // Start the next spare after this change has been handled, not during it.
      if (!spare) setTimeout(() => (spare ??= startPlanner()), 50);
    },
    transfer(job) {
      files ??= start('files', onFileMessage, filesBroke);
      if (!files) return fallback.transfer(job);
      const worker = files;
      const id = ++seq;
      const result = new Promise<TransferResult>((resolve, reject) => pending.set(id, { resolve, reject }));
      const message: ToBackground = { kind: 'transfer', id, job };
      worker.postMessage(message);
      return {
        result,
        cancel() {
          const waiting = pending.get(id);
          if (!waiting) return;
          pending.delete(id);
          // A file job cannot be interrupted inside the worker: stop the worker; the next job starts another.
          worker.terminate();
          if (files === worker) files = null;
          for (const other of pending.values()) other.reject(new TransferCancelled());
          pending.clear();
          waiting.reject(new TransferCancelled());
        },
      };
    },
  };
}

const backgrounds = new WeakMap<RoleGraph, Background>();

/** The page's planner for a graph: on worker threads where the browser has them. */
export function backgroundFor(graph: RoleGraph): Background {
  let background = backgrounds.get(graph);
  if (!background) {
    background = typeof Worker === 'function' ? workerBackground(graph) : pageBackground(graph);
    backgrounds.set(graph, background);
  }
  return background;
}
