import { useLayoutEffect, useRef, useState } from 'react';
import { formatUsd } from '../../export/format.ts';
import { useCatalog } from '../catalog.ts';
import { LEVEL_LABELS, TRACK_LABELS } from '../labels.ts';

export interface Hover {
  id: string;
  /** The node's rendered box, in the canvas's CSS pixels. */
  box: { x1: number; y1: number; x2: number; y2: number };
  /** The canvas's size, which the tooltip stays inside. */
  width: number;
  height: number;
}

/** Space kept between the tooltip and the node, and between the tooltip and the canvas's edge. */
const GAP = 8;

/**
 * Where a tooltip of this size goes: centred under the node, or above it when there is no room
 * below, moved sideways as far as needed to stay inside the canvas. Pure, for the tests.
 */
export function tooltipPosition(hover: Hover, size: { width: number; height: number }): { left: number; top: number } {
  const centre = (hover.box.x1 + hover.box.x2) / 2;
  const left = Math.max(GAP, Math.min(centre - size.width / 2, hover.width - size.width - GAP));
  const below = hover.box.y2 + GAP;
  const above = hover.box.y1 - GAP - size.height;
  const top = below + size.height <= hover.height - GAP || above < GAP ? below : above;
  return { left, top: Math.max(GAP, Math.min(top, hover.height - size.height - GAP)) };
}

/** A glance at a role under the pointer; selecting it shows everything in the details panel. */
export function GraphTooltip({ hover }: { hover: Hover }) {
  const { role } = useCatalog();
  const ref = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState<{ left: number; top: number } | null>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (element) setPosition(tooltipPosition(hover, { width: element.offsetWidth, height: element.offsetHeight }));
  }, [hover]);
  const r = role(hover.id);
  if (!r) return null;
  const pay = r.pay[0];
  return (
    <div
      ref={ref}
      className="graph-tooltip"
      // Measured first (hidden), then placed: its size depends on the role's text.
      style={position ? { left: position.left, top: position.top } : { left: 0, top: 0, visibility: 'hidden' }}
      aria-hidden="true"
    >
      <strong>{r.title}</strong>
      <span className="muted">
        {LEVEL_LABELS[r.level]} · {TRACK_LABELS[r.track]}
      </span>
      {pay && (
        <span>
          {formatUsd(pay.medianUsd)} {pay.basis === 'total-pay' ? 'median total pay' : 'median wage'}
        </span>
      )}
      <span className="tooltip-summary">{r.summary}</span>
    </div>
  );
}
