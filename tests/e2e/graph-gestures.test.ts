import { describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { browserSession } from '../helpers/browser-session.ts';
import { GRAPH, readGraph, waitForRoute } from './graph-view.ts';

// The graph must never trap the page's scrolling: the wheel and one finger scroll the page;
// Ctrl/⌘ + wheel, the zoom buttons and two fingers move the graph.
const LINK = '/?from=soc-analyst';

const session = browserSession();

async function open(options: BrowserContextOptions): Promise<Page> {
  const { page } = await session.open(LINK, options);
  await page.waitForSelector(`${GRAPH}[data-ready="true"]`);
  await waitForRoute(page, /\S/);
  return page;
}

const camera = (page: Page) => readGraph(page, (cy) => ({ zoom: cy.zoom(), x: cy.pan().x, y: cy.pan().y }), null);
const scrollY = (page: Page) => page.evaluate(() => window.scrollY);

async function graphCentre(page: Page): Promise<{ x: number; y: number }> {
  const box = (await page.locator(GRAPH).boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

describe('the mouse wheel over the graph', () => {
  it('scrolls the page and leaves the graph as it is', async () => {
    const page = await open({ viewport: { width: 1400, height: 900 } });
    const before = await camera(page);
    const centre = await graphCentre(page);
    await page.mouse.move(centre.x, centre.y);
    await page.mouse.wheel(0, 500);
    await expect.poll(() => scrollY(page)).toBeGreaterThan(0);
    expect(await camera(page)).toEqual(before);
  });

  it('zooms the graph at the pointer with Ctrl held, and the page stays where it is', async () => {
    const page = await open({ viewport: { width: 1400, height: 900 } });
    const before = await camera(page);
    const centre = await graphCentre(page);
    await page.mouse.move(centre.x, centre.y);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -300);
    await page.keyboard.up('Control');
    await expect.poll(async () => (await camera(page)).zoom).toBeGreaterThan(before.zoom * 1.2);
    expect(await scrollY(page)).toBe(0);
  });

  it('says how to zoom, beside the zoom buttons', async () => {
    const page = await open({ viewport: { width: 1400, height: 900 } });
    const hint = page.locator('.graph-toolbar').getByText(/zoom with (Ctrl|⌘) \+ scroll or the buttons/);
    expect(await hint.isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Zoom in' }).isVisible()).toBe(true);
  });
});

describe('fingers on the graph on a touch screen', () => {
  const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 };

  /** Touches as a finger makes them, through the browser's own input handling (and so its scrolling). */
  async function swipe(
    page: Page,
    fingers: Array<{ from: { x: number; y: number }; to: { x: number; y: number } }>,
  ): Promise<void> {
    const cdp = await page.context().newCDPSession(page);
    const at = (t: number) =>
      fingers.map((f, id) => ({ id, x: f.from.x + (f.to.x - f.from.x) * t, y: f.from.y + (f.to.y - f.from.y) * t }));
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
    for (let step = 1; step <= 12; step++)
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(step / 12) });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await cdp.detach();
  }

  async function graphInView(page: Page): Promise<{ x: number; y: number }> {
    await page.locator(GRAPH).scrollIntoViewIfNeeded();
    return graphCentre(page);
  }

  it('scrolls the page with one finger and leaves the graph as it is', async () => {
    const page = await open(PHONE);
    const centre = await graphInView(page);
    const before = { camera: await camera(page), scroll: await scrollY(page) };
    await swipe(page, [{ from: centre, to: { x: centre.x, y: centre.y - 240 } }]);
    await expect.poll(() => scrollY(page)).toBeGreaterThan(before.scroll + 100);
    expect(await camera(page)).toEqual(before.camera);
  });

  it('zooms the graph with two fingers spreading, and pans it with two fingers moving together', async () => {
    const page = await open(PHONE);
    const c = await graphInView(page);
    const before = { camera: await camera(page), scroll: await scrollY(page) };
    await swipe(page, [
      { from: { x: c.x - 30, y: c.y }, to: { x: c.x - 60, y: c.y } },
      { from: { x: c.x + 30, y: c.y }, to: { x: c.x + 60, y: c.y } },
    ]);
    await expect.poll(async () => (await camera(page)).zoom).toBeGreaterThan(before.camera.zoom * 1.5);
    const zoomed = await camera(page);
    await swipe(page, [
      { from: { x: c.x - 40, y: c.y }, to: { x: c.x - 40 + 80, y: c.y + 50 } },
      { from: { x: c.x + 40, y: c.y }, to: { x: c.x + 40 + 80, y: c.y + 50 } },
    ]);
    await expect.poll(async () => (await camera(page)).x).toBeGreaterThan(zoomed.x + 60);
    const panned = await camera(page);
    expect(panned.zoom).toBeCloseTo(zoomed.zoom, 3);
    expect(panned.y).toBeGreaterThan(zoomed.y + 30);
    expect(await scrollY(page)).toBe(before.scroll);
  });

  it('says what fingers do', async () => {
    const page = await open(PHONE);
    await page.locator('.graph-toolbar').scrollIntoViewIfNeeded();
    expect(await page.locator('.graph-toolbar').getByText('Two fingers pan and zoom.').isVisible()).toBe(true);
    expect(
      await page
        .locator('.graph-toolbar')
        .getByText(/\+ scroll/)
        .isVisible(),
    ).toBe(false);
  });
});
