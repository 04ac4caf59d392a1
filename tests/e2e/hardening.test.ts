import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSession, type OpenedPage } from '../helpers/browser-session.ts';
import { baseUrl } from './browser.ts';

// Markup and script in everything a person (or someone sending them a file or a link) can put
// into the page. It must show as text, run nothing, and break no rule of the page's policy.
const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=2</script>',
  '"><svg onload="window.__pwned=3">',
  'javascript:window.__pwned=4',
];
const GRAPH = '[data-testid="role-graph"]';

const session = browserSession();
const open = (path: string) => session.open(path);

/** Nothing of the markup ran or became an element, no dialog opened, and the policy was never breached. */
async function expectInert({ page, dialogs, violations }: OpenedPage): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('#root img, #root svg[onload], #root script').count()).toBe(0);
  expect(dialogs).toEqual([]);
  expect(violations).toEqual([]);
}

async function openFile(page: Page, name: string, content: unknown): Promise<void> {
  await page
    .getByTestId('import-file')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(content)) });
}

describe('a locked-down page', () => {
  it('ships a Content-Security-Policy that allows only its own origin and no inline script', async () => {
    const { page, violations } = await open('/?from=soc-analyst');
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toMatch(/default-src 'self'/);
    expect(policy).toMatch(/script-src 'self'(;|$)/);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
    expect(await page.locator('script:not([src])').count()).toBe(0);
    await page.waitForSelector(`${GRAPH}[data-ready="true"]`);
    expect(violations).toEqual([]);
  });

  it('shows markup typed as a role name as text', async () => {
    const opened = await open('/');
    const { page } = opened;
    for (const payload of PAYLOADS) {
      await page.getByRole('combobox', { name: 'Your current role' }).fill(payload);
      await page.getByText(`No role is called "${payload}"`, { exact: false }).waitFor();
      await expectInert(opened);
    }
  });

  it('shows markup in a link as text', async () => {
    const opened = await open(
      `/?from=${encodeURIComponent(PAYLOADS[0]!)}&to=${encodeURIComponent(PAYLOADS[1]!)}&certs=${encodeURIComponent(PAYLOADS[2]!)}`,
    );
    const { page } = opened;
    const notice = page.locator('.notice', { hasText: 'Part of the link could not be used' });
    await notice.waitFor();
    expect(await notice.textContent()).toContain(PAYLOADS[1]);
    expect(await notice.textContent()).toContain(PAYLOADS[2]);
    await expectInert(opened);
  });

  it('shows markup in a plan file and in its name as text', async () => {
    const opened = await open('/?from=soc-analyst');
    const { page } = opened;
    const name = `${PAYLOADS[2]}.json`;
    await openFile(page, name, {
      format: 'secpath-plan',
      version: 1,
      start: '2026-11',
      query: { from: PAYLOADS[0], to: PAYLOADS[1], objective: 'fastest', alternatives: 3 },
      profile: { experienceYears: {}, education: 'none', certifications: [PAYLOADS[3]] },
      selectedRoute: 0,
      from: 'x',
      to: 'y',
      objective: 'fastest',
      routes: [],
      unreachable: null,
      typicalRoute: null,
    });
    const notice = page.getByTestId('import-report').filter({ hasText: 'was not opened' });
    await notice.waitFor();
    const text = (await notice.textContent())!;
    expect(text).toContain(name);
    await expectInert(opened);
  });

  it('shows markup in résumé fields as text', async () => {
    const opened = await open('/?from=soc-analyst');
    const { page } = opened;
    await openFile(page, 'resume.json', {
      basics: { name: PAYLOADS[1], label: PAYLOADS[0] },
      work: [{ name: PAYLOADS[2], position: PAYLOADS[0], startDate: '2020-01-01' }],
      certificates: [{ name: PAYLOADS[1], issuer: PAYLOADS[3] }],
      education: [{ institution: PAYLOADS[2], studyType: PAYLOADS[0] }],
    });
    const review = page.getByRole('region', { name: 'From your résumé' });
    await review.waitFor();
    await review.getByText(/How secpath read the file/).click();
    expect(await review.textContent()).toContain(PAYLOADS[0]);
    // A job title of markup matches no role: the plan starts outside IT, and the title shows as typed.
    expect(await review.getByLabel('Current role').inputValue()).toMatch(/^Outside IT/);
    expect(await review.getByText(PAYLOADS[0]!, { exact: false }).first().isVisible()).toBe(true);
    await expectInert(opened);
  });

  it('resets a corrupt saved plan with a notice and keeps the link', async () => {
    const opened = await open('/');
    const { page } = opened;
    await page.evaluate(
      (payload) => localStorage.setItem('secpath:plan', `{"v":1,"from":${JSON.stringify(payload)}`),
      PAYLOADS[0],
    );
    await page.goto(`${baseUrl()}/?from=soc-analyst`);
    await page.locator('.notice', { hasText: 'Your saved plan could not be read' }).waitFor();
    expect(await page.getByRole('combobox', { name: 'Your current role' }).inputValue()).toBe('SOC analyst');
    await expectInert(opened);
  });

  it('runs nothing and breaks no rule of the policy while a page plans, draws, shows details and opens files', async () => {
    const opened = await open('/?from=soc-analyst');
    const { page, requests } = opened;
    await page.waitForSelector(`${GRAPH}[data-ready="true"]`);
    const find = page.getByRole('combobox', { name: 'Find a role' });
    await find.fill('penetration tester');
    await find.press('Enter');
    await page.getByRole('list', { name: 'Sources for Penetration tester' }).waitFor();
    await page.getByRole('combobox', { name: 'Your current role' }).fill(PAYLOADS[1]!);
    await page.getByText(`No role is called "${PAYLOADS[1]}"`, { exact: false }).waitFor();
    await openFile(page, `${PAYLOADS[0]}.json`, {
      basics: { name: PAYLOADS[2] },
      work: [{ position: PAYLOADS[3], startDate: '2020-01' }],
    });
    await page.getByRole('region', { name: 'From your résumé' }).waitFor();
    // The watch saw the page at work: its scripts, its worker and its graph all loaded.
    expect(requests.filter((url) => /\/assets\/.+\.js$/.test(url)).length, 'scripts the page loaded').toBeGreaterThan(
      2,
    );
    expect(requests.some((url) => /\/assets\/CytoscapeGraph-[\w-]+\.js$/.test(url))).toBe(true);
    await expectInert(opened);

    // And it would have seen a breach: an inline script is refused, and reported.
    const control = await open('/');
    await control.page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__pwned = 5';
      document.head.append(script);
    });
    await expect
      .poll(() => control.violations.length, { message: 'a refused inline script is reported' })
      .toBeGreaterThan(0);
    expect(await control.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });
});
