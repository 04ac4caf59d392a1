import type { Browser, Page } from 'playwright-core';
import { GRAPH } from './graph-view.ts';

export { GRAPH };

export interface MainThreadTasks {
  /** The most processor time the page's main thread spent on one task, in ms. */
  longestCpuMs: number;
  /** The longest task by the clock, in ms: on a busy machine it also counts time the thread waited for a processor. */
  longestWallMs: number;
}

/**
 * Runs `work` while Chromium traces the page's main thread, and reports its longest task. The
 * test machines are shared (two cores, often several test runs at once), so a task's clock time
 * swings with the load; the time the thread itself spent on the task does not, and is what
 * holds up the page.
 */
export async function measureMainThread(
  browser: Browser,
  page: Page,
  work: () => Promise<void>,
): Promise<MainThreadTasks> {
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  let events: TraceEvent[] = [];
  try {
    await work();
  } finally {
    events = (JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  }
  const url = page.url().split('?')[0]!;
  const frames = (events.find((e) => e.name === 'TracingStartedInBrowser')?.args?.data?.frames ?? []) as {
    processId: number;
    url: string;
  }[];
  const pids = new Set(frames.filter((f) => f.url.startsWith(url)).map((f) => f.processId));
  const main = new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && pids.has(e.pid))
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const tasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && main.has(`${e.pid}:${e.tid}`));
  if (tasks.length === 0) throw new Error("the trace holds no task of the page's main thread");
  return {
    longestCpuMs: Math.round(Math.max(...tasks.map((t) => t.tdur ?? t.dur ?? 0)) / 1000),
    longestWallMs: Math.round(Math.max(...tasks.map((t) => t.dur ?? 0)) / 1000),
  };
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { frames?: unknown[] } };
}

export const STEPS = 'ol[aria-label="Steps of the route"]';

export const listedRoute = (page: Page) => page.getAttribute(STEPS, 'data-route-roles', { timeout: 20_000 });

/** Resolves when the page's main thread has a moment with nothing to do. */
export const idle = (page: Page) =>
  page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 10_000 })));

/** Waits until the graph is drawn and no plan or levers are still at work: start-up is over. */
export async function settled(page: Page): Promise<void> {
  await page.waitForSelector(`${GRAPH}[data-ready="true"]`, { timeout: 30_000 });
  await page.waitForFunction(
    () =>
      !document.querySelector('.plan-panel[aria-busy], .levers[aria-busy]') &&
      !document.querySelector('.plan-panel')?.textContent?.includes('Working out your route'),
    null,
    { timeout: 30_000 },
  );
  await idle(page);
}
