import type { ElementDefinition } from 'cytoscape';
import type { GraphData } from '../../model/graph-data.ts';
import { transitionId } from '../explore/certification-focus.ts';
import { LEVEL_LABELS } from '../labels.ts';
import type { GraphLayout, LayoutSpacing } from './layout.ts';

/** How far the level headings sit above the tallest column. */
const HEADING_OFFSET = 0.95;
/** A move within one column is drawn as an arc, so it is not hidden behind the roles between its ends. */
const ARC_BASE = 34;
const ARC_PER_ROW = 10;
const ARC_MAX = 78;

/**
 * Cytoscape elements for the roles and moves at their computed positions, and a heading node
 * per level, so the graph names what its columns mean.
 */
export function graphElements(data: Pick<GraphData, 'roles' | 'transitions'>, layout: GraphLayout, spacing: LayoutSpacing): ElementDefinition[] {
  const elements: ElementDefinition[] = [];
  for (const role of data.roles) {
    const position = layout.positions.get(role.id);
    if (!position) continue;
    elements.push({ group: 'nodes', data: { id: role.id, label: role.title }, position: { ...position }, classes: `role track-${role.track} level-${role.level}` });
  }
  for (const t of data.transitions) {
    const from = layout.positions.get(t.from);
    const to = layout.positions.get(t.to);
    if (!from || !to) continue;
    const sameColumn = from.x === to.x;
    const rowsApart = Math.abs((layout.rows.get(t.to) ?? 0) - (layout.rows.get(t.from) ?? 0));
    elements.push({
      group: 'edges',
      data: { id: transitionId(t), source: t.from, target: t.to, ...(sameColumn ? { arc: Math.min(ARC_MAX, ARC_BASE + ARC_PER_ROW * (rowsApart - 1)) } : {}) },
      classes: `move kind-${t.kind}${sameColumn ? ' same-level' : ''}`,
    });
  }
  const top = Math.min(...layout.columns.map((c) => c.top));
  for (const { level, x } of layout.columns) {
    elements.push({ group: 'nodes', data: { id: `level:${level}`, label: LEVEL_LABELS[level] }, position: { x, y: top - spacing.rowHeight * HEADING_OFFSET }, classes: 'heading level-heading' });
  }
  return elements;
}
