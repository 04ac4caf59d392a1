import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { planRoute } from '../../src/planner/index.ts';
import { browserSession } from '../helpers/browser-session.ts';
import { shippedGraphForTests } from '../helpers/minimal-graph.ts';
import { baseUrl } from './browser.ts';
import { GRAPH, listedRoute, measureMainThread, settled, STEPS } from './page-watch.ts';

// What a person keeps and shares: the link and a reload carry everything that shapes the plan,
// and no link ever costs them their own saved plan.
const graph = shippedGraphForTests();

const session = browserSession();
const watch = (path: string) => session.open(path);

const roleField = (page: Page) => page.getByRole('combobox', { name: 'Your current role' });
/** The words of the plan a person reads: its headline, which route, every dated step. */
const planWords = async (page: Page) => ({
  headline: await page.locator('.headline').textContent(),
  heading: await page.locator('.plan-panel h3.section-heading').first().textContent(),
  steps: await page.locator(STEPS).innerText(),
});
/** The link and the saved plan are written once typing pauses: wait for a field to be in the address. */
const linkHas = (page: Page, key: string, value: string) =>
  expect.poll(() => new URL(page.url()).searchParams.get(key), { timeout: 10_000 }).toBe(value);

async function makeOwnPlan(page: Page): Promise<void> {
  await roleField(page).fill('IT auditor');
  await page.getByRole('combobox', { name: 'Education' }).selectOption('master');
  await page.getByRole('textbox', { name: 'Years in IT' }).fill('7');
  const picker = page.getByRole('combobox', { name: 'Certifications you hold' });
  await picker.fill('CISSP');
  await picker.press('Enter');
  await page.getByRole('button', { name: 'Remove CISSP' }).waitFor();
  await linkHas(page, 'certs', 'cissp');
}

/** The person's own plan is back in the form: each field as soon as the page has drawn it. */
async function expectOwnPlan(page: Page): Promise<void> {
  await expect.poll(() => roleField(page).inputValue()).toBe('IT auditor');
  await expect.poll(() => page.getByRole('combobox', { name: 'Education' }).inputValue()).toBe('master');
  await expect.poll(() => page.getByRole('textbox', { name: 'Years in IT' }).inputValue()).toBe('7');
  await page.getByRole('button', { name: 'Remove CISSP' }).waitFor();
}

