// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/ui/App.tsx';
import type { CytoscapeGraphProps } from '../../src/ui/graph/CytoscapeGraph.tsx';
import { STORAGE_KEY } from '../../src/ui/state/storage.ts';
import { shippedGraphForTests } from '../helpers/minimal-graph.ts';

// Cytoscape needs a real canvas; the end-to-end tests cover it in Chromium. Here a stand-in
// shows what the app asks the graph to draw.
vi.mock('../../src/ui/graph/CytoscapeGraph.tsx', () => ({
  default: (props: CytoscapeGraphProps) => <div data-testid="role-graph" data-route={(props.route ?? []).join(' ')} />,
}));

const graph = shippedGraphForTests();

beforeEach(() => {
  localStorage.clear();
  window.history.replaceState(null, '', '/');
});
afterEach(cleanup);

const steps = () => screen.findByRole('list', { name: 'Steps of the route' });

describe('the app', () => {
  it('plans as the person types, and draws the same route on the graph', async () => {
    render(<App graph={graph} />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Your current role' }), { target: { value: 'soc analist' } });
    const list = await steps();
    const roles = list.getAttribute('data-route-roles')!;
    expect(roles.startsWith('soc-analyst ')).toBe(true);
    expect(roles.endsWith(' information-security-manager')).toBe(true);
    await waitFor(() => expect(screen.getByTestId('role-graph').getAttribute('data-route')).toBe(roles));
    expect(screen.getByText('Read as “SOC analyst”.')).toBeTruthy();
  });

  it('keeps the plan in the address and in local storage', async () => {
    render(<App graph={graph} />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Your current role' }), { target: { value: 'soc analist' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'IT' }), { target: { value: '3' } });
    await steps();
    const params = new URLSearchParams(window.location.search);
    expect(params.get('from')).toBe('soc-analyst');
    expect(params.get('years-it')).toBe('3');
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!)).toMatchObject({ v: 1, from: 'soc-analyst', experienceYears: { it: 3 } });
  });

  it('opens a link with the plan it describes', async () => {
    window.history.replaceState(null, '', '/?v=1&from=grc-analyst&to=chief-information-security-officer&objective=fewest-moves&education=master&certs=cisa');
    render(<App graph={graph} />);
    expect((screen.getByRole('combobox', { name: 'Your current role' }) as HTMLInputElement).value).toBe('GRC analyst');
    expect((screen.getByRole('combobox', { name: 'Role you want' }) as HTMLSelectElement).value).toBe('chief-information-security-officer');
    expect((screen.getByRole('radio', { name: /Fewest moves/ }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole('button', { name: 'Remove CISA' })).toBeTruthy();
    expect((await steps()).getAttribute('data-route-roles')!.split(' ').at(-1)).toBe('chief-information-security-officer');
  });

  it('reports a corrupt saved plan, starts from the defaults, and lets the notice be dismissed', async () => {
    localStorage.setItem(STORAGE_KEY, '{"v":1,"from":"soc');
    render(<App graph={graph} />);
    const notice = screen.getByText('Your saved plan could not be read').closest('.notice')!;
    expect(notice.textContent).toMatch(/replaced by the defaults: it is not valid JSON/);
    expect((screen.getByRole('combobox', { name: 'Your current role' }) as HTMLInputElement).value).toBe('');
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss: Your saved plan could not be read' }));
    expect(screen.queryByText('Your saved plan could not be read')).toBeNull();
  });

  it('keeps the saved values a bad link gets wrong, and says what it did', async () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ v: 1, from: 'soc-analyst', to: 'information-security-manager', objective: 'fastest', education: 'bachelor', experienceYears: { it: 5 }, certifications: [], monthsInCurrentRole: null }));
    window.history.replaceState(null, '', '/?from=soc-analyst&education=phd&years-it=five');
    render(<App graph={graph} />);
    expect(screen.getByText('Part of the link could not be used')).toBeTruthy();
    expect(screen.getByText(/education: "phd" is not an education level .*; kept your saved value, "bachelor"\./)).toBeTruthy();
    expect((screen.getByRole('combobox', { name: 'Education' }) as HTMLSelectElement).value).toBe('bachelor');
    expect((screen.getByRole('textbox', { name: 'IT' }) as HTMLInputElement).value).toBe('5');
  });

  it('restores the saved plan a link put aside', async () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ v: 1, from: 'it-auditor', to: 'information-security-manager', objective: 'fastest', education: 'none', experienceYears: {}, certifications: [], monthsInCurrentRole: null }));
    window.history.replaceState(null, '', '/?from=soc-analyst');
    render(<App graph={graph} />);
    const input = screen.getByRole('combobox', { name: 'Your current role' }) as HTMLInputElement;
    expect(input.value).toBe('SOC analyst');
    fireEvent.click(screen.getByRole('button', { name: 'Restore my saved plan' }));
    expect(input.value).toBe('IT auditor');
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('from')).toBe('it-auditor'));
  });

  it('sets the form from a role chosen in the tables', async () => {
    render(<App graph={graph} />);
    const rolesTable = screen.getByRole('table', { name: /^Roles/ });
    fireEvent.click(rolesTable.querySelector('tr[data-role-id="penetration-tester"] button')!);
    expect(screen.getByRole('heading', { level: 2, name: 'Penetration tester' })).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'I am here' })));
    expect((screen.getByRole('combobox', { name: 'Your current role' }) as HTMLInputElement).value).toBe('Penetration tester');
    expect((await steps()).getAttribute('data-route-roles')!.startsWith('penetration-tester')).toBe(true);
  });

  it('starts over from the defaults', async () => {
    window.history.replaceState(null, '', '/?from=soc-analyst&years-it=3&certs=cissp');
    render(<App graph={graph} />);
    fireEvent.click(screen.getByRole('button', { name: 'Start over' }));
    expect((screen.getByRole('combobox', { name: 'Your current role' }) as HTMLInputElement).value).toBe('');
    expect((screen.getByRole('textbox', { name: 'IT' }) as HTMLInputElement).value).toBe('');
    expect(screen.queryByRole('button', { name: 'Remove CISSP' })).toBeNull();
  });
});
