import { describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { planRoute } from '../../src/planner/index.ts';
import { browserSession } from '../helpers/browser-session.ts';
import { shippedGraphForTests } from '../helpers/minimal-graph.ts';
import { GRAPH, nextFrames, readGraph, waitForRoute } from './graph-view.ts';

// The form and the explore controls at the widths people use: nothing cut short, filters that
// show their result while a route is drawn, and keyboard focus that can be seen.
const graph = shippedGraphForTests();
const LINK = '/?from=soc-analyst&education=bachelor';
const route = planRoute(graph, { from: 'soc-analyst', to: 'information-security-manager' }, { education: 'bachelor' })
  .routes[0]!.roles;
const WIDTHS = [1024, 1150, 1280, 1400, 1920];
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

const session = browserSession();

async function open(options: BrowserContextOptions): Promise<Page> {
  const { page } = await session.open(LINK, options);
  await waitForRoute(page, route.join(' '));
  return page;
}

/**
 * Every select whose shown option is wider than the room for it, and every segment of the
 * objective control whose text does not fit, with the widths in CSS pixels.
 */
function clippedControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const measure = document.createElement('canvas').getContext('2d')!;
    const clipped: string[] = [];
    for (const select of document.querySelectorAll<HTMLSelectElement>('select')) {
      if (select.offsetParent === null) continue;
      const style = getComputedStyle(select);
      measure.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const text = select.selectedOptions[0]?.text ?? '';
      // A select drawn by the browser keeps about 20 px beside its padding for its arrow.
      const nativeArrow = style.appearance === 'none' ? 0 : 20;
      const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - nativeArrow;
      const width = measure.measureText(text).width;
      if (width > room + 0.5)
        clipped.push(`#${select.id} "${text}": ${width.toFixed(0)} px of text in ${room.toFixed(0)} px`);
    }
    for (const segment of document.querySelectorAll<HTMLElement>('.segmented label > span:not(.visually-hidden)')) {
      const group = segment.closest('.segmented')!.getBoundingClientRect();
      const box = segment.getBoundingClientRect();
      if (segment.scrollWidth > segment.clientWidth + 0.5 || box.right > group.right + 0.5)
        clipped.push(
          `segment "${segment.textContent}": ${segment.scrollWidth} px of text in ${segment.clientWidth} px`,
        );
    }
    return clipped;
  });
}

async function chooseLongestOptions(page: Page): Promise<void> {
  await page.locator('#filter-track').selectOption('governance-risk-compliance');
  await page.locator('#filter-level').selectOption('mid');
  await page.getByLabel('Certification', { exact: true }).selectOption('cissp');
  await page.locator('.focus-summary').waitFor();
}

describe('no control is cut short', () => {
  // One page, resized through every width: the controls are laid out by CSS alone, so each
  // width shows them as a page opened at that width does, without a page load for each.
  it(`at ${WIDTHS.join(', ')} px wide: "Cheapest", "Bachelor's degree", the certification focus and the filters`, async () => {
    const page = await open({ viewport: { width: WIDTHS[0]!, height: 900 } });
    expect(await page.getByLabel('Education', { exact: true }).inputValue()).toBe('bachelor');
    const clippedAtEveryWidth = async () => {
      const clipped: Record<number, string[]> = {};
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        await nextFrames(page);
        const found = await clippedControls(page);
        if (found.length > 0) clipped[width] = found;
      }
      return clipped;
    };
    expect(await clippedAtEveryWidth()).toEqual({});
    await chooseLongestOptions(page);
    expect(await clippedAtEveryWidth()).toEqual({});
  });

  it('on a phone, 390 px wide', async () => {
    const page = await open(PHONE);
    expect(await clippedControls(page)).toEqual([]);
    await chooseLongestOptions(page);
    expect(await clippedControls(page)).toEqual([]);
  });
});

describe('choosing a certification focus', () => {
  for (const viewport of [
    { width: 1400, height: 900 },
    { width: 1024, height: 768 },
  ]) {
    it(`leaves the graph where it was, at ${viewport.width}x${viewport.height}`, async () => {
      const page = await open({ viewport });
      await nextFrames(page);
      const view = async () => ({
        box: await page.locator(GRAPH).boundingBox(),
        camera: await readGraph(page, (cy) => ({ zoom: cy.zoom(), pan: cy.pan() }), null),
      });
      const before = await view();
      await page.getByLabel('Certification', { exact: true }).selectOption('cissp');
      await page.waitForFunction(
        (selector) => (document.querySelector(selector) as HTMLElement).dataset.certificationMoves !== '',
        GRAPH,
      );
      await page.getByRole('heading', { name: 'What CISSP opens up' }).waitFor();
      await nextFrames(page);
      expect(await view()).toEqual(before);
    });
  }
});

describe('filters while a route is drawn', () => {
  it('make the roles that pass stand out from the rest, and keep the route', async () => {
    const page = await open({ viewport: { width: 1400, height: 900 } });
    await page.locator('#filter-level').selectOption('advanced');
    const advanced = graph
      .getAttribute('data')
      .roles.filter((r) => r.level === 'advanced')
      .map((r) => r.id);
    const opacity = () =>
      readGraph(page, (cy) => Object.fromEntries(cy.nodes('.role').map((n) => [n.id(), n.effectiveOpacity()])), null);
    await expect
      .poll(async () => {
        const shown = await opacity();
        const faint = advanced.filter((id) => shown[id]! < 0.95);
        const loud = Object.keys(shown).filter(
          (id) => !advanced.includes(id) && !route.includes(id) && shown[id]! > 0.5,
        );
        const faintRoute = route.filter((id) => shown[id]! < 0.95);
        return {
          'advanced roles drawn faint': faint,
          'other roles drawn strong': loud,
          'route roles drawn faint': faintRoute,
        };
      })
      .toEqual({ 'advanced roles drawn faint': [], 'other roles drawn strong': [], 'route roles drawn faint': [] });
  });
});

describe('the objective control', () => {
  it('shows keyboard focus apart from the selected segment', async () => {
    const page = await open({ viewport: { width: 1400, height: 900 } });
    const control = page.locator('fieldset.objective .segmented');
    const selected = await control.screenshot();
    await page.getByLabel('Education', { exact: true }).focus();
    await page.keyboard.press('Tab');
    expect(
      await page
        .getByRole('radio', { name: /^Fastest/ })
        .evaluate((el) => el === document.activeElement && el.matches(':focus-visible')),
    ).toBe(true);
    const focused = await control.screenshot();
    expect(focused.equals(selected), 'the focused control looks different from the merely selected one').toBe(false);
  });
});
