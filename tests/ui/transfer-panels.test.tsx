// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readResume } from '../../src/export/json-resume.ts';
import { PrintPlan } from '../../src/ui/plan/PrintPlan.tsx';
import { computePlan } from '../../src/ui/state/plan-outcome.ts';
import { defaultState } from '../../src/ui/state/planner-state.ts';
import { vocabularyOf } from '../../src/ui/state/role-names.ts';
import { ResumeReview } from '../../src/ui/transfer/ResumeReview.tsx';
import { TransferPanel } from '../../src/ui/transfer/TransferPanel.tsx';
import { shippedGraphForTests } from '../helpers/minimal-graph.ts';
import { withCatalog } from './catalog-wrapper.tsx';

afterEach(cleanup);

const graph = shippedGraphForTests();
const resumeText = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'resume', 'complete.json'), 'utf8');

function inference() {
  const result = readResume(graph, resumeText, new Date('2026-11-25'));
  if (!result.ok) throw new Error('fixture résumé did not read');
  return result.inference;
}

describe('the résumé review', () => {
  it('shows what was read and applies the corrected profile only when asked', () => {
    const onUse = vi.fn();
    const read = inference();
    render(<ResumeReview inference={read} file="alex.json" onUse={onUse} onDiscard={vi.fn()} />, { wrapper: withCatalog(graph) });
    const review = screen.getByRole('region', { name: 'From your résumé' });
    expect(within(review).getByLabelText('Current role')).toHaveProperty('value', 'Information security engineer');
    expect(within(review).getByRole('checkbox', { name: 'CISSP' })).toHaveProperty('checked', true);
    fireEvent.change(within(review).getByLabelText('IT', { exact: true } as never), { target: { value: '7' } });
    fireEvent.click(within(review).getByRole('checkbox', { name: 'CISSP' }));
    expect(onUse).not.toHaveBeenCalled();
    fireEvent.click(within(review).getByRole('button', { name: 'Plan with this profile' }));
    expect(onUse).toHaveBeenCalledTimes(1);
    const patch = onUse.mock.calls[0]![0];
    expect(patch.from).toBe('Information security engineer');
    expect(patch.experienceYears.it).toBe(7);
    expect(patch.certifications).not.toContain('cissp');
    expect(patch.certifications).toEqual(read.profile.certifications.filter((c) => c !== 'cissp').sort());
  });

  it('refuses years that are not a number and says which field', () => {
    const onUse = vi.fn();
    render(<ResumeReview inference={inference()} file="alex.json" onUse={onUse} onDiscard={vi.fn()} />, { wrapper: withCatalog(graph) });
    fireEvent.change(screen.getByLabelText('Information security'), { target: { value: 'lots' } });
    expect(screen.getByRole('alert').textContent).toMatch(/Information security: expected a number of years from 0 to 60, found "lots"/);
    expect(screen.getByRole('button', { name: 'Plan with this profile' })).toHaveProperty('disabled', true);
  });
});

describe('the keep-your-plan panel', () => {
  it('offers every export once there is a route, and none before', () => {
    const props = { startMonth: '2026-11', onStartMonth: vi.fn(), imageMaker: null, onImported: vi.fn(), onProblem: vi.fn() };
    const { rerender } = render(<TransferPanel view={null} {...props} />, { wrapper: withCatalog(graph) });
    for (const name of ['Markdown', 'Plan file (JSON)', 'Calendar (.ics)', 'Graph image (PNG)', 'Print or PDF']) {
      expect(screen.getByRole('button', { name })).toHaveProperty('disabled', true);
    }
    const view = { query: { from: 'soc-analyst', to: 'information-security-manager', objective: 'fastest' as const, alternatives: 3 }, profile: { experienceYears: {}, education: 'none' as const, certifications: [] }, start: '2026-11', selectedRoute: 0 };
    rerender(<TransferPanel view={view} {...props} imageMaker={() => Promise.resolve(new Blob())} />);
    for (const name of ['Markdown', 'Plan file (JSON)', 'Calendar (.ics)', 'Graph image (PNG)', 'Print or PDF']) {
      expect(screen.getByRole('button', { name })).toHaveProperty('disabled', false);
    }
    fireEvent.change(screen.getByLabelText('Dates from'), { target: { value: '2027-04' } });
    expect(props.onStartMonth).toHaveBeenCalledWith('2027-04');
  });
});

describe('the printed plan', () => {
  it('has every route, the chosen one first, each with its steps, pay and sources', () => {
    const state = { ...defaultState(vocabularyOf(graph)), from: 'help desk' };
    const outcome = computePlan(graph, state);
    if (outcome.kind !== 'planned') throw new Error(outcome.kind);
    const { container } = render(<PrintPlan plan={outcome.plan} profile={outcome.profile} startMonth="2026-11" routeIndex={1} />, { wrapper: withCatalog(graph) });
    const sections = container.querySelectorAll('.print-route');
    expect(sections.length).toBe(outcome.plan.routes.length);
    expect(sections[0]!.querySelector('h1')!.textContent).toMatch(/^IT support specialist to Information security manager$/);
    const chosen = outcome.plan.routes[1]!;
    expect(sections[0]!.querySelectorAll('ol.steps > li').length).toBe(chosen.steps.length);
    expect(sections[1]!.querySelector('h1')!.textContent).toMatch(/best route$/);
    for (const section of sections) {
      expect(section.querySelector('.pay-table, .muted')).not.toBeNull();
      expect(section.querySelectorAll('.sources a').length).toBeGreaterThan(0);
      // No hooks the page uses: the printed copy never stands in for the live route.
      expect(section.querySelector('[data-route-roles]')).toBeNull();
    }
  });
});
