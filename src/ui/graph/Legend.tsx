import { ROLE_TRACKS, TRANSITION_KINDS, type TransitionKind } from '../../model/constants.ts';
import type { GraphData } from '../../model/index.ts';
import { useCatalog } from '../catalog.ts';
import { TRACK_LABELS, TRANSITION_KIND_LABELS } from '../labels.ts';
import type { SlideLegend } from './graph-image.ts';
import type { Palette } from './palette.ts';

const DASHES: Record<TransitionKind, readonly number[]> = {
  promotion: [],
  lateral: [7, 4],
  specialization: [1.5, 3],
  entry: [12, 4, 2, 4],
};

/** What the colours and lines of the graph mean: one list for the page's legend and the slide's. */
export function legendOf(data: GraphData, palette: Palette): SlideLegend {
  return {
    tracks: ROLE_TRACKS.filter((t) => data.roles.some((r) => r.track === t)).map((track) => ({
      label: TRACK_LABELS[track],
      fill: palette.fills[track],
      stroke: palette.tracks[track],
    })),
    lines: [
      ...TRANSITION_KINDS.map((kind) => ({
        label: TRANSITION_KIND_LABELS[kind],
        color: palette.muted,
        width: 2,
        dash: DASHES[kind],
      })),
      { label: 'your route (numbered)', color: palette.route, width: 4, dash: [] },
    ],
  };
}

function LineSample({ color, width, dash }: { color: string; width: number; dash: readonly number[] }) {
  return (
    <svg width="34" height="10" aria-hidden="true" className="line-sample">
      <line
        x1="1"
        y1="5"
        x2="33"
        y2="5"
        stroke={color}
        strokeWidth={width}
        strokeDasharray={dash.length > 0 ? dash.join(' ') : undefined}
        strokeLinecap="round"
      />
    </svg>
  );
}

/** What the colours and lines of the graph mean, in words beside each sample. */
export function Legend({ palette }: { palette: Palette }) {
  const { data } = useCatalog();
  const legend = legendOf(data, palette);
  return (
    <div className="legend" aria-label="Legend">
      <ul className="legend-tracks" aria-label="Tracks">
        {legend.tracks.map((track) => (
          <li key={track.label}>
            <span className="swatch" aria-hidden="true" style={{ background: track.fill, borderColor: track.stroke }} />
            {track.label}
          </li>
        ))}
      </ul>
      <ul className="legend-lines" aria-label="Lines">
        {legend.lines.map((line) => (
          <li key={line.label}>
            <LineSample color={line.color} width={line.width} dash={line.dash} />
            {line.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
