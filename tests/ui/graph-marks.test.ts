import { describe, expect, it } from 'vitest';
import { certificationFocus } from '../../src/ui/explore/certification-focus.ts';
import { graphMarks, type MarksInput } from '../../src/ui/graph/graph-marks.ts';
import { minimalGraph } from '../helpers/minimal-graph.ts';

const data = minimalGraph().getAttribute('data');
const input = (patch: Partial<MarksInput>): MarksInput => ({
  roles: data.roles,
  transitions: data.transitions,
  route: null,
  filter: { track: null, level: null, certification: null },
  focus: null,
  selection: null,
  ...patch,
});
const has = (marks: ReturnType<typeof graphMarks>, id: string, cls: string) =>
  (marks.classes.get(id) ?? []).includes(cls);

describe('the classes and labels the graph draws', () => {
  it('highlights the route with numbered steps and quiets everything else', () => {
    const marks = graphMarks(input({ route: ['help-desk', 'security-analyst', 'security-manager'] }));
    expect(marks.steps.map((s) => [s.label, s.role])).toEqual([
      ['Start', 'help-desk'],
      ['1', 'security-analyst'],
      ['2', 'security-manager'],
    ]);
    expect(has(marks, 'help-desk->security-analyst', 'on-route')).toBe(true);
    expect(has(marks, 'security-manager', 'route-end')).toBe(true);
    expect(has(marks, 'chief-information-security-officer', 'dimmed')).toBe(true);
    expect(has(marks, 'security-manager->chief-information-security-officer', 'dimmed')).toBe(true);
    expect(has(marks, 'security-analyst', 'dimmed')).toBe(false);
  });

  it('numbers a role twice when the route comes back to it', () => {
    const marks = graphMarks(input({ route: ['help-desk', 'security-analyst', 'help-desk', 'security-analyst'] }));
    expect(marks.steps.map((s) => `${s.label}@${s.role}#${s.slot}`)).toEqual([
      'Start@help-desk#0',
      '1@security-analyst#0',
      '2@help-desk#1',
      '3@security-analyst#1',
    ]);
  });

  it('dims nothing when there is no route, filter or focus', () => {
    const marks = graphMarks(input({}));
    for (const classes of marks.classes.values()) expect(classes).not.toContain('dimmed');
  });

  it('filters by track, keeping the moves into the track and the route visible', () => {
    const marks = graphMarks(
      input({
        filter: { track: 'management', level: null, certification: null },
        route: ['help-desk', 'security-analyst'],
      }),
    );
    expect(has(marks, 'security-manager', 'filtered-out')).toBe(false);
    // The analyst is the other end of a move into management: faint, not gone.
    expect(has(marks, 'security-analyst->security-manager', 'filtered-out')).toBe(false);
    expect(has(marks, 'help-desk', 'filtered-out')).toBe(false);
    expect(has(marks, 'help-desk->security-analyst', 'on-route')).toBe(true);
  });

  it('keeps the roles a filter passes standing out while a route is drawn', () => {
    const marks = graphMarks(
      input({
        filter: { track: 'management', level: null, certification: null },
        route: ['help-desk', 'security-analyst'],
      }),
    );
    const managers = data.roles.filter((r) => r.track === 'management');
    expect(managers.length).toBeGreaterThan(0);
    for (const role of managers) expect(has(marks, role.id, 'dimmed'), role.id).toBe(false);
    expect(has(marks, 'help-desk', 'dimmed')).toBe(false);
  });

  it('filters by level, hiding roles and moves with no end at that level', () => {
    const marks = graphMarks(input({ filter: { track: null, level: 'executive', certification: null } }));
    expect(has(marks, 'help-desk', 'filtered-out')).toBe(true);
    expect(has(marks, 'help-desk->security-analyst', 'filtered-out')).toBe(true);
    expect(has(marks, 'security-manager', 'dimmed')).toBe(true);
  });

  it('shows what a certification opens up: the moves that require it and their roles', () => {
    const focus = certificationFocus(data.transitions, 'cissp');
    expect(focus.required.map((t) => `${t.from}->${t.to}`)).toEqual(['security-analyst->security-manager']);
    const marks = graphMarks(input({ focus }));
    expect(has(marks, 'security-analyst->security-manager', 'cert-required')).toBe(true);
    expect(has(marks, 'security-manager', 'cert-opened')).toBe(true);
    expect(has(marks, 'help-desk->security-analyst', 'dimmed')).toBe(true);
  });

  it('marks the selected role or move', () => {
    expect(has(graphMarks(input({ selection: { kind: 'role', id: 'help-desk' } })), 'help-desk', 'is-selected')).toBe(
      true,
    );
    const move = graphMarks(input({ selection: { kind: 'transition', from: 'help-desk', to: 'security-analyst' } }));
    expect(has(move, 'help-desk->security-analyst', 'is-selected')).toBe(true);
    expect(has(move, 'help-desk', 'is-selected')).toBe(false);
  });
});
