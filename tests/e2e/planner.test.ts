import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { planRoute } from '../../src/planner/index.ts';
import { browserSession } from '../helpers/browser-session.ts';
import { shippedGraphForTests } from '../helpers/minimal-graph.ts';
import { baseUrl, foreignRequests } from './browser.ts';
import { readGraph } from './graph-view.ts';

// What the app should show is computed here with the same planner and data, so the tests
// follow the data as it grows instead of hard-coding today's routes.
const graph = shippedGraphForTests();
const TARGET = 'information-security-manager';
const routesFor = (from: string, certifications: string[] = []) =>
  planRoute(graph, { from, to: TARGET }, { certifications }).routes.map((r) => r.roles.join(' '));

const STEPS = 'ol[aria-label="Steps of the route"]';
const GRAPH = '[data-testid="role-graph"]';

const session = browserSession();

async function open(path = '/'): Promise<Page> {
  return (await session.open(path)).page;
}

const listedRoute = (page: Page) => page.getAttribute(STEPS, 'data-route-roles', { timeout: 10_000 });
const drawnRoute = async (page: Page) => {
  await page.waitForSelector(`${GRAPH}[data-ready="true"]`);
  return page.getAttribute(GRAPH, 'data-route');
};
/** The link and the saved plan are written once typing pauses: wait for a field to be in the address. */
const linkHas = (page: Page, key: string, value: string) =>
  expect.poll(() => new URL(page.url()).searchParams.get(key), { timeout: 10_000 }).toBe(value);

