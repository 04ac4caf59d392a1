// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/ui/App.tsx';
import type { CytoscapeGraphProps } from '../../src/ui/graph/CytoscapeGraph.tsx';
import { shippedGraphForTests } from '../helpers/minimal-graph.ts';

// Cytoscape needs a real canvas; a stand-in is enough for what the form says.
vi.mock('../../src/ui/graph/CytoscapeGraph.tsx', () => ({
  default: (props: CytoscapeGraphProps) => <div data-testid="role-graph" data-route={(props.route ?? []).join(' ')} />,
}));

const graph = shippedGraphForTests();
const WAIT = { timeout: 10_000 };
vi.setConfig({ testTimeout: 30_000 });

beforeEach(() => {
  localStorage.clear();
  window.history.replaceState(null, '', '/');
});
afterEach(cleanup);

const roleField = () => screen.getByRole('combobox', { name: 'Your current role' }) as HTMLInputElement;
const type = (text: string) => fireEvent.change(roleField(), { target: { value: text } });
/** The line under the role field, as a screen reader announces it. */
const fieldStatus = () => document.getElementById(roleField().getAttribute('aria-describedby')!)!.textContent;

describe('job titles as people type them in the form', () => {
  for (const [typed, title] of [
    ['Senior SOC analyst', 'SOC analyst'],
    ['SOC Analyst II', 'SOC analyst'],
    ['tier 1 support', 'IT support specialist'],
  ] as const) {
    it(`reads "${typed}" as ${title} and plans from it`, async () => {
      render(<App graph={graph} />);
      type(typed);
      expect(await screen.findByText(`Read as “${title}”.`, undefined, WAIT)).toBeTruthy();
      expect(fieldStatus()).toBe(`Read as “${title}”.`);
      const steps = await screen.findByRole('list', { name: 'Steps of the route' }, WAIT);
      const first = graph.findNode((_, a) => a.role.title === title)!;
      expect(steps.getAttribute('data-route-roles')!.startsWith(`${first} `)).toBe(true);
    });
  }

  for (const [typed, choices] of [
    ['devops engineer', ['Software developer', 'Systems administrator']],
    ['network engineer', ['Computer network architect', 'Network systems administrator']],
  ] as const) {
    it(`asks which role "${typed}" means, offering ${choices.join(' and ')}, and plans from the one picked`, async () => {
      render(<App graph={graph} />);
      type(typed);
      const question = (await screen.findByText('Which role do you hold?', undefined, WAIT)).closest(
        '.callout',
      ) as HTMLElement;
      const callout = within(question);
      expect(callout.getByText(/could mean several roles/)).toBeTruthy();
      const offered = callout.getAllByRole('button').map((b) => b.textContent);
      expect(offered).toEqual([...choices]);
      expect(fieldStatus()).toBe('Could be more than one role: pick the one you hold, here or beside the plan.');
      expect(screen.queryByRole('list', { name: 'Steps of the route' })).toBeNull();

      fireEvent.click(callout.getByRole('button', { name: choices[1] }));
      expect(roleField().value).toBe(choices[1]);
      const steps = await screen.findByRole('list', { name: 'Steps of the route' }, WAIT);
      const picked = graph.findNode((_, a) => a.role.title === choices[1])!;
      expect(steps.getAttribute('data-route-roles')!.startsWith(`${picked} `)).toBe(true);
    });
  }
});
