import type { Point } from './layout.ts';
import { BADGE_HEIGHT, NODE_HEIGHT, NODE_WIDTH } from './graph-style.ts';
import type { StepBadge } from './graph-marks.ts';

/** How far a badge reaches into its role, past the role's left border. */
const BADGE_INSET = 6;
const BADGE_GAP = 3;
/** The badge's middle sits this far below its role's top border, so it hangs mostly in the gap above. */
const BADGE_DROP = 2;

/** A circle for one digit, a pill for more digits or "Start". */
export function badgeWidth(label: string): number {
  if (label.length <= 1) return BADGE_HEIGHT;
  return label.length === 2 ? 24 : 38;
}

/**
 * Where each badge goes: the first on a role hangs off its top-left corner, outside the label's
 * room, so it never covers the title; a second one (a route that comes back) follows it along
 * the top border.
 */
export function stepBadgePositions(
  steps: readonly StepBadge[],
  positionOf: (role: string) => Point | undefined,
): Map<number, Point> {
  const positions = new Map<number, Point>();
  const nextLeft = new Map<string, number>();
  for (const badge of steps) {
    const role = positionOf(badge.role);
    if (!role) continue;
    const width = badgeWidth(badge.label);
    const roleLeft = role.x - NODE_WIDTH / 2;
    const left = badge.slot === 0 ? roleLeft + BADGE_INSET - width : nextLeft.get(badge.role)!;
    nextLeft.set(badge.role, (badge.slot === 0 ? roleLeft + BADGE_INSET : left + width) + BADGE_GAP);
    positions.set(badge.step, { x: left + width / 2, y: role.y - NODE_HEIGHT / 2 + BADGE_DROP });
  }
  return positions;
}
