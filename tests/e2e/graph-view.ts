import type { Core } from 'cytoscape';
import type { Page } from 'playwright-core';

/** The graph's canvas container, which publishes what it draws as data- attributes. */
export const GRAPH = '[data-testid="role-graph"]';

/**
 * Runs `read` in the page with the graph's Cytoscape instance. Cytoscape registers itself on
 * its container (`_cyreg`), so tests can read what it draws without the app exposing anything.
 */
export async function readGraph<T, A>(page: Page, read: (cy: Core, arg: A) => T, arg: A): Promise<T> {
  const cy = await page.evaluateHandle((selector) => {
    const container = document.querySelector(selector) as (HTMLElement & { _cyreg?: { cy: Core } }) | null;
    if (!container?._cyreg?.cy) throw new Error('the graph is not drawn');
    return container._cyreg.cy;
  }, GRAPH);
  try {
    return (await cy.evaluate(read as never, arg as never)) as T;
  } finally {
    await cy.dispose();
  }
}

/** Waits until the graph's chunk has loaded and it has drawn the given route ('' for none). */
export async function waitForRoute(page: Page, route: string | RegExp): Promise<void> {
  await page.waitForSelector(`${GRAPH}[data-ready="true"]`, { timeout: 20_000 });
  await page.waitForFunction(
    ([selector, wanted, isRegExp]) => {
      const drawn = (document.querySelector(selector as string) as HTMLElement | null)?.dataset.route;
      if (drawn === undefined) return false;
      return isRegExp ? new RegExp(wanted as string).test(drawn) : drawn === wanted;
    },
    [GRAPH, route instanceof RegExp ? route.source : route, route instanceof RegExp] as const,
    { timeout: 20_000 },
  );
}

/** Waits for two animation frames, so what the last change asked for has been drawn. */
export function nextFrames(page: Page): Promise<void> {
  return page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
}

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * Every shown node's label box, in graph units: the measurements Cytoscape sizes the label's
 * texture by and draws it into. A label measured for other text or another weight than it
 * shows is drawn clipped or stretched.
 */
export function labelBoxes(page: Page): Promise<Record<string, Box>> {
  return readGraph(
    page,
    (cy) => {
      const boxes: Record<string, { x1: number; y1: number; x2: number; y2: number }> = {};
      cy.nodes(':visible').forEach((node) => {
        const { x1, y1, x2, y2 } = node.boundingBox({
          includeNodes: false,
          includeEdges: false,
          includeLabels: true,
          includeOverlays: false,
          includeUnderlays: false,
        } as never);
        boxes[node.id()] = { x1, y1, x2, y2 };
      });
      return boxes;
    },
    null,
  );
}
