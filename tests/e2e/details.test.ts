import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { planRoute } from '../../src/planner/index.ts';
import { browserSession } from '../helpers/browser-session.ts';
import { shippedGraphForTests } from '../helpers/minimal-graph.ts';
import { GRAPH, readGraph, waitForRoute } from './graph-view.ts';

// The details of a role or a move open beside what they describe, not over it; nothing of the
// page shows through them; Escape closes them however they were opened, and focus goes back to
// where the person was.
const graph = shippedGraphForTests();
const route = planRoute(graph, { from: 'soc-analyst', to: 'information-security-manager' }, {}).routes[0]!.roles;
const title = (id: string) => graph.getNodeAttribute(id, 'role').title;
const DETAILS = 'section.details';

type Rect = { x: number; y: number; width: number; height: number };

const session = browserSession({ viewport: { width: 1400, height: 900 } });

async function open(): Promise<Page> {
  const { page } = await session.open('/?from=soc-analyst');
  await waitForRoute(page, route.join(' '));
  return page;
}

const overlap = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * Where something other than the panel is on top of it: at points across the panel, and at the
 * middle of every element of the page under it (a step's number marker is small enough to fall
 * between the points).
 */
async function showingThrough(page: Page): Promise<string[]> {
  return page.evaluate((selector) => {
    const panel = document.querySelector(selector)!;
    const box = panel.getBoundingClientRect();
    const points: Array<[number, number]> = [];
    for (let i = 1; i < 12; i++)
      for (let j = 1; j < 12; j++) points.push([box.left + (box.width * i) / 12, box.top + (box.height * j) / 12]);
    for (const element of document.body.querySelectorAll('*')) {
      if (panel.contains(element)) continue;
      const r = element.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      if (r.width > 0 && x > box.left && x < box.right && y > box.top && y < box.bottom) points.push([x, y]);
    }
    const found = new Set<string>();
    for (const [x, y] of points) {
      if (y < 0 || y >= window.innerHeight || x < 0 || x >= window.innerWidth) continue;
      const top = document.elementFromPoint(x, y);
      if (top && !panel.contains(top))
        found.add(
          `${top.tagName.toLowerCase()}.${[...top.classList].join('.')} "${(top.textContent ?? '').trim().slice(0, 20)}"`,
        );
    }
    return [...found];
  }, DETAILS);
}

async function expectBesideAndOpaque(page: Page, opener: Rect, heading: string): Promise<void> {
  const details = page.locator(DETAILS);
  await details.getByRole('heading', { level: 2, name: heading }).waitFor();
  const panel = (await details.boundingBox())!;
  expect(
    overlap(panel, opener),
    `the details (${JSON.stringify(panel)}) cover what they were opened from (${JSON.stringify(opener)})`,
  ).toBe(false);
  expect(await showingThrough(page)).toEqual([]);
}

const isFocused = (locator: Locator) => locator.evaluate((el) => el === document.activeElement);

describe('the details of a role', () => {
  it('opened by a click on the graph: beside the graph, over the plan with nothing showing through, closed by Escape', async () => {
    const page = await open();
    // The plan's steps (with their numbered markers) are on screen, under where the details go.
    await page.locator('ol[aria-label="Steps of the route"]').scrollIntoViewIfNeeded();
    const target = route.at(-1)!;
    const canvas = (await page.locator(GRAPH).boundingBox())!;
    const node = await readGraph(
      page,
      (cy, id) => cy.getElementById(id).renderedBoundingBox({ includeLabels: false } as never),
      target,
    );
    const rect = { x: canvas.x + node.x1, y: canvas.y + node.y1, width: node.w, height: node.h };
    await page.mouse.click(rect.x + rect.width / 2, rect.y + rect.height / 2);
    await expectBesideAndOpaque(page, rect, title(target));
    await page.keyboard.press('Escape');
    await page
      .locator(DETAILS)
      .getByRole('heading', { name: title(target) })
      .waitFor({ state: 'detached' });
    expect(await isFocused(page.locator(GRAPH)), 'focus is back on the graph').toBe(true);
  });

  it('opened from a step of the plan: beside the plan, and Escape brings focus back to the step', async () => {
    const page = await open();
    const step = page.locator('ol[aria-label="Steps of the route"]').getByRole('button', { name: title(route[1]!) });
    await step.scrollIntoViewIfNeeded();
    await step.click();
    await expectBesideAndOpaque(page, (await step.boundingBox())!, title(route[1]!));
    await page.keyboard.press('Escape');
    await page
      .locator(DETAILS)
      .getByRole('heading', { name: title(route[1]!) })
      .waitFor({ state: 'detached' });
    expect(await isFocused(step), 'focus is back on the step').toBe(true);
  });

  it('opened from the roles table: beside the row, and Escape brings focus back to its button', async () => {
    const page = await open();
    const button = page
      .getByRole('table', { name: /roles/i })
      .getByRole('button', { name: title('penetration-tester'), exact: true });
    await button.scrollIntoViewIfNeeded();
    await button.click();
    await expectBesideAndOpaque(page, (await button.boundingBox())!, title('penetration-tester'));
    await page.keyboard.press('Escape');
    await page
      .locator(DETAILS)
      .getByRole('heading', { name: title('penetration-tester') })
      .waitFor({ state: 'detached' });
    expect(await isFocused(button), 'focus is back on the table button').toBe(true);
  });
});
