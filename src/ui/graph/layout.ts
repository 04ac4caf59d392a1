import { ROLE_LEVELS, type RoleLevel, type RoleTrack } from '../../model/constants.ts';

/**
 * Where each role sits: a column per level, left to right from feeder to executive, so a
 * career reads as a direction across the screen; within a column, roles are grouped by track
 * (in one fixed track order, so a track sits at about the same height in every column) and
 * the column is centred, so the graph narrows towards the CISO. Pure, so it is tested without
 * a browser; Cytoscape only draws it (a preset layout, no layout extension).
 *
 * Tracks are not aligned in global bands: the shipped data has up to seven roles of one track
 * in one level, and bands would make the graph too tall to read at 1280x800.
 */
export interface LayoutRole {
  id: string;
  title: string;
  level: RoleLevel;
  track: RoleTrack;
}

export interface Point {
  x: number;
  y: number;
}

export interface GraphLayout {
  positions: Map<string, Point>;
  /** The columns in use, left to right, with their x and the y of their first role. */
  columns: Array<{ level: RoleLevel; x: number; top: number }>;
  /** Each column's row of every role, to tell how far apart two roles of one level are. */
  rows: Map<string, number>;
}

export interface LayoutSpacing {
  columnWidth: number;
  rowHeight: number;
  /** Extra space between two tracks' groups in a column. */
  groupGap: number;
}

export const DEFAULT_SPACING: LayoutSpacing = { columnWidth: 215, rowHeight: 56, groupGap: 14 };

/**
 * Tracks top to bottom: the technical tracks people start in first, then security work, then
 * the management and GRC tracks most routes end in, so most moves run right and downwards.
 */
export const TRACK_ORDER: readonly RoleTrack[] = [
  'starting-point',
  'it-operations',
  'software-development',
  'security-operations',
  'forensics',
  'offensive',
  'engineering',
  'architecture',
  'management',
  'governance-risk-compliance',
];

export function layoutByLevel(roles: readonly LayoutRole[], spacing: LayoutSpacing = DEFAULT_SPACING): GraphLayout {
  const levels = ROLE_LEVELS.filter((level) => roles.some((r) => r.level === level));
  const positions = new Map<string, Point>();
  const rows = new Map<string, number>();
  const columns: GraphLayout['columns'] = [];
  levels.forEach((level, column) => {
    const x = column * spacing.columnWidth;
    const placed: Array<{ id: string; y: number }> = [];
    let y = 0;
    let row = 0;
    for (const track of TRACK_ORDER) {
      const group = roles
        .filter((r) => r.level === level && r.track === track)
        .sort((a, b) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
      if (group.length === 0) continue;
      if (placed.length > 0) y += spacing.groupGap;
      for (const role of group) {
        placed.push({ id: role.id, y });
        rows.set(role.id, row++);
        y += spacing.rowHeight;
      }
    }
    const height = y - spacing.rowHeight;
    for (const { id, y: top } of placed) positions.set(id, { x, y: top - height / 2 });
    columns.push({ level, x, top: -height / 2 });
  });
  return { positions, columns, rows };
}