describe('planning a route in Chromium', () => {
  const [best] = routesFor('computer-systems-analyst');
  const withCissp = routesFor('computer-systems-analyst', ['cissp']);
  const WITH_CISSP = '/?from=computer-systems-analyst&certs=cissp';

  /** The plan from computer systems analyst with CISSP, on its first alternative: what a person reaches by the steps above. */
  async function openOnAlternative(): Promise<Page> {
    const page = await open(WITH_CISSP);
    await expect.poll(() => listedRoute(page)).toBe(withCissp[0]);
    await page.getByRole('radio', { name: /^Alternative 1/ }).check();
    await expect.poll(() => listedRoute(page)).toBe(withCissp[1]);
    await linkHas(page, 'route', '1');
    return page;
  }

  it('plans from a role typed with a typo, lists the route and highlights it on the graph', async () => {
    const page = await open('/');
    await page.getByRole('combobox', { name: 'Your current role' }).pressSequentially('computer systems analist');
    await expect.poll(() => listedRoute(page)).toBe(best);
    await expect.poll(() => drawnRoute(page)).toBe(best);
    expect(await page.locator(`${STEPS} > li`).count()).toBe(best!.split(' ').length - 1);
    await page.getByText('Read as “Computer systems analyst”.').waitFor();
  });

  it('changes the route when a certification is added', async () => {
    expect(
      withCissp[0],
      'precondition: CISSP changes the best route from computer systems analyst in the shipped data',
    ).not.toBe(best);
    const page = await open('/?from=computer-systems-analyst');
    await expect.poll(() => drawnRoute(page)).toBe(best);
    const picker = page.getByRole('combobox', { name: 'Certifications you hold' });
    await picker.fill('cissp');
    await picker.press('Enter');
    await page.getByRole('button', { name: 'Remove CISSP' }).waitFor();
    await expect.poll(() => listedRoute(page)).toBe(withCissp[0]);
    await expect.poll(() => drawnRoute(page)).toBe(withCissp[0]);
  });

  it('shows an alternative in full and on the graph when it is picked', async () => {
    const page = await open(WITH_CISSP);
    await expect.poll(() => drawnRoute(page)).toBe(withCissp[0]);
    await page.getByRole('radio', { name: /^Alternative 1/ }).check();
    await expect.poll(() => listedRoute(page)).toBe(withCissp[1]);
    await expect.poll(() => drawnRoute(page)).toBe(withCissp[1]);
    await page.getByRole('heading', { name: 'Steps of alternative 1' }).waitFor();
  });

  it('shows a role on the graph: a glance on hover, everything on click', async () => {
    const page = await open(WITH_CISSP);
    await expect.poll(() => drawnRoute(page)).toBe(withCissp[0]);
    const find = page.getByRole('combobox', { name: 'Find a role' });
    await find.fill('penetration tester');
    await find.press('Enter');
    const details = page.getByRole('heading', { level: 2, name: 'Penetration tester' });
    await details.waitFor();
    await page.getByRole('button', { name: 'Close details' }).click();
    await details.waitFor({ state: 'detached' });
    // "Find a role" centres the graph on the role: once the camera has stopped, it is under the middle of the canvas.
    await expect
      .poll(() =>
        readGraph(
          page,
          (cy) => {
            const at = cy.getElementById('penetration-tester').renderedPosition();
            return !cy.animated() && Math.abs(at.x - cy.width() / 2) < 2 && Math.abs(at.y - cy.height() / 2) < 2;
          },
          null,
        ),
      )
      .toBe(true);
    const box = (await page.locator(GRAPH).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.locator('.graph-tooltip', { hasText: 'Penetration tester' }).waitFor();
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await details.waitFor();
    expect(await page.getAttribute(GRAPH, 'data-selected')).toBe('penetration-tester');
    const source = page.getByRole('list', { name: 'Sources for Penetration tester' }).getByRole('link').first();
    expect(await source.getAttribute('target')).toBe('_blank');
    expect(await source.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('finds the same plan after a reload, on the route that was chosen', async () => {
    const page = await openOnAlternative();
    await page.reload();
    await expect.poll(() => listedRoute(page)).toBe(withCissp[1]);
    await expect.poll(() => drawnRoute(page)).toBe(withCissp[1]);
    expect(await page.getByRole('combobox', { name: 'Your current role' }).inputValue()).toBe(
      'Computer systems analyst',
    );
    await page.getByRole('button', { name: 'Remove CISSP' }).waitFor();
  });

  it('reproduces the plan from its link in a fresh browser context', async () => {
    const page = await openOnAlternative();
    const totals = await page.locator('.totals').textContent();
    const fresh = await open(new URL(page.url()).search ? `/${new URL(page.url()).search}` : '/');
    await expect.poll(() => listedRoute(fresh)).toBe(withCissp[1]);
    await expect.poll(() => drawnRoute(fresh)).toBe(withCissp[1]);
    expect(await fresh.locator('.totals').textContent()).toBe(totals);
    expect(await fresh.locator('.notice').count()).toBe(0);
  });
});

describe('odd input in Chromium', () => {
  it('explains a role it does not know instead of showing nothing', async () => {
    const page = await open('/');
    await page.getByRole('combobox', { name: 'Your current role' }).fill('quantum plumber');
    await page.getByText(/No role is called "quantum plumber"/).waitFor();
    expect(await page.locator(STEPS).count()).toBe(0);
  });

  it('reports a bad link, keeps what it can, and lets the notice be dismissed', async () => {
    const page = await open('/?from=soc-analyst&years-it=abc&certs=cissp,not-a-cert');
    const notice = page.locator('.notice', { hasText: 'Part of the link could not be used' });
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/Years of IT experience: "abc" is not a number of years/);
    expect(await notice.textContent()).toMatch(/"not-a-cert" is not a certification secpath knows/);
    await page.getByRole('button', { name: 'Remove CISSP' }).waitFor();
    await expect.poll(() => listedRoute(page)).toBe(routesFor('soc-analyst', ['cissp'])[0]);
    await notice.getByRole('button', { name: /^Dismiss/ }).click();
    await notice.waitFor({ state: 'detached' });
    // The address now holds only what was used.
    expect(new URL(page.url()).searchParams.get('certs')).toBe('cissp');
  });

  it('can be driven from the keyboard alone', async () => {
    const page = await open('/');
    const role = page.getByRole('combobox', { name: 'Your current role' });
    const focused = () => role.evaluate((el) => el === document.activeElement);
    // Past the skip links, the share button and "Start over", the first field.
    for (let presses = 0; presses < 8 && !(await focused()); presses++) await page.keyboard.press('Tab');
    expect(await focused()).toBe(true);
    await page.keyboard.type('soc anal');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    expect(await role.inputValue()).toBe('SOC analyst');
    expect(await role.getAttribute('aria-expanded')).toBe('false');
    await expect.poll(() => listedRoute(page)).toBe(routesFor('soc-analyst')[0]);
  });
});

describe('loading and the network', () => {
  it('loads the graph in its own chunk after the page', async () => {
    const { page, requests } = await session.open('/?from=soc-analyst');
    await page.waitForSelector(`${GRAPH}[data-ready="true"]`);
    const html = await (await page.request.get(`${baseUrl()}/`)).text();
    expect(html).not.toMatch(/CytoscapeGraph/);
    expect(requests.some((url) => /\/assets\/CytoscapeGraph-[\w-]+\.js$/.test(url))).toBe(true);
  });

  it('keeps planning offline once loaded', async () => {
    const page = await open('/?from=soc-analyst');
    await page.waitForSelector(`${GRAPH}[data-ready="true"]`);
    await page.context().setOffline(true);
    await page.getByRole('combobox', { name: 'Your current role' }).fill('grc analyst');
    await expect.poll(() => listedRoute(page)).toBe(routesFor('grc-analyst')[0]);
    await expect.poll(() => drawnRoute(page)).toBe(routesFor('grc-analyst')[0]);
    await page.context().setOffline(false);
  });

  // No fonts, CDNs or analytics: on a first load, while planning, and with a role's details open.
  it('never sends a request to another origin', async () => {
    const { page, requests } = await session.open('/?from=computer-systems-analyst&certs=cissp');
    await expect.poll(() => drawnRoute(page)).toBe(routesFor('computer-systems-analyst', ['cissp'])[0]);
    await page.getByRole('combobox', { name: 'Your current role' }).fill('grc analyst');
    await expect.poll(() => listedRoute(page)).toBe(routesFor('grc-analyst', ['cissp'])[0]);
    const find = page.getByRole('combobox', { name: 'Find a role' });
    await find.fill('penetration tester');
    await find.press('Enter');
    await page.getByRole('list', { name: 'Sources for Penetration tester' }).waitFor();
    expect(
      requests.some((url) => /\/assets\/CytoscapeGraph-[\w-]+\.js$/.test(url)),
      'the watch saw the page load its graph',
    ).toBe(true);
    expect(foreignRequests(requests)).toEqual([]);
  });
});
