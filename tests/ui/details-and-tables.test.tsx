// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GraphTables } from '../../src/ui/accessible/GraphTables.tsx';
import { DetailsPanel } from '../../src/ui/details/DetailsPanel.tsx';
import type { Selection } from '../../src/ui/state/useExploreState.ts';
import { shippedGraphForTests } from '../helpers/minimal-graph.ts';
import { withCatalog } from './catalog-wrapper.tsx';

afterEach(cleanup);
const graph = shippedGraphForTests();
const data = graph.getAttribute('data');
const wrapper = withCatalog(graph);

function renderDetails(selection: Selection | null) {
  const handlers = { onFrom: vi.fn(), onTo: vi.fn(), onSelect: vi.fn() };
  render(
    <DetailsPanel
      selection={selection}
      focusSeq={0}
      fromId={null}
      targetId="information-security-manager"
      {...handlers}
    />,
    { wrapper },
  );
  return handlers;
}

describe('the details of a role', () => {
  const role = data.roles.find((r) => r.pay.length > 0 && r.codes.onet.length > 0 && r.codes.nice.length > 0)!;

  it('shows its summary, pay, outlook and codes', () => {
    renderDetails({ kind: 'role', id: role.id });
    screen.getByRole('heading', { level: 2, name: role.title });
    screen.getByText(role.summary);
    const facts = screen.getByText('Median pay').closest('dl')!;
    expect(facts.textContent).toContain(role.pay[0]!.medianUsd.toLocaleString('en-US'));
    expect(facts.textContent).toContain(role.codes.onet[0]!.code);
    expect(facts.textContent).toContain(role.codes.nice[0]!.id);
  });

  it('links its sources to their URLs in a new tab that cannot reach back', () => {
    renderDetails({ kind: 'role', id: role.id });
    const list = screen.getByRole('list', { name: `Sources for ${role.title}` });
    const links = within(list).getAllByRole('link');
    expect(links.length).toBeGreaterThan(0);
    const source = graph.getAttribute('sources').get(role.sources[0]!)!;
    const link = links.find((a) => a.getAttribute('href') === source.url)!;
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('sets the form from "I am here" and "I want to get here"', () => {
    const { onFrom, onTo } = renderDetails({ kind: 'role', id: 'soc-analyst' });
    fireEvent.click(screen.getByRole('button', { name: 'I am here' }));
    expect(onFrom).toHaveBeenCalledWith('SOC analyst');
    fireEvent.click(screen.getByRole('button', { name: 'I want to get here' }));
    expect(onTo).toHaveBeenCalledWith('soc-analyst');
  });

  it('says when the role is already the target', () => {
    renderDetails({ kind: 'role', id: 'information-security-manager' });
    expect((screen.getByRole('button', { name: 'Your target' }) as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('the details of a move', () => {
  const move = data.transitions.find(
    (t) => t.certifications.expected.length > 0 && (t.minimumExperience?.length ?? 0) > 0,
  )!;

  it('shows what the move needs apart from what is only typical', () => {
    renderDetails({ kind: 'transition', from: move.from, to: move.to });
    const needed = screen.getByRole('heading', { name: 'Needed for the move' }).nextElementSibling!;
    expect(needed.textContent).toMatch(/\d+ years? of .*experience/);
    const typical = screen.getByRole('heading', { name: 'Typical, not required' }).nextElementSibling!;
    const cert = graph.getAttribute('certifications').get(move.certifications.expected[0]!.id)!;
    expect(typical.textContent).toContain(cert.abbreviation);
    expect(needed.textContent).not.toContain(cert.abbreviation);
  });
});

describe('the graph as tables', () => {
  it('lists every role with its level and track in words', () => {
    render(
      <GraphTables filter={{ track: null, level: null, certification: null }} route={null} onSelect={() => {}} />,
      { wrapper },
    );
    const table = screen.getByRole('table', { name: `Roles (${data.roles.length})` });
    const row = within(table).getByRole('button', { name: 'SOC analyst' }).closest('tr')!;
    expect(row.textContent).toContain('Entry');
    expect(row.textContent).toContain('Security operations');
  });

  it('lists every move with what it needs and marks the route by step number', () => {
    const onSelect = vi.fn();
    const route = ['soc-analyst', 'information-security-analyst'];
    render(
      <GraphTables filter={{ track: null, level: null, certification: null }} route={route} onSelect={onSelect} />,
      { wrapper },
    );
    screen.getByRole('table', { name: `Moves (${data.transitions.length})` });
    const roles = screen.getByRole('table', { name: /^Roles/ });
    expect(
      within(roles).getByRole('button', { name: 'Information security analyst' }).closest('tr')!.textContent,
    ).toContain('Step 1');
    fireEvent.click(screen.getByRole('button', { name: 'SOC analyst to Information security analyst: details' }));
    expect(onSelect).toHaveBeenCalledWith({
      kind: 'transition',
      from: 'soc-analyst',
      to: 'information-security-analyst',
    });
  });

  it('applies the track filter and says so', () => {
    render(
      <GraphTables
        filter={{ track: 'management', level: null, certification: null }}
        route={null}
        onSelect={() => {}}
      />,
      { wrapper },
    );
    const count = data.roles.filter((r) => r.track === 'management').length;
    screen.getByRole('table', { name: `Roles (${count})` });
    screen.getByText(/Filtered to Management/);
  });
});
