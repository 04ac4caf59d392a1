// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PlanPanel, type PlanPanelProps } from '../../src/ui/plan/PlanPanel.tsx';
import { computePlan, type PlanOutcome } from '../../src/ui/state/plan-outcome.ts';
import { defaultState } from '../../src/ui/state/planner-state.ts';
import { vocabularyOf } from '../../src/ui/state/role-names.ts';
import { minimalGraph, shippedGraphForTests } from '../helpers/minimal-graph.ts';
import { withCatalog } from './catalog-wrapper.tsx';

afterEach(cleanup);

const shipped = shippedGraphForTests();
const minimal = minimalGraph();

function renderPanel(graph = shipped, outcome: PlanOutcome, props: Partial<PlanPanelProps> = {}) {
  const handlers = { onRouteIndex: vi.fn(), onUseRole: vi.fn(), onShowRole: vi.fn() };
  render(<PlanPanel outcome={outcome} targetId="information-security-manager" routeIndex={0} startMonth="2026-01" pending={false} {...handlers} {...props} />, {
    wrapper: withCatalog(graph),
  });
  return handlers;
}

const plannedFrom = (from: string, patch = {}) => computePlan(shipped, { ...defaultState(vocabularyOf(shipped)), from, ...patch });

describe('the plan panel', () => {
  it('lists the best route as numbered, dated steps with the reasons for each action', () => {
    const outcome = plannedFrom('help desk', { experienceYears: { it: 1 } });
    if (outcome.kind !== 'planned') throw new Error(outcome.kind);
    const best = outcome.plan.routes[0]!;
    renderPanel(shipped, outcome);
    const steps = screen.getByRole('list', { name: 'Steps of the route' });
    expect(steps.getAttribute('data-route-roles')).toBe(best.roles.join(' '));
    const items = within(steps).getAllByRole('listitem').filter((li) => li.classList.contains('step'));
    expect(items).toHaveLength(best.steps.length);
    expect(items[0]!.querySelector('.visually-hidden')!.textContent).toBe('Step 1: ');
    // Each step says when, and why each action is there, in the planner's words.
    const reasons = best.steps.flatMap((s) => s.actions.flatMap((a) => a.meets.map((m) => m.text)));
    expect(reasons.length).toBeGreaterThan(0);
    for (const reason of reasons) expect(steps.textContent).toContain(reason);
    expect(items[0]!.textContent).toMatch(/\b20\d\d\b/);
  });

  it('shows the totals and the pay along the way', () => {
    const outcome = plannedFrom('SOC analyst');
    if (outcome.kind !== 'planned') throw new Error(outcome.kind);
    renderPanel(shipped, outcome);
    const totals = screen.getByText('Time').closest('dl')!;
    expect(totals.textContent).toMatch(/Moves\d+ moves?/);
    expect(totals.textContent).toMatch(/CostUS\$/);
    expect(screen.getByRole('table', { name: 'Median pay along the route' })).toBeTruthy();
  });

  it('offers the alternatives as a radio group and reports the choice', () => {
    const outcome = plannedFrom('SOC analyst');
    if (outcome.kind !== 'planned') throw new Error(outcome.kind);
    expect(outcome.plan.routes.length).toBeGreaterThan(1);
    const { onRouteIndex } = renderPanel(shipped, outcome);
    const group = screen.getByRole('group', { name: /Routes found/ });
    const radios = within(group).getAllByRole('radio');
    expect(radios).toHaveLength(outcome.plan.routes.length);
    expect((radios[0] as HTMLInputElement).checked).toBe(true);
    fireEvent.click(radios[1]!);
    expect(onRouteIndex).toHaveBeenCalledWith(1);
  });

  it('shows the chosen alternative in full', () => {
    const outcome = plannedFrom('SOC analyst');
    if (outcome.kind !== 'planned') throw new Error(outcome.kind);
    renderPanel(shipped, outcome, { routeIndex: 1 });
    expect(screen.getByRole('list', { name: 'Steps of the route' }).getAttribute('data-route-roles')).toBe(outcome.plan.routes[1]!.roles.join(' '));
    expect(screen.getByRole('heading', { name: 'Steps of alternative 1' })).toBeTruthy();
  });

  it("explains an unknown role in the planner's words and offers the closest roles", () => {
    const outcome = plannedFrom('quantum plumber');
    expect(outcome.kind).toBe('unresolved');
    const { onUseRole } = renderPanel(shipped, outcome);
    expect(screen.getByText(/No role is called "quantum plumber"/)).toBeTruthy();
    if (outcome.kind !== 'unresolved') return;
    fireEvent.click(screen.getByRole('button', { name: outcome.candidates[0]!.title }));
    expect(onUseRole).toHaveBeenCalledWith(outcome.candidates[0]!.title);
  });

  it('explains an unreachable target instead of showing nothing', () => {
    const outcome = computePlan(minimal, { ...defaultState(vocabularyOf(minimal)), from: 'CISO', to: 'help-desk' });
    renderPanel(minimal, outcome);
    expect(screen.getByText('No route')).toBeTruthy();
    expect(screen.getByText(/No sequence of moves in the role graph leads from Chief information security officer to Help desk technician/)).toBeTruthy();
  });

  it('invites a first role with examples from the data', () => {
    const { onUseRole } = renderPanel(shipped, { kind: 'no-role' });
    expect(screen.getByText(/Type the role you hold today/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'IT support specialist' }));
    expect(onUseRole).toHaveBeenCalledWith('IT support specialist');
  });

  it('shows a planning failure as a message', () => {
    renderPanel(shipped, { kind: 'failed', message: 'secpath could not plan this route: boom' });
    expect(screen.getByText('secpath could not plan this route: boom')).toBeTruthy();
  });
});
