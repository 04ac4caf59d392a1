import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { foreignRequests, launchBrowser, openPage } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the app shell', () => {
  it('lists the roles without asking any other origin', async () => {
    const context = await browser.newContext();
    const { page, requests } = await openPage(context);
    await page.getByRole('heading', { name: 'secpath' }).waitFor();
    expect(await page.getByRole('listitem').count()).toBeGreaterThanOrEqual(30);
    expect(foreignRequests(requests)).toEqual([]);
    await context.close();
  });
});
