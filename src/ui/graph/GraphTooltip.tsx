import { formatUsd } from '../../export/format.ts';
import { useCatalog } from '../catalog.ts';
import { LEVEL_LABELS, TRACK_LABELS } from '../labels.ts';

export interface Hover {
  id: string;
  /** Rendered position of the node's bottom centre, in the canvas's pixels. */
  x: number;
  y: number;
}

/** A glance at a role under the pointer; selecting it shows everything in the details panel. */
export function GraphTooltip({ hover }: { hover: Hover }) {
  const { role } = useCatalog();
  const r = role(hover.id);
  if (!r) return null;
  const pay = r.pay[0];
  return (
    <div className="graph-tooltip" style={{ left: hover.x, top: hover.y + 8 }} aria-hidden="true">
      <strong>{r.title}</strong>
      <span className="muted">
        {LEVEL_LABELS[r.level]} · {TRACK_LABELS[r.track]}
      </span>
      {pay && <span>{formatUsd(pay.medianUsd)} {pay.basis === 'total-pay' ? 'median total pay' : 'median wage'}</span>}
      <span className="tooltip-summary">{r.summary}</span>
    </div>
  );
}
