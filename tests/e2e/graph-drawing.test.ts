import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createPlanDocument, serializePlanDocument } from '../../src/export/plan-document.ts';
import { planRoute } from '../../src/planner/index.ts';
import { browserSession } from '../helpers/browser-session.ts';
import { shippedGraphForTests } from '../helpers/minimal-graph.ts';
import { baseUrl } from './browser.ts';
import { GRAPH, labelBoxes, nextFrames, readGraph, waitForRoute, type Box } from './graph-view.ts';

// Whatever changes inside the page, the graph must draw its labels exactly as a fresh load of
// the same link draws them. Cytoscape measures each label once and draws it into a texture of
// that size; a label whose text or weight changed used to keep its old measurements and came
// out clipped ("rt · SOC ana"), stretched, or spilling onto another label. Each label's box
// is compared with the fresh load's. (Comparing pixels was tried first: Cytoscape draws a
// settled graph from cached layers or directly depending on what happened before, and that
// resampling differs by more pixels than a clipped word does.)
const graph = shippedGraphForTests();
const VIEWPORT = { width: 1400, height: 900 };
const STEPS = 'ol[aria-label="Steps of the route"]';
/** Label boxes are measured in whole pixels of text; anything more than rounding is a different drawing. */
const BOX_TOLERANCE = 0.5;

const session = browserSession({ viewport: VIEWPORT });

async function open(path: string): Promise<Page> {
  return (await session.open(path)).page;
}

const routeOf = (from: string, to = 'information-security-manager', index = 0) =>
  planRoute(graph, { from, to }, {}).routes[index]!.roles.join(' ');
const drawnRoute = (page: Page) => page.getAttribute(GRAPH, 'data-route');

function differences(changed: Record<string, Box>, fresh: Record<string, Box>): string[] {
  const ids = [...new Set([...Object.keys(changed), ...Object.keys(fresh)])].sort();
  return ids.flatMap((id) => {
    const a = changed[id];
    const b = fresh[id];
    if (!a || !b) return [`${id}: ${a ? 'drawn only after the change' : 'drawn only on a fresh load'}`];
    const off = (['x1', 'y1', 'x2', 'y2'] as const).some((k) => Math.abs(a[k] - b[k]) > BOX_TOLERANCE);
    return off
      ? [
          `${id}: label ${(a.x2 - a.x1).toFixed(1)} x ${(a.y2 - a.y1).toFixed(1)} at ${a.x1.toFixed(1)},${a.y1.toFixed(1)}; fresh load ${(b.x2 - b.x1).toFixed(1)} x ${(b.y2 - b.y1).toFixed(1)} at ${b.x1.toFixed(1)},${b.y1.toFixed(1)}`,
        ]
      : [];
  });
}

/** Every label of `changed` against the same label on a fresh load of the same link (or on `fresh`). */
async function expectDrawnLikeAFreshLoad(changed: Page, fresh?: Page): Promise<void> {
  const route = (await drawnRoute(changed)) ?? '';
  // The address bar is written once typing pauses, and at once when the page is left: leave it
  // (as far as the page knows) so the link read below is the one for what is drawn.
  await changed.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  const reference = fresh ?? (await open(new URL(changed.url()).pathname + new URL(changed.url()).search));
  await waitForRoute(reference, route);
  await Promise.all([nextFrames(changed), nextFrames(reference)]);
  expect(differences(await labelBoxes(changed), await labelBoxes(reference))).toEqual([]);
}

