// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/ui/App.tsx';
import type { CytoscapeGraphProps } from '../../src/ui/graph/CytoscapeGraph.tsx';
import { BACKUP_KEY, STORAGE_KEY } from '../../src/ui/state/storage.ts';
import { shippedGraphForTests } from '../helpers/minimal-graph.ts';

// Cytoscape needs a real canvas; the end-to-end tests cover it in Chromium. Here a stand-in
// shows what the app asks the graph to draw.
vi.mock('../../src/ui/graph/CytoscapeGraph.tsx', () => ({
  default: (props: CytoscapeGraphProps) => <div data-testid="role-graph" data-route={(props.route ?? []).join(' ')} />,
}));

const graph = shippedGraphForTests();
const WAIT = { timeout: 10_000 };
// The whole app, planning in the page: seconds a test on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

beforeEach(() => {
  localStorage.clear();
  window.history.replaceState(null, '', '/');
});
afterEach(cleanup);

const steps = () => screen.findByRole('list', { name: 'Steps of the route' }, WAIT);
const roleField = () => screen.getByRole('combobox', { name: 'Your current role' }) as HTMLInputElement;
const saved = () => JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null');
const param = (name: string) => new URLSearchParams(window.location.search).get(name);

describe('the app', () => {
  it('plans as the person types, and draws the same route on the graph', async () => {
    render(<App graph={graph} />);
    fireEvent.change(roleField(), { target: { value: 'soc analist' } });
    const list = await steps();
    const roles = list.getAttribute('data-route-roles')!;
    expect(roles.startsWith('soc-analyst ')).toBe(true);
    expect(roles.endsWith(' information-security-manager')).toBe(true);
    await waitFor(() => expect(screen.getByTestId('role-graph').getAttribute('data-route')).toBe(roles));
    screen.getByText('Read as “SOC analyst”.');
  });

  it('keeps the plan in the address and in local storage, with its date, timeline and route', async () => {
    render(<App graph={graph} />);
    fireEvent.change(roleField(), { target: { value: 'soc analist' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Years in IT' }), { target: { value: '3' } });
    fireEvent.click(screen.getByRole('radio', { name: /^Earliest/ }));
    fireEvent.change(screen.getByLabelText('Dates from'), { target: { value: '2027-04' } });
    await steps();
    fireEvent.click(await screen.findByRole('radio', { name: /^Alternative 1/ }, WAIT));
    await waitFor(() => expect(param('route')).toBe('1'));
    expect(param('from')).toBe('soc-analyst');
    expect(param('years-it')).toBe('3');
    expect(param('pace')).toBe('earliest');
    expect(param('start')).toBe('2027-04');
    expect(saved()).toMatchObject({
      v: 2,
      from: 'soc-analyst',
      experienceYears: { it: 3 },
      pace: 'earliest',
      start: '2027-04',
      route: 1,
    });
  });

  it('opens a link on the route and dates it names', async () => {
    window.history.replaceState(
      null,
      '',
      '/?v=2&from=grc-analyst&to=chief-information-security-officer&objective=fewest-moves&pace=typical&education=master&certs=cisa&start=2028-01&route=1&routes=3',
    );
    render(<App graph={graph} />);
    expect(roleField().value).toBe('GRC analyst');
    expect((screen.getByRole('combobox', { name: 'Role you want' }) as HTMLSelectElement).value).toBe(
      'chief-information-security-officer',
    );
    expect((screen.getByRole('radio', { name: /Fewest moves/ }) as HTMLInputElement).checked).toBe(true);
    screen.getByRole('button', { name: 'Remove CISA' });
    const list = await steps();
    expect(list.getAttribute('data-route-roles')!.split(' ').at(-1)).toBe('chief-information-security-officer');
    screen.getByRole('heading', { name: 'Steps of alternative 1' });
    expect(screen.getByRole('region', { name: 'Your route' }).querySelector('.route-start')!.textContent).toBe(
      '●Now (January 2028): GRC analyst',
    );
  });

  it('reports a corrupt saved plan, starts from the defaults, and lets the notice be dismissed', () => {
    localStorage.setItem(STORAGE_KEY, '{"v":2,"from":"soc');
    render(<App graph={graph} />);
    const notice = screen.getByText('Your saved plan could not be read').closest('.notice')!;
    expect(notice.textContent).toMatch(/replaced by the defaults: it is not valid JSON/);
    expect(roleField().value).toBe('');
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss: Your saved plan could not be read' }));
    expect(screen.queryByText('Your saved plan could not be read')).toBeNull();
  });

  it('keeps the saved values a bad link gets wrong, and says what it did in words', () => {
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({
        v: 1,
        from: 'soc-analyst',
        to: 'information-security-manager',
        objective: 'fastest',
        education: 'bachelor',
        experienceYears: { it: 5 },
        certifications: [],
        monthsInCurrentRole: null,
      }),
    );
    window.history.replaceState(null, '', '/?from=soc-analyst&education=phd&years-it=five');
    render(<App graph={graph} />);
    screen.getByText('Part of the link could not be used');
    screen.getByText(/^Education: "phd" is not an education level .*; kept your saved value, bachelor's degree\.$/);
    expect((screen.getByRole('combobox', { name: 'Education' }) as HTMLSelectElement).value).toBe('bachelor');
    expect((screen.getByRole('textbox', { name: 'Years in IT' }) as HTMLInputElement).value).toBe('5');
  });

  it('restores the own plan after two links and a reload (red team M2)', async () => {
    const own = {
      v: 2,
      from: 'it-auditor',
      to: 'information-security-manager',
      objective: 'fastest',
      education: 'master',
      experienceYears: { it: 7 },
      certifications: ['cissp'],
      monthsInCurrentRole: null,
    };
    localStorage.setItem(STORAGE_KEY, JSON.stringify(own));
    for (const link of [
      '/?v=2&from=soc-analyst',
      '/?v=2&from=it-support-specialist',
      '/?v=2&from=it-support-specialist',
    ]) {
      window.history.replaceState(null, '', link);
      render(<App graph={graph} />);
      await waitFor(() => expect(saved()?.from).toBe(new URLSearchParams(link.slice(1)).get('from')), WAIT);
      screen.getByRole('button', { name: 'Restore my saved plan' });
      cleanup();
    }
    render(<App graph={graph} />);
    fireEvent.click(screen.getByRole('button', { name: 'Restore my saved plan' }));
    expect(roleField().value).toBe('IT auditor');
    screen.getByRole('button', { name: 'Remove CISSP' });
    await waitFor(() => expect(param('from')).toBe('it-auditor'), WAIT);
    expect(localStorage.getItem(BACKUP_KEY)).toBeNull();
    expect(saved()).toMatchObject({ from: 'it-auditor', education: 'master', experienceYears: { it: 7 } });
  });

  it('keeps the plan from a link when asked, and forgets the one put aside', async () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ v: 2, from: 'it-auditor' }));
    window.history.replaceState(null, '', '/?v=2&from=soc-analyst');
    render(<App graph={graph} />);
    await waitFor(() => expect(localStorage.getItem(BACKUP_KEY)).not.toBeNull(), WAIT);
    fireEvent.click(screen.getByRole('button', { name: 'Keep this plan instead' }));
    expect(screen.queryByRole('button', { name: 'Restore my saved plan' })).toBeNull();
    expect(localStorage.getItem(BACKUP_KEY)).toBeNull();
    expect(roleField().value).toBe('SOC analyst');
  });

  it('cuts a pasted role name to what a link reads back, so a reload keeps it (red team L6)', async () => {
    render(<App graph={graph} />);
    fireEvent.change(roleField(), { target: { value: 'a'.repeat(300) } });
    expect(roleField().value).toHaveLength(200);
    await waitFor(() => expect(param('from')).toHaveLength(200), WAIT);
    cleanup();
    render(<App graph={graph} />);
    expect(roleField().value).toBe('a'.repeat(200));
    expect(document.querySelector('.notice')).toBeNull();
  });

  it('sets the form from a role chosen in the tables', async () => {
    render(<App graph={graph} />);
    const rolesTable = await screen.findByRole('table', { name: /^Roles/ }, WAIT);
    fireEvent.click(rolesTable.querySelector('tr[data-role-id="penetration-tester"] button')!);
    screen.getByRole('heading', { level: 2, name: 'Penetration tester' });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'I am here' })));
    expect(roleField().value).toBe('Penetration tester');
    expect((await steps()).getAttribute('data-route-roles')!.startsWith('penetration-tester')).toBe(true);
  });

  it('starts over at once, can be undone, and keeps the saved copy until the person moves on', async () => {
    window.history.replaceState(null, '', '/?from=soc-analyst&years-it=3&certs=cissp');
    render(<App graph={graph} />);
    await waitFor(() => expect(saved()?.certifications).toEqual(['cissp']), WAIT);
    fireEvent.click(screen.getByRole('button', { name: 'Start over' }));
    expect(roleField().value).toBe('');
    expect((screen.getByRole('textbox', { name: 'Years in IT' }) as HTMLInputElement).value).toBe('');
    expect(screen.queryByRole('button', { name: 'Remove CISSP' })).toBeNull();
    screen.getByText(/^Cleared\./);
    // Nothing is erased yet, not even when the page is left.
    window.dispatchEvent(new Event('pagehide'));
    expect(saved()).toMatchObject({ from: 'soc-analyst', certifications: ['cissp'] });
    expect(param('from')).toBe('soc-analyst');
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(roleField().value).toBe('SOC analyst');
    screen.getByRole('button', { name: 'Remove CISSP' });

    // Moving on (typing a new role) makes the clearing stick.
    fireEvent.click(screen.getByRole('button', { name: 'Start over' }));
    fireEvent.change(roleField(), { target: { value: 'GRC analyst' } });
    expect(screen.queryByText(/^Cleared\./)).toBeNull();
    await waitFor(() => expect(saved()).toMatchObject({ from: 'grc-analyst', certifications: [] }), WAIT);
  });

  it('marks a certification as exam passed, awaiting experience', async () => {
    window.history.replaceState(null, '', '/?from=soc-analyst&certs=cissp,security-plus');
    render(<App graph={graph} />);
    const awaiting = screen.getByRole('checkbox', { name: 'CISSP: exam passed, awaiting experience' });
    // Security+ has no experience rule: there is nothing to await.
    expect(screen.queryByRole('checkbox', { name: /Security\+: exam passed/ })).toBeNull();
    fireEvent.click(awaiting);
    await waitFor(() => expect(param('associate')).toBe('cissp'), WAIT);
    expect(param('certs')).toBe('security-plus');
    // Still shown among the chosen certifications.
    screen.getByRole('button', { name: 'Remove CISSP' });
  });

  it('asks for years managing people beside years in security management, saying what counts', () => {
    render(<App graph={graph} />);
    const people = screen.getByRole('textbox', { name: 'Years managing people' });
    const management = screen.getByRole('textbox', { name: 'Years in security management' });
    expect(people.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(management.getAttribute('aria-describedby')!)!.textContent).toMatch(
      /Leading security work/,
    );
    fireEvent.change(people, { target: { value: '2' } });
    return waitFor(() => expect(param('years-people-management')).toBe('2'), WAIT);
  });

  it('shows what would shorten the route without being asked', async () => {
    window.history.replaceState(null, '', '/?from=it-support-specialist');
    render(<App graph={graph} />);
    const levers = await screen.findByRole('region', { name: 'What would shorten my route' }, WAIT);
    await waitFor(
      () =>
        expect(
          within(levers).queryAllByRole('listitem').length + within(levers).queryAllByText(/No single change/).length,
        ).toBeGreaterThan(0),
      WAIT,
    );
    expect(within(levers).queryByRole('button')).toBeNull();
  });
});
