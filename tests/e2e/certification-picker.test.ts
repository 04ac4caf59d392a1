import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSession } from '../helpers/browser-session.ts';

// The certifications a person holds are never removed by a slip: Enter on one already held
// keeps it and says so, only a chip's × removes one, and Escape clears what was typed.
const STEPS = 'ol[aria-label="Steps of the route"]';

const session = browserSession({ viewport: { width: 1400, height: 900 } });

async function open(): Promise<Page> {
  const { page } = await session.open('/?from=soc-analyst&certs=security-plus,cissp');
  await page.getByRole('button', { name: 'Remove CISSP' }).waitFor();
  await page.locator(STEPS).waitFor();
  return page;
}

const held = (page: Page) =>
  page.getByRole('list', { name: 'Certifications you hold' }).getByRole('listitem').allTextContents();

describe('the certification picker in Chromium', () => {
  it('keeps a certification already held when Enter picks it again, and says so', async () => {
    const page = await open();
    const before = { held: await held(page), route: await page.getAttribute(STEPS, 'data-route-roles') };
    const picker = page.getByRole('combobox', { name: 'Certifications you hold' });
    await picker.fill('cissp');
    await picker.press('Enter');
    const said = page.getByRole('status').filter({ hasText: 'CISSP is already added.' });
    await said.waitFor();
    // Not hidden under the list of certifications.
    const box = (await said.boundingBox())!;
    expect(
      await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.textContent, {
        x: box.x + box.width / 2,
        y: box.y + box.height / 2,
      }),
    ).toBe('CISSP is already added.');
    expect(await held(page)).toEqual(before.held);
    expect(await page.getAttribute(STEPS, 'data-route-roles')).toBe(before.route);
  });

  it('removes one only with its chip’s ×, not with Backspace', async () => {
    const page = await open();
    const picker = page.getByRole('combobox', { name: 'Certifications you hold' });
    await picker.focus();
    await picker.press('Backspace');
    expect(await held(page)).toHaveLength(2);
    await page.getByRole('button', { name: 'Remove Security+' }).click();
    await page.getByRole('button', { name: 'Remove Security+' }).waitFor({ state: 'detached' });
    expect((await held(page)).join(' ')).toMatch(/CISSP/);
    expect(await held(page)).toHaveLength(1);
  });

  it('clears the typed text with Escape', async () => {
    const page = await open();
    const picker = page.getByRole('combobox', { name: 'Certifications you hold' });
    await picker.fill('comptia security plus');
    await picker.press('Escape');
    expect(await picker.inputValue()).toBe('');
    expect(await picker.getAttribute('aria-expanded')).toBe('false');
    expect(await held(page)).toHaveLength(2);
  });
});
