import { describe, expect, it } from 'vitest';
import { ROLE_LEVELS } from '../../src/model/constants.ts';
import { DEFAULT_SPACING, layoutByLevel, TRACK_ORDER, type LayoutRole } from '../../src/ui/graph/layout.ts';
import { shippedGraphForTests } from '../helpers/minimal-graph.ts';

const roles: LayoutRole[] = [
  { id: 'ciso', title: 'CISO', level: 'executive', track: 'management' },
  { id: 'ism', title: 'Information security manager', level: 'mid', track: 'management' },
  { id: 'pentester', title: 'Penetration tester', level: 'mid', track: 'offensive' },
  { id: 'appsec', title: 'Application security engineer', level: 'mid', track: 'engineering' },
  { id: 'help-desk', title: 'Help desk', level: 'feeder', track: 'it-operations' },
  { id: 'sysadmin', title: 'Systems administrator', level: 'feeder', track: 'it-operations' },
  { id: 'dev', title: 'Developer', level: 'feeder', track: 'software-development' },
];

describe('the graph layout by level and track', () => {
  const layout = layoutByLevel(roles);
  const at = (id: string) => layout.positions.get(id)!;

  it('puts each level in its own column, left to right from feeder to executive', () => {
    expect(layout.columns.map((c) => c.level)).toEqual(['feeder', 'mid', 'executive']);
    expect(at('help-desk').x).toBeLessThan(at('ism').x);
    expect(at('ism').x).toBeLessThan(at('ciso').x);
    expect(at('ism').x).toBe(at('pentester').x);
  });

  it('groups a column by track in one fixed order, with titles sorted inside a group', () => {
    const feeder = ['help-desk', 'sysadmin', 'dev'].sort((a, b) => at(a).y - at(b).y);
    expect(feeder).toEqual(['help-desk', 'sysadmin', 'dev']);
    const mid = ['ism', 'pentester', 'appsec'].sort((a, b) => at(a).y - at(b).y);
    const trackOf = (id: string) => roles.find((r) => r.id === id)!.track;
    expect(mid.map((id) => TRACK_ORDER.indexOf(trackOf(id)))).toEqual(
      [...mid.map((id) => TRACK_ORDER.indexOf(trackOf(id)))].sort((a, b) => a - b),
    );
  });

  it('centres every column on the same line, so a lone executive role sits in the middle', () => {
    expect(at('ciso').y).toBe(0);
    const midYs = ['ism', 'pentester', 'appsec'].map((id) => at(id).y);
    expect(Math.min(...midYs) + Math.max(...midYs)).toBeCloseTo(0);
  });

  it('never puts two roles on the same spot, and leaves a row between them', () => {
    const points = [...layout.positions.values()];
    for (const [i, a] of points.entries()) {
      for (const b of points.slice(i + 1)) {
        if (a.x === b.x) expect(Math.abs(a.y - b.y)).toBeGreaterThanOrEqual(DEFAULT_SPACING.rowHeight);
      }
    }
  });

  it('places every role of the shipped graph, each level in one column', () => {
    const shipped = shippedGraphForTests().getAttribute('data').roles;
    const full = layoutByLevel(shipped);
    expect(full.positions.size).toBe(shipped.length);
    for (const role of shipped) {
      const column = full.columns.find((c) => c.level === role.level)!;
      expect(full.positions.get(role.id)!.x).toBe(column.x);
    }
    expect(full.columns.map((c) => c.level)).toEqual(ROLE_LEVELS.filter((l) => shipped.some((r) => r.level === l)));
  });

  it('gives the same positions for the same roles in any order', () => {
    const again = layoutByLevel([...roles].reverse());
    for (const role of roles) expect(again.positions.get(role.id)).toEqual(at(role.id));
  });
});
