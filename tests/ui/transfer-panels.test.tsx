// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readResume } from '../../src/export/json-resume.ts';
import { PrintPlan } from '../../src/ui/plan/PrintPlan.tsx';
import { routeSourceIds } from '../../src/export/plan-sources.ts';
import { computePlan } from '../../src/ui/state/plan-outcome.ts';
import { defaultState } from '../../src/ui/state/planner-state.ts';
import { vocabularyOf } from '../../src/ui/state/role-names.ts';
import { ResumeReview } from '../../src/ui/transfer/ResumeReview.tsx';
import { pageBackground } from '../../src/ui/background/background.ts';
import { readImport } from '../../src/ui/transfer/transfer.ts';
import { MAX_LINES } from '../../src/export/resume-lines.ts';
import { TransferPanel, type TransferPanelProps } from '../../src/ui/transfer/TransferPanel.tsx';
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
    render(<ResumeReview inference={read} file="alex.json" onUse={onUse} onDiscard={vi.fn()} />, {
      wrapper: withCatalog(graph),
    });
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
    render(<ResumeReview inference={inference()} file="alex.json" onUse={onUse} onDiscard={vi.fn()} />, {
      wrapper: withCatalog(graph),
    });
    fireEvent.change(screen.getByLabelText('Information security'), { target: { value: 'lots' } });
    expect(screen.getByRole('alert').textContent).toMatch(
      /Information security: expected a number of years from 0 to 60, found "lots"/,
    );
    expect(screen.getByRole('button', { name: 'Plan with this profile' })).toHaveProperty('disabled', true);
  });
});

describe('the keep-your-plan panel', () => {
  const background = pageBackground(graph);
  const view = {
    query: {
      from: 'soc-analyst',
      to: 'information-security-manager',
      objective: 'fastest' as const,
      pace: 'typical' as const,
      routeCount: 3,
    },
    profile: { experienceYears: {}, education: 'none' as const, certifications: [], associateOf: [] },
    start: '2026-11',
    selectedRoute: 0,
  };

  it('offers every export once there is a route, and none before', () => {
    const props = {
      startMonth: '2026-11',
      onStartMonth: vi.fn(),
      imageMaker: null,
      caption: null,
      background,
      onImported: vi.fn(),
    };
    const { rerender } = render(<TransferPanel view={null} {...props} />, { wrapper: withCatalog(graph) });
    for (const name of ['Markdown', 'Plan file (JSON)', 'Calendar (.ics)', 'Graph image (PNG)', 'Print or PDF']) {
      expect(screen.getByRole('button', { name })).toHaveProperty('disabled', true);
    }
    rerender(
      <TransferPanel
        view={view}
        {...props}
        imageMaker={() => Promise.resolve(new Blob())}
        caption={{ title: 'a → b', subtitle: '', steps: [], credit: '' }}
      />,
    );
    for (const name of ['Markdown', 'Plan file (JSON)', 'Calendar (.ics)', 'Graph image (PNG)', 'Print or PDF']) {
      expect(screen.getByRole('button', { name })).toHaveProperty('disabled', false);
    }
    fireEvent.change(screen.getByLabelText('Dates from'), { target: { value: '2027-04' } });
    expect(props.onStartMonth).toHaveBeenCalledWith('2027-04');
  });

  const openFile = (name: string, text: string) =>
    fireEvent.change(screen.getByTestId('import-file'), {
      target: { files: [new File([text], name, { type: 'application/json' })] },
    });

  function renderOpen() {
    const seen: unknown[] = [];
    const onImported = (outcome: Parameters<TransferPanelProps['onImported']>[0]) => {
      seen.push(outcome);
      return outcome.kind === 'error'
        ? {
            tone: 'warning' as const,
            title: `${outcome.file} was not opened; your plan is as it was`,
            items: outcome.problems,
            focus: true,
          }
        : {
            tone: 'info' as const,
            title: 'Plan opened',
            items: outcome.kind === 'plan' ? outcome.notices : [],
            focus: true,
          };
    };
    render(
      <TransferPanel
        view={view}
        startMonth="2026-11"
        onStartMonth={vi.fn()}
        imageMaker={null}
        caption={null}
        background={background}
        onImported={onImported}
      />,
      { wrapper: withCatalog(graph) },
    );
    return seen;
  }

  it('shows what opening a file did next to the Open control, and puts the keyboard on it', async () => {
    renderOpen();
    openFile('notes.json', '{\n  "format": "secpath-plan",\n  oops\n}');
    const report = await screen.findByTestId('import-report', {}, { timeout: 10_000 });
    expect(report.closest('.drop-zone')).toBe(
      screen.getByRole('button', { name: 'Choose a file…' }).closest('.drop-zone'),
    );
    expect(document.activeElement).toBe(report);
    expect(report.textContent).toContain('notes.json was not opened; your plan is as it was');
    expect(report.textContent).toMatch(/The file is not valid JSON \(line 3, column \d+\)/);
    // No JSON path, no parser wording.
    expect(report.textContent).not.toMatch(/\$|Unexpected token|position/);
  });

  it('says where a plan file is wrong in words, naming certifications, not paths', async () => {
    renderOpen();
    const old = {
      format: 'secpath-plan',
      version: 1,
      start: '2026-11',
      query: { from: 'soc-analyst', to: 'nowhere', objective: 'fastest', alternatives: 2 },
      profile: { experienceYears: {}, education: 'none', certifications: ['security-plus', 'bogus'] },
      selectedRoute: 0,
    };
    openFile('old.json', JSON.stringify(old));
    const report = await screen.findByTestId('import-report', {}, { timeout: 10_000 });
    expect([...report.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'The role wanted: "nowhere" is not a role in secpath\'s current data.',
      'Certification 2 held: "bogus" is not a certification in secpath\'s current data.',
    ]);
  });

  it('opens a plan file of format version 1 with the notice its reader gives', async () => {
    const seen = renderOpen();
    const old = {
      format: 'secpath-plan',
      version: 1,
      start: '2026-11',
      query: { from: 'soc-analyst', to: 'information-security-manager', objective: 'fastest', alternatives: 2 },
      profile: { experienceYears: { 'security-management': 2 }, education: 'none', certifications: ['security-plus'] },
      selectedRoute: 1,
    };
    openFile('old.json', JSON.stringify(old));
    const report = await screen.findByTestId('import-report', {}, { timeout: 10_000 });
    expect(report.textContent).toMatch(/old\.json was saved by an earlier secpath \(plan format version 1\)/);
    expect(seen[0]).toMatchObject({
      kind: 'plan',
      view: {
        query: { routeCount: 2, pace: 'typical' },
        profile: { experienceYears: { 'security-management': 2 } },
        selectedRoute: 1,
      },
    });
  });
});

