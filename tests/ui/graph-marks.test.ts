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
const has = (marks: ReturnType<typeof graphMarks>, id: string, cls: string) => (marks.classes.get(id) ?? []).includes(cls);

describe('the classes and labels the graph draws', () => {
  it('highlights the route with numbered steps and quiets everything else', () => {
    const marks = graphMarks(input({ route: ['help-desk', 'security-analyst', 'security-manager'] }));
    expect(marks.labels.get('help-desk')).toBe('Start · Help desk technician');
    expect(marks.labels.get('security-analyst')).toBe('1 · Security analyst');
    expect(marks.labels.get('security-manager')).toBe('2 · Security manager');
    expect(marks.labels.get('chief-information-security-officer')).toBe('Chief information security officer');
    expect(has(marks, 'help-desk->security-analyst', 'on-route')).toBe(true);
    expect(has(marks, 'security-manager', 'route-end')).toBe(true);
    expect(has(marks, 'chief-information-security-officer', 'dimmed')).toBe(true);
    expect(has(marks, 'security-manager->chief-information-security-officer', 'dimmed')).toBe(true);
    expect(has(marks, 'security-analyst', 'dimmed')).toBe(false);
  });

  it('numbers a role twice when the route comes back to it', () => {
    const marks = graphMarks(input({ route: ['help-desk', 'security-analyst', 'help-desk', 'security-analyst'] }));
    expect(marks.labels.get('help-desk')).toBe('Start, 2 · Help desk technician');
    expect(marks.labels.get('security-analyst')).toBe('1, 3 · Security analyst');
  });

  it('dims nothing when there is no route, filter or focus', () => {
    const marks = graphMarks(input({}));
    for (const classes of marks.classes.values()) expect(classes).not.toContain('dimmed');
  });

  it('filters by track, keeping the moves into the track and the route visible', () => {
    const marks = graphMarks(input({ filter: { track: 'management', level: null, certification: null }, route: ['help-desk', 'security-analyst'] }));
    expect(has(marks, 'security-manager', 'filtered-out')).toBe(false);
    // The analyst is the other end of a move into management: faint, not gone.
    expect(has(marks, 'security-analyst->security-manager', 'filtered-out')).toBe(false);
    expect(has(marks, 'help-desk', 'filtered-out')).toBe(false);
    expect(has(marks, 'help-desk->security-analyst', 'on-route')).toBe(true);
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
    expect(has(graphMarks(input({ selection: { kind: 'role', id: 'help-desk' } })), 'help-desk', 'is-selected')).toBe(true);
    const move = graphMarks(input({ selection: { kind: 'transition', from: 'help-desk', to: 'security-analyst' } }));
    expect(has(move, 'help-desk->security-analyst', 'is-selected')).toBe(true);
    expect(has(move, 'help-desk', 'is-selected')).toBe(false);
  });
});
