import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { planRoute } from '../../src/planner/index.ts';
import { browserSession } from '../helpers/browser-session.ts';
import { shippedGraphForTests } from '../helpers/minimal-graph.ts';
import { GRAPH, readGraph, waitForRoute } from './graph-view.ts';

// On a phone the graph opens on the person's route at a size its labels can be read at, the
// whole graph is one tap away, and a tap picks the role under the finger.
const graph = shippedGraphForTests();
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 3 };
const READABLE_PX = 11;
const route = planRoute(graph, { from: 'soc-analyst', to: 'information-security-manager' }, {}).routes[0]!.roles;

const session = browserSession(PHONE);

async function openPhone(path = '/?from=soc-analyst'): Promise<Page> {
  const { page } = await session.open(path);
  await waitForRoute(page, route.join(' '));
  await page.locator(GRAPH).scrollIntoViewIfNeeded();
  return page;
}

interface Shown {
  id: string;
  /** The role's box on the page, in CSS pixels. */
  box: { x1: number; y1: number; x2: number; y2: number };
  /** Its label's size on screen. */
  labelPx: number;
}

/** Every role as the phone shows it: where on the page, and how large its label is drawn. */
async function shownRoles(
  page: Page,
): Promise<{ canvas: { x1: number; y1: number; x2: number; y2: number }; roles: Shown[] }> {
  const rect = (await page.locator(GRAPH).boundingBox())!;
  const roles = await readGraph(
    page,
    (cy, offset) =>
      cy.nodes('.role').map((node) => {
        const b = node.renderedBoundingBox({ includeLabels: false, includeOverlays: false } as never);
        return {
          id: node.id(),
          box: { x1: b.x1 + offset.x, y1: b.y1 + offset.y, x2: b.x2 + offset.x, y2: b.y2 + offset.y },
          labelPx: node.numericStyle('font-size') * cy.zoom(),
        };
      }),
    { x: rect.x, y: rect.y },
  );
  return { canvas: { x1: rect.x, y1: rect.y, x2: rect.x + rect.width, y2: rect.y + rect.height }, roles };
}

const within = (box: Shown['box'], area: Shown['box']) =>
  box.x1 >= area.x1 && box.y1 >= area.y1 && box.x2 <= area.x2 && box.y2 <= area.y2;

describe('the graph on a phone', () => {
  it('opens on the route with labels at least 11 CSS px tall', async () => {
    const page = await openPhone();
    const { canvas, roles } = await shownRoles(page);
    for (const role of roles)
      expect(role.labelPx, `${role.id} label size on screen`).toBeGreaterThanOrEqual(READABLE_PX);
    // On the route: where the person is and their first move are on screen (the rest of a
    // longer route is a two-finger pan away).
    for (const id of route.slice(0, 2))
      expect(within(roles.find((r) => r.id === id)!.box, canvas), `${id} is on screen`).toBe(true);
  });

  it('shows the whole graph with one tap, and the route again with another', async () => {
    const page = await openPhone();
    await page.locator('.graph-toolbar').scrollIntoViewIfNeeded();
    await page.getByRole('button', { name: 'Whole graph' }).tap();
    await expect
      .poll(async () => {
        const { canvas, roles } = await shownRoles(page);
        return roles.filter((r) => !within(r.box, canvas)).map((r) => r.id);
      })
      .toEqual([]);
    await page.getByRole('button', { name: 'Your route' }).tap();
    await expect
      .poll(async () => Math.min(...(await shownRoles(page)).roles.map((r) => r.labelPx)))
      .toBeGreaterThanOrEqual(READABLE_PX);
  });

  it('picks the role under the finger', async () => {
    const page = await openPhone();
    const { canvas, roles } = await shownRoles(page);
    const onScreen = roles.filter((r) => within(r.box, canvas));
    expect(onScreen.length, 'roles fully on screen').toBeGreaterThanOrEqual(route.length);
    for (const role of onScreen) {
      await page.locator(GRAPH).scrollIntoViewIfNeeded();
      const { roles: now } = await shownRoles(page);
      const box = now.find((r) => r.id === role.id)!.box;
      // Near the role's left end, where a finger covers its neighbours' arrows too.
      await page.touchscreen.tap(box.x1 + 0.2 * (box.x2 - box.x1), (box.y1 + box.y2) / 2);
      await expect
        .poll(() => page.getAttribute(GRAPH, 'data-selected'), { message: `tap on ${role.id}` })
        .toBe(role.id);
    }
  });
});
