// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeMonths } from '../../src/planner/describe.ts';
import { findLevers } from '../../src/planner/levers.ts';
import { PlanPanel, type PlanPanelProps } from '../../src/ui/plan/PlanPanel.tsx';
import { computePlan, type PlanOutcome } from '../../src/ui/state/plan-outcome.ts';
import { defaultState, type PlannerState } from '../../src/ui/state/planner-state.ts';
import { vocabularyOf } from '../../src/ui/state/role-names.ts';
import { shippedGraphForTests } from '../helpers/minimal-graph.ts';
import { withCatalog } from './catalog-wrapper.tsx';

afterEach(cleanup);

const graph = shippedGraphForTests();
const base = defaultState(vocabularyOf(graph), '2026-12');

function renderPanel(outcome: PlanOutcome | null, props: Partial<PlanPanelProps> = {}) {
  const handlers = { onRouteIndex: vi.fn(), onUseRole: vi.fn(), onShowRole: vi.fn(), onStartMonth: vi.fn() };
  render(
    <PlanPanel
      outcome={outcome}
      targetId="information-security-manager"
      routeIndex={0}
      pending={false}
      since={null}
      levers={[]}
      {...handlers}
      {...props}
    />,
    {
      wrapper: withCatalog(graph),
    },
  );
  return handlers;
}

function planned(patch: Partial<PlannerState>): Extract<PlanOutcome, { kind: 'planned' }> {
  const outcome = computePlan(graph, { ...base, ...patch });
  if (outcome.kind !== 'planned' || outcome.plan.routes.length === 0) throw new Error(`no route: ${outcome.kind}`);
  return outcome;
}

const stepItems = () =>
  within(screen.getByRole('list', { name: 'Steps of the route' }))
    .getAllByRole('listitem')
    .filter((li) => li.classList.contains('step'));

