import { describe, expect, it } from 'vitest';
import { graphMarks } from '../../src/ui/graph/graph-marks.ts';
import { NODE_WIDTH } from '../../src/ui/graph/graph-style.ts';
import { badgeWidth, stepBadgePositions } from '../../src/ui/graph/step-badges.ts';
import { minimalGraph } from '../helpers/minimal-graph.ts';

const data = minimalGraph().getAttribute('data');
/** The label may use the node's width less 8 px on each side (text-max-width in graph-style.ts). */
const LABEL_ROOM_INSET = 8;
const positions = new Map([
  ['help-desk', { x: 0, y: 0 }],
  ['security-analyst', { x: 215, y: 0 }],
]);

function badgesOf(route: string[]) {
  const marks = graphMarks({
    roles: data.roles,
    transitions: data.transitions,
    route,
    filter: { track: null, level: null, certification: null },
    focus: null,
    selection: null,
  });
  const at = stepBadgePositions(marks.steps, (id) => positions.get(id));
  return marks.steps.map((s) => ({ ...s, ...at.get(s.step)!, width: badgeWidth(s.label) }));
}

describe('the step badges of the route on the graph', () => {
  it('hangs the first badge of a role off its top-left corner, clear of the title', () => {
    for (const badge of badgesOf(['help-desk', 'security-analyst'])) {
      const role = positions.get(badge.role)!;
      expect(badge.x + badge.width / 2).toBeLessThanOrEqual(role.x - NODE_WIDTH / 2 + LABEL_ROOM_INSET);
      expect(badge.y).toBeLessThan(role.y);
    }
  });

  it('puts a second badge beside the first when the route comes back, never on top of it', () => {
    const [start, , again] = badgesOf(['help-desk', 'security-analyst', 'help-desk']);
    expect(again!.label).toBe('2');
    expect(again!.x - again!.width / 2).toBeGreaterThanOrEqual(start!.x + start!.width / 2);
    expect(again!.y).toBe(start!.y);
  });

  it('keeps every badge label fixed: "Start" for the first role, then the step number', () => {
    expect(badgesOf(['help-desk', 'security-analyst']).map((b) => b.label)).toEqual(['Start', '1']);
  });
});
