import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { planRoute } from '../../src/planner/index.ts';
import { browserSession } from '../helpers/browser-session.ts';
import { shippedGraphForTests } from '../helpers/minimal-graph.ts';
import { textLinesPerPage } from '../helpers/pdf-pages.ts';
import { settled } from './page-watch.ts';

// Exports and imports as a person does them: buttons, downloads, a file picker, a drop.
const graph = shippedGraphForTests();
const STEPS = 'ol[aria-label="Steps of the route"]';
const GRAPH = '[data-testid="role-graph"]';
const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'resume');
const LINK =
  '/?v=1&from=it-support-specialist&to=information-security-manager&objective=fastest&education=bachelor&certs=security-plus&years-it=2';
const profile = { experienceYears: { it: 2 }, education: 'bachelor' as const, certifications: ['security-plus'] };
const routes = planRoute(graph, { from: 'it-support-specialist', to: 'information-security-manager' }, profile).routes;

const session = browserSession({ acceptDownloads: true });

/** The plan of LINK dated from March 2027, planned and drawn, in a browser of its own. */
async function openPlan(): Promise<Page> {
  const { page } = await session.open(LINK);
  await page.waitForSelector(`${GRAPH}[data-ready="true"]`);
  await page.getByLabel('Dates from').fill('2027-03');
  await settled(page);
  return page;
}

async function pickAlternative(page: Page): Promise<void> {
  await page.getByRole('radio', { name: /^Alternative 1/ }).check();
  await expect.poll(() => listedRoute(page)).toBe(routes[1]!.roles.join(' '));
}

async function download(page: Page, name: string | RegExp): Promise<{ file: Download; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  return { file, bytes: readFileSync((await file.path())!) };
}

const listedRoute = (page: Page) => page.getAttribute(STEPS, 'data-route-roles', { timeout: 10_000 });

async function dropFile(target: Page, name: string, text: string): Promise<void> {
  const transfer = await target.evaluateHandle(
    ([fileName, content]) => {
      const data = new DataTransfer();
      data.items.add(new File([content!], fileName!, { type: 'application/json' }));
      return data;
    },
    [name, text],
  );
  await target.locator('.drop-zone').dispatchEvent('drop', { dataTransfer: transfer });
}