describe("what secpath read from a résumé, in a person's words", () => {
  it('names jobs by title, employer and dates, and certificates by name, never by list index or id', () => {
    const outcome = readImport(graph, resumeText, 'alex.json', new Date('2026-11-25'));
    if (outcome.kind !== 'resume') throw new Error(outcome.kind);
    const lines = [...outcome.inference.matched, ...outcome.inference.skipped];
    expect(lines).toContain(
      'Help Desk Technician at Northwind (June 2014 to August 2016): read as IT support specialist; 27 months of IT experience',
    );
    expect(lines).toContain('CompTIA Security+: read as Security+');
    expect(lines).toContain('AWS Certified Cloud Practitioner: matches no certification secpath knows');
    for (const line of lines) expect(line).not.toMatch(/\w\[\d+\]|\b[a-z]+-[a-z-]+\b(?<!-to-)|\bwork\b/);
  });

  it("shows at most a hundred of a huge résumé's lines, saying how many more there are", () => {
    const work = Array.from({ length: 300 }, () => ({
      position: 'Astronaut',
      name: 'Acme',
      startDate: '2019-01',
      endDate: '2020-01',
    }));
    const outcome = readImport(graph, JSON.stringify({ work }), 'big.json', new Date('2026-11-25'));
    if (outcome.kind !== 'resume') throw new Error(outcome.kind);
    expect(outcome.inference.skipped).toHaveLength(MAX_LINES + 1);
    expect(outcome.inference.skipped.at(-1)).toBe('…and 200 more, not listed');
  });
});

describe('the printed plan', () => {
  it('has every route, the chosen one first, each with its steps and pay, then the sources of all of them once', () => {
    const state = { ...defaultState(vocabularyOf(graph), '2026-11'), from: 'help desk' };
    const outcome = computePlan(graph, state);
    if (outcome.kind !== 'planned') throw new Error(outcome.kind);
    const { container } = render(
      <PrintPlan plan={outcome.plan} profile={outcome.profile} startMonth="2026-11" routeIndex={1} />,
      { wrapper: withCatalog(graph) },
    );
    const sections = container.querySelectorAll('.print-route');
    expect(sections.length).toBe(outcome.plan.routes.length);
    expect(sections[0]!.querySelector('h1')!.textContent).toBe(
      'IT support specialist to Information security manager: alternative 1',
    );
    const chosen = outcome.plan.routes[1]!;
    expect(sections[0]!.querySelectorAll('ol.steps > li').length).toBe(chosen.steps.length);
    expect(sections[1]!.querySelector('h1')!.textContent).toMatch(/best route$/);
    for (const section of sections) {
      expect(section.querySelector('.pay-table, .muted')).not.toBeNull();
      expect(section.textContent).toMatch(
        /Its numbers rest on \d+ sources, numbered \[n\] beside each fact and listed under “Sources” at the end\./,
      );
      // No hooks the page uses: the printed copy never stands in for the live route.
      expect(section.querySelector('[data-route-roles]')).toBeNull();
    }
    // Each source once, after the last route: every route's sources are there, none twice.
    const listed = [...container.querySelectorAll('.print-sources .sources a')].map((a) => a.getAttribute('href'));
    expect(new Set(listed).size).toBe(listed.length);
    const sourceOf = graph.getAttribute('sources');
    for (const route of outcome.plan.routes)
      for (const id of routeSourceIds(route)) expect(listed).toContain(sourceOf.get(id)!.url);
    expect(container.querySelector('.print-plan')!.lastElementChild!.className).toBe('print-sources');
  });
});