describe('a shared link', () => {
  it('shows a colleague the same route with the same dates, and a reload keeps them', async () => {
    const { page } = await watch('/');
    await roleField(page).fill('IT support specialist');
    await page.getByLabel('Dates from').fill('2027-06');
    await page.getByRole('radio', { name: /^Earliest/ }).check();
    // The routes of the new timeline first, then the choice among them.
    await settled(page);
    await page.getByRole('radio', { name: /^Alternative 1/ }).check();
    await linkHas(page, 'route', '1');
    await linkHas(page, 'start', '2027-06');
    await linkHas(page, 'pace', 'earliest');
    const expected = planRoute(
      graph,
      { from: 'it-support-specialist', to: 'information-security-manager', pace: 'earliest' },
      {},
      { start: '2027-06' },
    ).routes[1]!;
    await expect.poll(() => listedRoute(page)).toBe(expected.roles.join(' '));
    const mine = await planWords(page);
    expect(mine.heading).toBe('Steps of alternative 1');
    expect(mine.steps).toMatch(/June 2027/);

    // A colleague, on another machine: a browser with nothing saved.
    const colleague = await watch(new URL(page.url()).search ? `/${new URL(page.url()).search}` : '/');
    await expect.poll(() => listedRoute(colleague.page)).toBe(expected.roles.join(' '));
    expect(await planWords(colleague.page)).toEqual(mine);
    expect(await colleague.page.getByRole('radio', { name: /^Alternative 1/ }).isChecked()).toBe(true);
    expect(await colleague.page.getByRole('radio', { name: /^Earliest/ }).isChecked()).toBe(true);
    expect(await colleague.page.getByLabel('Dates from').inputValue()).toBe('2027-06');
    expect(await colleague.page.locator('.notice').count()).toBe(0);

    await page.reload();
    await expect.poll(() => listedRoute(page)).toBe(expected.roles.join(' '));
    expect(await planWords(page)).toEqual(mine);
  });

  it('never costs the person their own saved plan, however many links and reloads (red team M2)', async () => {
    const { page } = await watch('/');
    await makeOwnPlan(page);
    for (const link of [
      '/?v=2&from=soc-analyst',
      '/?v=1&from=it-support-specialist&certs=security-plus',
      '/?v=2&from=grc-analyst&start=2030-01',
    ]) {
      await page.goto(`${baseUrl()}${link}`);
      await page.getByRole('button', { name: 'Restore my saved plan' }).waitFor();
      await page.reload();
      await page.getByRole('button', { name: 'Restore my saved plan' }).waitFor();
    }
    await page.goto(`${baseUrl()}/`);
    await page.getByRole('button', { name: 'Restore my saved plan' }).click();
    await expectOwnPlan(page);
    await linkHas(page, 'from', 'it-auditor');
    await page.reload();
    await expectOwnPlan(page);
    expect(await page.getByRole('button', { name: 'Restore my saved plan' }).count()).toBe(0);
  });

  it('leaves the plan as it was when the link holds nothing usable (red team L7)', async () => {
    const { page } = await watch('/');
    await makeOwnPlan(page);
    await page.goto(`${baseUrl()}/?v=7`);
    await page.locator('.notice', { hasText: 'The link could not be used; your plan is as it was' }).waitFor();
    await expectOwnPlan(page);
    await linkHas(page, 'from', 'it-auditor');
  });

  it('takes a pasted page of text without freezing, and keeps what it took over a reload (red team L6)', async () => {
    const { page } = await watch('/');
    await settled(page);
    const field = page.locator('#current-role');
    await field.focus();
    // 200,000 x U+FDFA: each grows to 18 letters when names are compared (NFKC).
    const tasks = await measureMainThread(session.browser, page, async () => {
      await page.keyboard.insertText('\ufdfa'.repeat(200_000));
      await page.locator('.plan-panel .callout').waitFor({ timeout: 20_000 });
    });
    expect(
      tasks.longestCpuMs,
      `longest task ${tasks.longestCpuMs} ms of processor time, ${tasks.longestWallMs} ms by the clock`,
    ).toBeLessThan(100);
    expect(await field.inputValue()).toBe('\ufdfa'.repeat(200));
    await expect.poll(() => new URL(page.url()).searchParams.get('from')?.length, { timeout: 10_000 }).toBe(200);
    await page.reload();
    expect(await page.locator('#current-role').inputValue()).toBe('\ufdfa'.repeat(200));
    expect(await page.locator('.notice').count()).toBe(0);
  });
});

describe('starting over', () => {
  it('clears at once, can be undone, and erases the saved copy only once the person confirms', async () => {
    const { page } = await watch('/?v=2&from=soc-analyst&certs=cissp&years-it=3');
    await page.getByRole('button', { name: 'Remove CISSP' }).waitFor();
    await page.getByRole('button', { name: 'Start over' }).click();
    await page.getByText('Cleared.', { exact: false }).waitFor();
    expect(await roleField(page).inputValue()).toBe('');
    // The keyboard is on "Undo", which brings everything back.
    expect(await page.getByRole('button', { name: 'Undo' }).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await roleField(page).inputValue()).toBe('SOC analyst');
    await page.getByRole('button', { name: 'Remove CISSP' }).waitFor();

    // Cleared but not confirmed: a reload finds the saved plan.
    await page.getByRole('button', { name: 'Start over' }).click();
    await page.reload();
    expect(await roleField(page).inputValue()).toBe('SOC analyst');

    // Confirmed: gone.
    await page.getByRole('button', { name: 'Start over' }).click();
    await page.getByRole('button', { name: 'Forget it' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('from'), { timeout: 10_000 }).toBeNull();
    await page.reload();
    expect(await roleField(page).inputValue()).toBe('');
    await page.waitForSelector(`${GRAPH}[data-ready="true"]`);
  });
});