describe('the graph draws every label whole after a change in the page', () => {
  it('after typing the role you hold', async () => {
    const page = await open('/');
    await page.waitForSelector(`${GRAPH}[data-ready="true"]`);
    await page.getByRole('combobox', { name: 'Your current role' }).pressSequentially('soc analyst');
    await waitForRoute(page, routeOf('soc-analyst'));
    await expectDrawnLikeAFreshLoad(page);
  });

  it('after a "Try:" example', async () => {
    const page = await open('/');
    await page.waitForSelector(`${GRAPH}[data-ready="true"]`);
    await page.locator('.examples button').first().click();
    await waitForRoute(page, /\S/);
    await expectDrawnLikeAFreshLoad(page);
  });

  it('after changing the role you want', async () => {
    const page = await open('/?from=soc-analyst');
    await waitForRoute(page, routeOf('soc-analyst'));
    await page.getByLabel('Role you want').selectOption('chief-information-security-officer');
    await waitForRoute(page, routeOf('soc-analyst', 'chief-information-security-officer'));
    await expectDrawnLikeAFreshLoad(page);
  });

  it('after the route is removed', async () => {
    const page = await open('/');
    await page.waitForSelector(`${GRAPH}[data-ready="true"]`);
    const role = page.getByRole('combobox', { name: 'Your current role' });
    await role.pressSequentially('soc analyst');
    await waitForRoute(page, routeOf('soc-analyst'));
    await nextFrames(page);
    await role.selectText();
    await role.pressSequentially('quantum plumber');
    await waitForRoute(page, '');
    await expectDrawnLikeAFreshLoad(page);
  });

  it('after opening a plan file', async () => {
    const view = {
      query: { from: 'it-support-specialist', to: 'chief-information-security-officer' },
      profile: { experienceYears: { it: 2 }, education: 'bachelor' as const, certifications: ['security-plus'] },
      start: '2027-01',
      selectedRoute: 0,
    };
    const document = createPlanDocument(graph, {
      ...view,
      query: { ...view.query, objective: 'fastest', pace: 'typical', routeCount: 2 },
      profile: { ...view.profile, associateOf: [] },
    });
    const page = await open('/?from=soc-analyst');
    await waitForRoute(page, routeOf('soc-analyst'));
    await page.getByTestId('import-file').setInputFiles({
      name: 'plan.json',
      mimeType: 'application/json',
      buffer: Buffer.from(serializePlanDocument(document)),
    });
    await page.getByText('Plan opened').waitFor();
    await waitForRoute(page, document.routes[0]!.roles.join(' '));
    await expectDrawnLikeAFreshLoad(page);
  });

  it('after picking an alternative route', async () => {
    const link = '/?from=soc-analyst&to=chief-information-security-officer';
    const alternative = routeOf('soc-analyst', 'chief-information-security-officer', 1);
    const page = await open(link);
    await waitForRoute(page, routeOf('soc-analyst', 'chief-information-security-officer'));
    await page.getByRole('radio', { name: /^Alternative 1/ }).check();
    await waitForRoute(page, alternative);

    // The link does not name the chosen route, so the fresh load picks it too, but before its
    // graph has loaded: the graph's first drawing is then of the alternative.
    const context = await session.context();
    let releaseGraph!: () => void;
    const graphHeld = new Promise<void>((resolve) => (releaseGraph = resolve));
    await context.route(/\/assets\/CytoscapeGraph-[\w-]+\.js$/, async (route) => {
      await graphHeld;
      await route.continue();
    });
    const fresh = await context.newPage();
    await fresh.goto(`${baseUrl()}${link}`);
    await fresh.getByRole('radio', { name: /^Alternative 1/ }).check();
    await expect.poll(() => fresh.getAttribute(STEPS, 'data-route-roles')).toBe(alternative);
    releaseGraph();
    await expectDrawnLikeAFreshLoad(page, fresh);
  });
});

