import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planRoute } from '../../src/planner/index.ts';
import { browserSession } from '../helpers/browser-session.ts';
import { shippedGraphForTests } from '../helpers/minimal-graph.ts';
import { idle, listedRoute, measureMainThread, settled } from './page-watch.ts';

// "No input makes secpath hang": planning, its levers and opening files run in a worker, so the
// page's own thread never holds a task long enough to be felt (100 ms). While a test measures,
// it finds elements by CSS, not by role: Playwright's role engine walks the whole page on the
// page's thread, itself a long task on a page this size.
const LONGEST_TASK_MS = 100;
const graph = shippedGraphForTests();
const bestRoute = (from: string, objective: 'fastest' | 'cheapest' = 'fastest') =>
  planRoute(
    graph,
    { from, to: 'information-security-manager', objective },
    {},
    { start: '2027-01' },
  ).routes[0]!.roles.join(' ');

const session = browserSession();
const watch = (path: string) => session.open(path);
let scratch: string;

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'secpath-e2e-'));
});
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

function writeJson(name: string, value: unknown): string {
  const path = join(scratch, name);
  writeFileSync(path, JSON.stringify(value));
  return path;
}

describe('a page that never blocks', () => {
  it("plans in a worker under the page's own policy", async () => {
    const { page, violations } = await watch('/?v=2&from=soc-analyst&start=2027-01');
    await settled(page);
    expect(await page.locator('.plan-panel').getAttribute('data-planned-in')).toBe('worker');
    const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    expect(scripts.some((url) => /\/assets\/plan\.worker-[\w-]+\.js$/.test(url))).toBe(true);
    expect(violations).toEqual([]);
  });

  it('keeps every task under 100 ms while the person types with "Cheapest" chosen, and shows the plan for the last keystroke', async () => {
    const { page, violations } = await watch('/?v=2&objective=cheapest&start=2027-01');
    await settled(page);
    expect(await page.getByRole('radio', { name: /^Cheapest/ }).isChecked()).toBe(true);
    const field = page.locator('#current-role');
    const tasks = await measureMainThread(session.browser, page, async () => {
      await field.pressSequentially('information security analyst', { delay: 40 });
      // Each keystroke superseded the plan before it: what shows is the plan for the whole text.
      await expect
        .poll(() => listedRoute(page), { timeout: 30_000 })
        .toBe(bestRoute('information-security-analyst', 'cheapest'));
      await settled(page);
    });
    expect(
      tasks.longestCpuMs,
      `longest task ${tasks.longestCpuMs} ms of processor time, ${tasks.longestWallMs} ms by the clock`,
    ).toBeLessThan(LONGEST_TASK_MS);
    expect(violations).toEqual([]);
  });

  it('stays responsive while a 5 MB résumé is read, shows how long it has taken, and can stop', async () => {
    // Just under the 5 MB limit, tens of thousands of jobs, each with a different misspelt title
    // the reader has to match on its own: seconds of work, all of it off the page's thread.
    const words = ['Secruity', 'Anlyst', 'Netwrok', 'Enginer', 'Admnistrator', 'Opertions', 'Speciallist', 'Techncian'];
    const work: object[] = [];
    for (let i = 0, size = 12; size < 5_150_000; i++) {
      const job = {
        position: `${words[i % 8]} ${words[(i * 3 + 1) % 8]} ${words[(i * 5 + 2) % 8]} ${i.toString(36)}`,
        name: 'Acme',
        startDate: '2019-01',
        endDate: '2020-01',
      };
      size += JSON.stringify(job).length + 1;
      work.push(job);
    }
    const file = writeJson('resume-50k-jobs.json', { work });
    const { page, violations } = await watch('/?v=2&from=soc-analyst&start=2027-01');
    await settled(page);
    const progress = page.locator('.import-progress');
    const tasks = await measureMainThread(session.browser, page, async () => {
      await page.getByTestId('import-file').setInputFiles(file);
      await progress.getByText('Opening resume-50k-jobs.json…').waitFor({ timeout: 10_000 });
      // The seconds tick on while the reader works in the background.
      await progress.locator('.progress-seconds', { hasText: /^([3-9]|\d{2,}) s$/ }).waitFor({ timeout: 20_000 });
    });
    expect(
      tasks.longestCpuMs,
      `longest task ${tasks.longestCpuMs} ms of processor time, ${tasks.longestWallMs} ms by the clock`,
    ).toBeLessThan(LONGEST_TASK_MS);
    // The person can go on planning meanwhile.
    await page.locator('#current-role').fill('GRC analyst');
    await expect.poll(() => listedRoute(page), { timeout: 30_000 }).toBe(bestRoute('grc-analyst'));
    expect(await progress.isVisible()).toBe(true);
    await progress.getByRole('button', { name: 'Stop' }).click();
    const report = page.getByTestId('import-report');
    await report.getByText('Stopped opening resume-50k-jobs.json').waitFor();
    expect(await report.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.locator('#current-role').inputValue()).toBe('GRC analyst');
    expect(violations).toEqual([]);
  });

  it('opens a 5 MB résumé that reads quickly with no long task, and shows its review', async () => {
    const file = writeJson('resume-long-summary.json', {
      basics: { name: 'Alex', summary: 'Security work. '.repeat(330_000) },
      work: [
        { position: 'Help desk technician', name: 'Northwind', startDate: '2016-01', endDate: '2019-12' },
        { position: 'SOC analyst', name: 'Fabrikam', startDate: '2020-01' },
      ],
      certificates: [{ name: 'CompTIA Security+' }],
    });
    const { page, violations } = await watch('/?v=2&from=it-support-specialist&start=2027-01');
    await settled(page);
    const tasks = await measureMainThread(session.browser, page, async () => {
      await page.getByTestId('import-file').setInputFiles(file);
      await page.locator('#resume-heading').waitFor({ timeout: 30_000 });
      await idle(page);
    });
    expect(
      tasks.longestCpuMs,
      `longest task ${tasks.longestCpuMs} ms of processor time, ${tasks.longestWallMs} ms by the clock`,
    ).toBeLessThan(LONGEST_TASK_MS);
    expect(await page.locator('#resume-from').inputValue()).toBe('SOC analyst');
    expect(await page.getByTestId('import-report').locator('.import-report-title').textContent()).toBe(
      'Read resume-long-summary.json: check it below',
    );
    expect(await page.getByRole('region', { name: 'From your résumé' }).isVisible()).toBe(true);
    expect(violations).toEqual([]);
  });
});
