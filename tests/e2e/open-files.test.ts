import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createPlanDocument, serializePlanDocument, type PlanView } from '../../src/export/plan-document.ts';
import { browserSession } from '../helpers/browser-session.ts';
import { shippedGraphForTests } from '../helpers/minimal-graph.ts';
import { listedRoute } from './page-watch.ts';

// Opening a file answers where the person is: by the Open control, in view, with the keyboard
// on the answer; and a plan opened in the page saves to the very same bytes.
const graph = shippedGraphForTests();
const VIEWPORT = { width: 1280, height: 800 };

const session = browserSession({ viewport: VIEWPORT, acceptDownloads: true });
const watch = (path: string) => session.open(path);

const view = (routeCount: number, selectedRoute = 0): PlanView => ({
  query: {
    from: 'it-support-specialist',
    to: 'information-security-manager',
    objective: 'fastest',
    pace: 'typical',
    routeCount,
  },
  profile: { experienceYears: { it: 2 }, education: 'bachelor', certifications: ['security-plus'], associateOf: [] },
  start: '2027-03',
  selectedRoute,
});

async function openFile(page: Page, name: string, text: string): Promise<void> {
  // Scrolled to the Open control, as a person is when they choose a file.
  await page.getByRole('button', { name: 'Choose a file…' }).scrollIntoViewIfNeeded();
  await page
    .getByTestId('import-file')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

/** The report is next to the Open control, inside the window, and has the keyboard. */
async function expectReportWherePersonIs(page: Page): Promise<string> {
  const report = page.getByTestId('import-report');
  await report.waitFor({ timeout: 30_000 });
  const box = (await report.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + Math.min(box.height, 40)).toBeLessThanOrEqual(VIEWPORT.height);
  const open = (await page.getByRole('button', { name: 'Choose a file…' }).boundingBox())!;
  expect(Math.abs(box.y - open.y)).toBeLessThan(400);
  expect(await report.evaluate((el) => el === document.activeElement)).toBe(true);
  return (await report.textContent())!;
}

describe('opening a file', () => {
  it('shows that a plan opened by the Open control, in view and focused, and shows the plan', async () => {
    const { page } = await watch('/?v=2&from=soc-analyst');
    await openFile(page, 'my-plan.json', serializePlanDocument(createPlanDocument(graph, view(3, 1))));
    const text = await expectReportWherePersonIs(page);
    expect(text).toBe(
      'Plan openedIT support specialist to Information security manager, dated from March 2027, showing the alternative 1.',
    );
    const expected = createPlanDocument(graph, view(3, 1)).routes[1]!.roles.join(' ');
    await expect.poll(() => listedRoute(page)).toBe(expected);
    expect(await page.getByLabel('Dates from').inputValue()).toBe('2027-03');
  });

  it('refuses a broken file by the Open control too, saying what is wrong in words', async () => {
    const { page } = await watch('/?v=2&from=soc-analyst');
    const before = await listedRoute(page);
    await openFile(page, 'broken.json', '{\n  "format": "secpath-plan",\n  this is not json\n}');
    const text = await expectReportWherePersonIs(page);
    expect(text).toContain('broken.json was not opened; your plan is as it was');
    expect(text).toMatch(/The file is not valid JSON \(line 3, column \d+\)/);
    expect(text).not.toMatch(/\$|Unexpected token|position \d/);
    expect(await listedRoute(page)).toBe(before);
  });

  it('names what a plan file gets wrong by its place and the certification, never a JSON path', async () => {
    const { page } = await watch('/?v=2&from=soc-analyst');
    const document = JSON.parse(serializePlanDocument(createPlanDocument(graph, view(3))));
    document.profile.certifications = ['security-plus', 'cisspp'];
    document.query.from = 'help-desk-wizard';
    await openFile(page, 'edited.json', JSON.stringify(document));
    const text = await expectReportWherePersonIs(page);
    expect(text).toContain('The current role: "help-desk-wizard" is not a role in secpath\'s current data.');
    expect(text).toContain('Certification 2 held: "cisspp" is not a certification in secpath\'s current data.');
    expect(text).not.toMatch(/\$\.|\[\d+\]|profile\.|query\./);
  });

  it('opens a plan file of format version 1 with the notice its reader gives', async () => {
    const { page } = await watch('/?v=2&from=soc-analyst');
    const old = {
      format: 'secpath-plan',
      version: 1,
      start: '2026-11',
      query: { from: 'grc-analyst', to: 'information-security-manager', objective: 'fastest', alternatives: 2 },
      profile: { experienceYears: { 'security-management': 2 }, education: 'none', certifications: [] },
      selectedRoute: 0,
      from: 'grc-analyst',
      to: 'information-security-manager',
      objective: 'fastest',
      routes: [],
      unreachable: null,
      typicalRoute: null,
    };
    await openFile(page, 'old-plan.json', JSON.stringify(old));
    const text = await expectReportWherePersonIs(page);
    expect(text).toContain('Plan opened');
    expect(text).toContain('old-plan.json was saved by an earlier secpath (plan format version 1)');
    expect(await page.getByRole('textbox', { name: 'Years in security management' }).inputValue()).toBe('2');
    await expect.poll(() => new URL(page.url()).searchParams.get('routes'), { timeout: 10_000 }).toBe('2');
  });

  it('saves the same bytes again for a plan opened in the page, whatever its number of routes (red team L8)', async () => {
    for (const routeCount of [1, 2, 5]) {
      const { page, context } = await watch('/');
      const text = serializePlanDocument(createPlanDocument(graph, view(routeCount, routeCount - 1)));
      await openFile(page, `plan-${routeCount}.json`, text);
      await page.getByTestId('import-report').getByText('Plan opened').waitFor({ timeout: 30_000 });
      await expect
        .poll(() => page.locator('.route-option').count(), { timeout: 30_000 })
        .toBe(routeCount > 1 ? routeCount : 0);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Plan file (JSON)' }).click(),
      ]);
      expect(readFileSync((await download.path())!, 'utf8'), `${routeCount} routes`).toBe(text);
      await context.close();
    }
  });
});