describe('labels, arrows and tooltips of the graph', () => {
  it('has room in every role for three lines of its label, and every label fits its role', async () => {
    // To the CISO: the longest titles of the graph are on this route and around its end.
    const page = await open('/?from=soc-analyst&to=chief-information-security-officer');
    await waitForRoute(page, routeOf('soc-analyst', 'chief-information-security-officer'));
    await nextFrames(page);
    const problems = await readGraph(
      page,
      (cy) =>
        cy
          .nodes('.role')
          .toArray()
          .flatMap((node) => {
            const border = node.numericStyle('border-width');
            const inner = {
              x1: node.position().x - node.width() / 2 + border / 2,
              x2: node.position().x + node.width() / 2 - border / 2,
              y1: node.position().y - node.height() / 2 + border / 2,
              y2: node.position().y + node.height() / 2 - border / 2,
            };
            const threeLines = 3 * node.numericStyle('font-size') * node.numericStyle('line-height');
            const label = node.boundingBox({
              includeNodes: false,
              includeEdges: false,
              includeLabels: true,
              includeOverlays: false,
              includeUnderlays: false,
            } as never);
            const out: string[] = [];
            if (inner.y2 - inner.y1 < threeLines)
              out.push(
                `${node.id()}: ${(inner.y2 - inner.y1).toFixed(1)} high inside its border, three lines need ${threeLines.toFixed(1)}`,
              );
            if (
              label.x1 < inner.x1 - 0.5 ||
              label.x2 > inner.x2 + 0.5 ||
              label.y1 < inner.y1 - 0.5 ||
              label.y2 > inner.y2 + 0.5
            )
              out.push(
                `${node.id()}: label ${label.w.toFixed(1)} x ${label.h.toFixed(1)} does not fit inside its border`,
              );
            return out;
          }),
      null,
    );
    expect(problems).toEqual([]);
  });

  it('shows every arrow of the route, also between roles stacked one above the other, and runs none under another role', async () => {
    const from = 'soc-analyst';
    const route = routeOf(from).split(' ');
    const level = (id: string) => graph.getNodeAttribute(id, 'role').level;
    expect(
      route.some((id, i) => i > 0 && level(id) === level(route[i - 1]!)),
      'precondition: the route from SOC analyst has a move within one level',
    ).toBe(true);
    const page = await open(`/?from=${from}`);
    await waitForRoute(page, route.join(' '));
    await nextFrames(page);
    const visible = await readGraph(
      page,
      (cy) => {
        const bodies = cy.nodes('.role').map((n) => ({
          id: n.id(),
          x1: n.position().x - n.width() / 2,
          x2: n.position().x + n.width() / 2,
          y1: n.position().y - n.height() / 2,
          y2: n.position().y + n.height() / 2,
        }));
        const within = (p: { x: number; y: number }, b: (typeof bodies)[number]) =>
          p.x > b.x1 && p.x < b.x2 && p.y > b.y1 && p.y < b.y2;
        const inside = (p: { x: number; y: number }) => bodies.some((b) => within(p, b));
        const point = (
          s: { x: number; y: number },
          c: Array<{ x: number; y: number }>,
          t: { x: number; y: number },
          u: number,
        ) => {
          // Cytoscape draws one control point as a quadratic curve; more as a chain through them.
          const via =
            c.length === 0
              ? { x: (s.x + t.x) / 2, y: (s.y + t.y) / 2 }
              : c[Math.min(c.length - 1, Math.floor(u * c.length))]!;
          return {
            x: (1 - u) ** 2 * s.x + 2 * u * (1 - u) * via.x + u ** 2 * t.x,
            y: (1 - u) ** 2 * s.y + 2 * u * (1 - u) * via.y + u ** 2 * t.y,
          };
        };
        return cy.edges('.on-route').map((edge) => {
          const s = edge.sourceEndpoint();
          const t = edge.targetEndpoint();
          const c = edge.controlPoints() ?? [];
          const others = bodies.filter((b) => b.id !== edge.source().id() && b.id !== edge.target().id());
          let length = 0;
          let underOthers = 0;
          const STEPS = 200;
          for (let i = 0; i < STEPS; i++) {
            const a = point(s, c, t, i / STEPS);
            const b = point(s, c, t, (i + 1) / STEPS);
            const middle = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
            if (!inside(middle)) length += Math.hypot(b.x - a.x, b.y - a.y);
            if (others.some((o) => within(middle, o))) underOthers += Math.hypot(b.x - a.x, b.y - a.y);
          }
          return { id: edge.id(), length: Math.round(length), underOthers: Math.round(underOthers) };
        });
      },
      null,
    );
    expect(visible.map((e) => e.id).sort()).toEqual(
      route
        .slice(1)
        .map((id, i) => `${route[i]}->${id}`)
        .sort(),
    );
    // The arrowhead alone is about 13 graph units long; a line as long again must show behind it.
    for (const edge of visible) {
      expect(edge.length, `${edge.id} is drawn this long outside every role`).toBeGreaterThanOrEqual(26);
      // A move that runs under another role reads as leaving from it.
      expect(edge.underOthers, `${edge.id} runs this long under roles that are not its ends`).toBeLessThanOrEqual(2);
    }
  });

  it('keeps a tooltip inside the graph for roles at its right and bottom edges', async () => {
    const page = await open('/?from=soc-analyst');
    await waitForRoute(page, routeOf('soc-analyst'));
    const canvas = (await page.locator(GRAPH).boundingBox())!;
    const edges = await readGraph(
      page,
      (cy) => {
        const roles = cy.nodes('.role').map((n) => ({ id: n.id(), ...n.renderedPosition() }));
        const rightmost = roles.reduce((a, b) => (b.x > a.x ? b : a));
        const lowest = roles.reduce((a, b) => (b.y > a.y ? b : a));
        return [rightmost, lowest];
      },
      null,
    );
    for (const node of edges) {
      await page.mouse.move(canvas.x + node.x, canvas.y + node.y);
      const tooltip = page.locator('.graph-tooltip', { hasText: graph.getNodeAttribute(node.id, 'role').title });
      await tooltip.waitFor();
      await expect.poll(() => tooltip.evaluate((el) => getComputedStyle(el).visibility)).toBe('visible');
      const box = (await tooltip.boundingBox())!;
      expect(box.x, `${node.id}: tooltip left edge`).toBeGreaterThanOrEqual(canvas.x);
      expect(box.y, `${node.id}: tooltip top edge`).toBeGreaterThanOrEqual(canvas.y);
      expect(box.x + box.width, `${node.id}: tooltip right edge`).toBeLessThanOrEqual(canvas.x + canvas.width);
      expect(box.y + box.height, `${node.id}: tooltip bottom edge`).toBeLessThanOrEqual(canvas.y + canvas.height);
      await page.mouse.move(0, 0);
      await tooltip.waitFor({ state: 'detached' });
    }
  });
});