describe('exporting a plan from the page', () => {
  it('saves Markdown with dated steps from the chosen month, costs and sources', async () => {
    const page = await openPlan();
    const { file, bytes } = await download(page, 'Markdown');
    expect(file.suggestedFilename()).toBe('secpath-it-support-specialist-to-information-security-manager-2027-03.md');
    const text = bytes.toString('utf8');
    expect(text).toMatch(/^# /);
    expect(text).toContain('March 2027');
    for (const id of routes[0]!.roles) expect(text).toContain(graph.getNodeAttribute(id, 'role').title);
    expect(text).toMatch(/US\$\d/);
    expect(text).toMatch(/https:\/\//);
  });

  it('saves a plan file that opens the same view and saves to the same bytes', async () => {
    const page = await openPlan();
    await pickAlternative(page);
    const { file, bytes } = await download(page, 'Plan file (JSON)');
    expect(file.suggestedFilename()).toMatch(/\.json$/);
    const planJson = bytes.toString('utf8');
    const document = JSON.parse(planJson);
    expect(document).toMatchObject({
      format: 'secpath-plan',
      start: '2027-03',
      selectedRoute: 1,
      query: { from: 'it-support-specialist' },
    });

    // Somewhere else, in a browser with nothing saved: open the file with the picker.
    const other = (await session.open('/')).page;
    await other
      .getByTestId('import-file')
      .setInputFiles({ name: 'my-plan.json', mimeType: 'application/json', buffer: Buffer.from(planJson) });
    await other.getByText('Plan opened').waitFor();
    await expect.poll(() => other.getAttribute(STEPS, 'data-route-roles')).toBe(routes[1]!.roles.join(' '));
    expect(await other.getByLabel('Dates from').inputValue()).toBe('2027-03');
    expect(await other.getByRole('combobox', { name: 'Your current role' }).inputValue()).toBe('IT support specialist');
    const [again] = await Promise.all([
      other.waitForEvent('download'),
      other.getByRole('button', { name: 'Plan file (JSON)' }).click(),
    ]);
    expect(readFileSync((await again.path())!, 'utf8')).toBe(planJson);
  });

  it('saves a calendar an independent iCalendar parser reads, one event per move and milestone', async () => {
    const page = await openPlan();
    await pickAlternative(page);
    const { file, bytes } = await download(page, 'Calendar (.ics)');
    expect(file.suggestedFilename()).toMatch(/\.ics$/);
    const calendar = new ICAL.Component(ICAL.parse(bytes.toString('utf8')));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const route = routes[1]!;
    const summaries = events.map((e) => e.summary);
    for (const step of route.steps)
      expect(summaries).toContain(`Move to ${graph.getNodeAttribute(step.to, 'role').title}`);
    for (const action of route.steps.flatMap((s) => s.actions)) {
      if (action.kind === 'earn-certification')
        expect(summaries).toContain(
          `${graph.getAttribute('certifications').get(action.certification)!.abbreviation} certified`,
        );
    }
    expect(events.filter((e) => e.summary.startsWith('Move to')).length).toBe(route.steps.length);
    // Every stay lasts at least a month: nothing falls before the first move, a month or more after March 2027.
    const firstMove = events.find(
      (e) => e.summary === `Move to ${graph.getNodeAttribute(route.steps[0]!.to, 'role').title}`,
    )!;
    expect(events.map((e) => e.startDate.toString()).sort()[0]).toBe(firstMove.startDate.toString());
    expect(firstMove.startDate.toString() >= '2027-04-01').toBe(true);
    expect(events.every((e) => e.startDate.isDate && e.startDate.toJSDate().getFullYear() >= 2027)).toBe(true);
  });

  it('saves the graph with the route as an image the size of a slide', async () => {
    const page = await openPlan();
    const { file, bytes } = await download(page, 'Graph image (PNG)');
    expect(file.suggestedFilename()).toMatch(/\.png$/);
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    // A 16:9 slide: a plain margin, words at the top, a legend at the bottom, the graph between.
    if (process.env.SECPATH_KEEP_SLIDE) writeFileSync(process.env.SECPATH_KEEP_SLIDE, bytes);
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1920, 1080]);
    const bands = await page.evaluate(async (base64) => {
      const picture = await createImageBitmap(
        new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type: 'image/png' }),
      );
      const canvas = new OffscreenCanvas(picture.width, picture.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(picture, 0, 0);
      const inked = (x: number, y: number, w: number, h: number) => {
        const { data } = context.getImageData(x, y, w, h);
        const [r, g, b] = [data[0], data[1], data[2]];
        let count = 0;
        for (let i = 0; i < data.length; i += 4) if (data[i] !== r || data[i + 1] !== g || data[i + 2] !== b) count++;
        return count;
      };
      return {
        margin: inked(0, 0, 1920, 40) + inked(0, 1040, 1920, 40) + inked(0, 0, 40, 1080) + inked(1880, 0, 40, 1080),
        title: inked(64, 60, 900, 60),
        legend: inked(64, 960, 1200, 60),
        graph: inked(64, 300, 1792, 560),
      };
    }, bytes.toString('base64'));
    expect(bands.margin).toBe(0);
    expect(bands.title).toBeGreaterThan(500);
    expect(bands.legend).toBeGreaterThan(500);
    expect(bands.graph).toBeGreaterThan(5000);
  });

  it('prints every route on its own pages with no controls and no page of stray lines', async () => {
    const page = await openPlan();
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Markdown' }).isVisible()).toBe(false);
    expect(await page.locator(GRAPH).isVisible()).toBe(false);
    const printed = page.locator('.print-route');
    expect(await printed.count()).toBe(routes.length);
    expect(await printed.first().isVisible()).toBe(true);
    const breaks = await printed.evaluateAll((sections) => sections.map((s) => getComputedStyle(s).breakBefore));
    expect(breaks).toEqual(['auto', ...routes.slice(1).map(() => 'page')]);
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = await page.pdf({ format });
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const lines = textLinesPerPage(pdf);
      expect(lines.length).toBeGreaterThanOrEqual(routes.length);
      // No sheet of paper spent on a few stray lines (a route's last source, a pay table's last row).
      expect(
        lines.filter((count) => count < 5),
        `${format}: lines per page ${lines.join(', ')}`,
      ).toEqual([]);
    }
  });
});