describe('the plan panel', () => {
  it('numbers the sources, shows the tier and read date of each, and puts the numbers beside the facts they support', () => {
    const outcome = planned({ from: 'help desk' });
    renderPanel(outcome);
    const list = screen.getByRole('list', { name: 'Sources for this route' });
    expect(list.tagName).toBe('OL');
    const items = within(list).getAllByRole('listitem');
    for (const item of items)
      expect(item.textContent).toMatch(/^(official|survey|publisher|secondary) .+, read \d{4}-\d{2}-\d{2}$/);
    // The pay of the first step cites the sources of that figure, by their place in the list.
    const firstStep = stepItems()[0]!;
    const pay = firstStep.querySelector('.step-pay')!;
    const cited = [...(pay.querySelector('.cite')?.textContent ?? '').matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
    expect(cited.length).toBeGreaterThan(0);
    const wage = outcome.plan.routes[0]!.steps[0]!.pay.wage!;
    const catalogSource = graph.getAttribute('sources').get(wage.sources[0]!)!;
    expect(cited.some((n) => items[n - 1]!.textContent!.includes(catalogSource.title))).toBe(true);
  });

  it('heads the route with both timelines and how much of it rests on estimates', () => {
    const outcome = planned({ from: 'GRC analyst' });
    const route = outcome.plan.routes[0]!;
    renderPanel(outcome);
    const headline = document.querySelector('.headline')!.textContent!;
    // Each timeline carries its own month: the earliest arrival is not the typical one.
    expect(headline).toMatch(
      new RegExp(
        `^Typically ${describeMonths(route.typicalMonths!)} \\(until \\w+ \\d{4}\\), at the earliest ${describeMonths(route.earliestMonths)} \\(until \\w+ \\d{4}\\)`,
      ),
    );
    const estimated = route.steps.filter((s) => s.timing.basis === 'estimated').length;
    expect(estimated).toBeGreaterThan(0);
    expect(document.querySelector('.estimates')!.textContent).toMatch(/estimated from what people typically bring/);
    const totals = screen.getByText('Typically', { selector: 'dt' }).closest('dl')!;
    expect(totals.textContent).toContain('At the earliest');
    expect(totals.textContent).toMatch(/Moves\d+ moves?/);
    expect(totals.textContent).toMatch(/CostUS\$/);
  });

  it('says in each step how long the person stays and why, an estimate marked in the step itself', () => {
    const outcome = planned({ from: 'help desk', experienceYears: { it: 1 } });
    const route = outcome.plan.routes[0]!;
    renderPanel(outcome);
    const items = stepItems();
    expect(items).toHaveLength(route.steps.length);
    route.steps.forEach((step, i) => {
      const stay = items[i]!.querySelector('.step-stay')!;
      expect(stay.textContent).toMatch(/^Stay: /);
      expect(stay.textContent).toContain(step.timing.text);
      expect(stay.querySelector('.tag')?.textContent === 'estimate').toBe(step.timing.basis === 'estimated');
    });
    // The actions say why they are there, in the planner's words.
    for (const reason of route.steps.flatMap((s) => s.actions.flatMap((a) => a.meets.map((m) => m.text)))) {
      expect(screen.getByRole('list', { name: 'Steps of the route' }).textContent).toContain(reason);
    }
  });

  it('shows pay on one basis at every role of the route, "not known" where there is no figure', () => {
    const outcome = planned({ from: 'GRC analyst' });
    const route = outcome.plan.routes[0]!;
    expect(route.pay.some((p) => p.wage === null)).toBe(true);
    renderPanel(outcome);
    const table = screen.getByRole('table', { name: 'Median annual wage at each role of the route' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Role', 'Median wage (BLS)']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(
      route.roles.map((id) => graph.getNodeAttribute(id, 'role').title),
    );
    route.pay.forEach((pay, i) => {
      if (pay.wage) expect(rows[i]!.textContent).toContain(`US$${pay.wage.medianUsd.toLocaleString('en-US')}`);
      else expect(rows[i]!.querySelector('td')!.textContent).toBe('not known');
    });
  });

  it('names the routes "Best route" and "Alternative N", and reports the choice', () => {
    const outcome = planned({ from: 'SOC analyst' });
    expect(outcome.plan.routes.length).toBeGreaterThan(1);
    const { onRouteIndex } = renderPanel(outcome);
    const group = screen.getByRole('group', { name: /Routes found/ });
    const radios = within(group).getAllByRole('radio');
    expect(radios.map((r) => r.closest('label')!.querySelector('.route-option-name')!.textContent)).toEqual(
      outcome.plan.routes.map((_, i) => (i === 0 ? 'Best route' : `Alternative ${i}`)),
    );
    expect((radios[0] as HTMLInputElement).checked).toBe(true);
    screen.getByRole('heading', { name: 'Steps of the best route' });
    fireEvent.click(radios[1]!);
    expect(onRouteIndex).toHaveBeenCalledWith(1);
  });

  it('shows the chosen alternative in full', () => {
    const outcome = planned({ from: 'SOC analyst' });
    renderPanel(outcome, { routeIndex: 1 });
    expect(screen.getByRole('list', { name: 'Steps of the route' }).getAttribute('data-route-roles')).toBe(
      outcome.plan.routes[1]!.roles.join(' '),
    );
    screen.getByRole('heading', { name: 'Steps of alternative 1' });
  });

  it("lists the planner's levers for the route shown, with no button to press", () => {
    const outcome = planned({ from: 'IT support specialist' });
    const levers = findLevers(graph, outcome.query, outcome.profile, outcome.plan, 0, { start: outcome.start });
    expect(levers.length).toBeGreaterThan(0);
    renderPanel(outcome, { levers });
    const section = screen.getByRole('region', { name: 'What would shorten my route' });
    expect(
      within(section)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(levers.map((l) => l.text));
    expect(within(section).queryByRole('button')).toBeNull();
  });

  it('says it is still working while the levers or a new plan are on their way', async () => {
    const outcome = planned({ from: 'SOC analyst' });
    renderPanel(outcome, { levers: null, pending: true, since: performance.now() - 5_000 });
    expect(screen.getByRole('region', { name: 'Your route' }).getAttribute('aria-busy')).toBe('true');
    screen.getByText('Planning…');
    // The levers say so once they take a moment.
    await screen.findByText('Trying the changes that could shorten this route…', {}, { timeout: 3_000 });
  });

  it('offers to re-date a plan dated from a month gone by', () => {
    const outcome = planned({ from: 'SOC analyst', start: '2020-01' });
    const { onStartMonth } = renderPanel(outcome);
    fireEvent.click(screen.getByRole('button', { name: /^Date it from / }));
    expect(onStartMonth).toHaveBeenCalledWith(expect.stringMatching(/^\d{4}-\d\d$/));
  });

  it("explains an unknown role in the planner's words and offers the closest roles", () => {
    const outcome = computePlan(graph, { ...base, from: 'quantum analyst' });
    expect(outcome.kind).toBe('unresolved');
    const { onUseRole } = renderPanel(outcome);
    screen.getByText(/No role is called "quantum analyst"; closest: /);
    if (outcome.kind !== 'unresolved') return;
    expect(outcome.candidates.length).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole('button', { name: outcome.candidates[0]!.title }));
    expect(onUseRole).toHaveBeenCalledWith(outcome.candidates[0]!.title);
  });

  it('offers the starting point outside IT for a job like no role in the graph', () => {
    const outcome = computePlan(graph, { ...base, from: 'quantum plumber' });
    const { onUseRole } = renderPanel(outcome);
    screen.getByText(/No role is called "quantum plumber"; for a job outside IT, start from "Outside IT/);
    fireEvent.click(screen.getByRole('button', { name: /^Outside IT/ }));
    expect(onUseRole).toHaveBeenCalledWith(expect.stringMatching(/^Outside IT/));
  });

  it('invites a first role with examples from the data', () => {
    const { onUseRole } = renderPanel({ kind: 'no-role' });
    screen.getByText(/Type the role you hold today/);
    fireEvent.click(screen.getByRole('button', { name: 'IT support specialist' }));
    expect(onUseRole).toHaveBeenCalledWith('IT support specialist');
  });

  it('shows a planning failure as a message', () => {
    renderPanel({ kind: 'failed', message: 'secpath could not plan this route: boom' });
    screen.getByText('secpath could not plan this route: boom');
  });
});
