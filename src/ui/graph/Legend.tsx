import { ROLE_TRACKS, TRANSITION_KINDS, type TransitionKind } from '../../model/constants.ts';
import { useCatalog } from '../catalog.ts';
import { TRACK_LABELS, TRANSITION_KIND_LABELS } from '../labels.ts';
import type { Palette } from './palette.ts';

const DASHES: Record<TransitionKind, string | undefined> = { promotion: undefined, lateral: '7 4', specialization: '1.5 3' };

function LineSample({ color, width = 2, dash }: { color: string; width?: number; dash?: string | undefined }) {
  return (
    <svg width="34" height="10" aria-hidden="true" className="line-sample">
      <line x1="1" y1="5" x2="33" y2="5" stroke={color} strokeWidth={width} strokeDasharray={dash} strokeLinecap="round" />
    </svg>
  );
}

/** What the colours and lines of the graph mean, in words beside each sample. */
export function Legend({ palette }: { palette: Palette }) {
  const { data } = useCatalog();
  const tracks = ROLE_TRACKS.filter((t) => data.roles.some((r) => r.track === t));
  return (
    <div className="legend" aria-label="Legend">
      <ul className="legend-tracks" aria-label="Tracks">
        {tracks.map((track) => (
          <li key={track}>
            <span className="swatch" aria-hidden="true" style={{ background: palette.fills[track], borderColor: palette.tracks[track] }} />
            {TRACK_LABELS[track]}
          </li>
        ))}
      </ul>
      <ul className="legend-lines" aria-label="Lines">
        {TRANSITION_KINDS.map((kind) => (
          <li key={kind}>
            <LineSample color={palette.muted} dash={DASHES[kind]} />
            {TRANSITION_KIND_LABELS[kind]}
          </li>
        ))}
        <li>
          <LineSample color={palette.route} width={4} />
          your route (numbered)
        </li>
      </ul>
    </div>
  );
}