describe('opening files on the page', () => {
  it('shows what it read from a résumé and plans only once the person has corrected it', async () => {
    const fresh = (await session.open(LINK)).page;
    const before = await fresh.getAttribute(STEPS, 'data-route-roles', { timeout: 10_000 });
    await dropFile(fresh, 'resume.json', readFileSync(join(FIXTURES, 'complete.json'), 'utf8'));
    const review = fresh.getByRole('region', { name: 'From your résumé' });
    await review.waitFor();
    expect(await review.getByLabel('Current role').inputValue()).toBe('Information security engineer');
    // Nothing changed yet.
    expect(await fresh.getAttribute(STEPS, 'data-route-roles')).toBe(before);
    await review.getByLabel('Current role').fill('SOC analyst');
    await review.getByLabel('IT', { exact: true }).fill('1');
    await review.getByRole('checkbox', { name: 'CISSP' }).uncheck();
    await review.getByRole('button', { name: 'Plan with this profile' }).click();
    await review.waitFor({ state: 'detached' });
    expect(await fresh.getByRole('combobox', { name: 'Your current role' }).inputValue()).toBe('SOC analyst');
    expect(await fresh.getByRole('button', { name: 'Remove CISSP' }).count()).toBe(0);
    await fresh.getByRole('button', { name: 'Remove Security+' }).waitFor();
    // The address bar is written once typing pauses.
    await expect.poll(() => new URL(fresh.url()).searchParams.get('years-it')).toBe('1');
  });

  it('refuses a file that is not a plan or a résumé, says why, and keeps the plan', async () => {
    const fresh = (await session.open(LINK)).page;
    const before = await fresh.getAttribute(STEPS, 'data-route-roles', { timeout: 10_000 });
    const url = fresh.url();
    const cases: [string, string, RegExp][] = [
      ['notes.json', 'this is not JSON', /notes\.json.*(JSON|line)/s],
      ['old.json', JSON.stringify({ format: 'secpath-plan', version: 99 }), /old\.json.*newer secpath/s],
      [
        'ids.json',
        JSON.stringify({ ...JSON.parse(readFileSync(join(FIXTURES, 'complete.json'), 'utf8')), work: 'x' }),
        /ids\.json/,
      ],
    ];
    for (const [name, text, message] of cases) {
      await fresh
        .getByTestId('import-file')
        .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
      const notice = fresh.getByTestId('import-report').filter({ hasText: `${name} was not opened` });
      await notice.waitFor();
      expect(await notice.textContent()).toMatch(message);
      expect(await fresh.getAttribute(STEPS, 'data-route-roles')).toBe(before);
      expect(fresh.url()).toBe(url);
    }
  });

  it('refuses a file of many megabytes before reading it', async () => {
    const fresh = (await session.open(LINK)).page;
    await fresh
      .getByTestId('import-file')
      .setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(6 * 1024 * 1024, 32) });
    const notice = fresh.getByTestId('import-report').filter({ hasText: 'huge.json was not opened' });
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/6\.0 MB/);
  });
});
