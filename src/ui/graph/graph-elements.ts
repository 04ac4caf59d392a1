import type { ElementDefinition } from 'cytoscape';
import type { GraphData } from '../../model/graph-data.ts';
import { transitionId } from '../explore/certification-focus.ts';
import { LEVEL_LABELS } from '../labels.ts';
import type { GraphLayout, LayoutSpacing } from './layout.ts';

/** How far the level headings sit above the tallest column. */
const HEADING_OFFSET = 0.95;
/**
 * A move within one column leaves and enters its roles at their sides (down the column on the
 * right, up it on the left) and bows out into the space between the columns, so it is never
 * hidden behind the roles between its ends, nor in the narrow gap between two stacked roles.
 * Its bow grows with the rows it spans and stays inside the gap between columns.
 */
const ARC_BASE = 26;
const ARC_PER_ROW = 4;
const ARC_MAX = 40;

/**
 * Cytoscape elements for the roles and moves at their computed positions, and a heading node
 * per level, so the graph names what its columns mean.
 */
export function graphElements(
  data: Pick<GraphData, 'roles' | 'transitions'>,
  layout: GraphLayout,
  spacing: LayoutSpacing,
): ElementDefinition[] {
  const elements: ElementDefinition[] = [];
  for (const role of data.roles) {
    const position = layout.positions.get(role.id);
    if (!position) continue;
    elements.push({
      group: 'nodes',
      data: { id: role.id, label: role.title },
      position: { ...position },
      classes: `role track-${role.track} level-${role.level}`,
    });
  }
  for (const t of data.transitions) {
    const from = layout.positions.get(t.from);
    const to = layout.positions.get(t.to);
    if (!from || !to) continue;
    const sameColumn = from.x === to.x;
    const rowsApart = Math.abs((layout.rows.get(t.to) ?? 0) - (layout.rows.get(t.from) ?? 0));
    const down = to.y > from.y;
    // Cytoscape moves an arc's middle by its distance along (-dy, dx) of the move's direction:
    // towards -x going down a column and +x going up it, so a negative distance bows a move
    // down to the right and a move up to the left, each on the side where its ends are.
    const arc = Math.min(ARC_MAX, ARC_BASE + ARC_PER_ROW * (rowsApart - 1));
    elements.push({
      group: 'edges',
      data: { id: transitionId(t), source: t.from, target: t.to, ...(sameColumn ? { arc: -arc } : {}) },
      classes: `move kind-${t.kind} ${sameColumn ? `same-level ${down ? 'column-down' : 'column-up'}` : to.x > from.x ? 'rightward' : 'leftward'}`,
    });
  }
  const top = Math.min(...layout.columns.map((c) => c.top));
  for (const { level, x } of layout.columns) {
    elements.push({
      group: 'nodes',
      data: { id: `level:${level}`, label: LEVEL_LABELS[level] },
      position: { x, y: top - spacing.rowHeight * HEADING_OFFSET },
      classes: 'heading level-heading',
    });
  }
  return elements;
}
