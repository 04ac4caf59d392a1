import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { addMonths, monthName } from '../../src/export/months.ts';
import { describeMonths } from '../../src/planner/describe.ts';
import { planRoute } from '../../src/planner/index.ts';
import { browserSession } from '../helpers/browser-session.ts';
import { shippedGraphForTests } from '../helpers/minimal-graph.ts';
import { listedRoute, settled, STEPS } from './page-watch.ts';

// The plan on its two timelines, as a person reads it in Chromium, and the control that
// chooses which timeline ranks the routes, from the keyboard.
const graph = shippedGraphForTests();
const LINK = '/?v=2&from=grc-analyst&start=2027-01';

const session = browserSession();
const watch = (path: string) => session.open(path);

const outline = (label: Locator) =>
  label.evaluate((el) => {
    const style = getComputedStyle(el);
    return {
      style: style.outlineStyle,
      width: style.outlineWidth,
      colour: style.outlineColor,
      background: style.backgroundColor,
    };
  });

describe('the plan on two timelines', () => {
  it('heads the route with both timelines, says how much rests on estimates, and dates each stay in its step', async () => {
    const { page } = await watch(LINK);
    const plan = planRoute(
      graph,
      { from: 'grc-analyst', to: 'information-security-manager' },
      {},
      { start: '2027-01' },
    );
    const route = plan.routes[0]!;
    const until = (months: number) => monthName(addMonths('2027-01', months));
    await expect.poll(() => listedRoute(page)).toBe(route.roles.join(' '));
    expect(await page.locator('.headline strong').textContent()).toBe(
      `Typically ${describeMonths(route.typicalMonths!)} (until ${until(route.typicalMonths!)}), at the earliest ${describeMonths(route.earliestMonths)} (until ${until(route.earliestMonths)})`,
    );
    expect(await page.locator('.estimates').textContent()).toMatch(
      /estimated from what people typically bring to the next role/,
    );
    const steps = page.locator(`${STEPS} > li`);
    expect(await steps.count()).toBe(route.steps.length);
    for (const [i, step] of route.steps.entries()) {
      const stay = steps.nth(i).locator('.step-stay');
      expect(await stay.textContent()).toContain(step.timing.text);
      expect(await stay.locator('.tag', { hasText: 'estimate' }).count()).toBe(
        step.timing.basis === 'estimated' ? 1 : 0,
      );
    }
    const pay = page.getByRole('table', { name: 'Median annual wage at each role of the route' });
    expect(await pay.locator('tbody tr').count()).toBe(route.roles.length);
    expect(await pay.locator('tbody td', { hasText: /^not known$/ }).count()).toBe(
      route.pay.filter((p) => p.wage === null).length,
    );
    await page
      .getByRole('region', { name: 'What would shorten my route' })
      .locator('li, p.muted')
      .first()
      .waitFor({ timeout: 30_000 });
  });

  it('ranks the routes by the earliest timeline from the keyboard, its focus ring unlike the chosen state', async () => {
    const { page } = await watch(LINK);
    await settled(page);
    // Into the timeline control from the objective before it, by keyboard.
    await page.getByRole('radio', { name: /^Fastest/ }).focus();
    await page.keyboard.press('Tab');
    const typical = page.getByRole('radio', { name: /^Typical/ });
    expect(await typical.evaluate((el) => el === document.activeElement && el.matches(':focus-visible'))).toBe(true);
    const focused = await outline(typical.locator('xpath=..'));
    expect(focused.style).toBe('solid');
    expect(focused.width).toBe('3px');
    expect(focused.colour).not.toBe(focused.background);
    // The chosen objective, not focused, has no ring: the two states look different.
    expect((await outline(page.getByRole('radio', { name: /^Fastest/ }).locator('xpath=..'))).style).toBe('none');

    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('radio', { name: /^Earliest/ }).isChecked()).toBe(true);
    const earliest = planRoute(
      graph,
      { from: 'grc-analyst', to: 'information-security-manager', pace: 'earliest' },
      {},
      { start: '2027-01' },
    ).routes[0]!;
    await expect.poll(() => listedRoute(page)).toBe(earliest.roles.join(' '));
    await expect.poll(() => page.locator('.headline strong').textContent()).toMatch(/^At the earliest /);
    await expect.poll(() => new URL(page.url()).searchParams.get('pace'), { timeout: 10_000 }).toBe('earliest');
  });
});
