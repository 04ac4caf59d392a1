import type { RoleTrack } from '../../model/constants.ts';

export type ColorScheme = 'light' | 'dark';

/**
 * Colours of the graph and its legend for each scheme. Cytoscape draws on a canvas and cannot
 * read CSS variables, so the graph takes its colours from here; the page's CSS uses the same
 * background and text colours. Track colours are told apart by hue and, for colour-blind
 * readers, the track is also written beside each row of the graph and in the tables.
 */
export interface Palette {
  background: string;
  text: string;
  muted: string;
  edge: string;
  route: string;
  selected: string;
  required: string;
  expected: string;
  tracks: Record<RoleTrack, string>;
  /** Node fill per track: the track colour mixed into the background. */
  fills: Record<RoleTrack, string>;
}

const LIGHT_TRACKS: Record<RoleTrack, string> = {
  'it-operations': '#3b6fb6',
  'software-development': '#7057c2',
  'security-operations': '#0e8a7e',
  engineering: '#2e7d3a',
  architecture: '#8c6a12',
  offensive: '#c2412d',
  forensics: '#a4458f',
  'governance-risk-compliance': '#c06510',
  management: '#4b5563',
  'starting-point': '#6b7280',
};

const DARK_TRACKS: Record<RoleTrack, string> = {
  'it-operations': '#7fa8e6',
  'software-development': '#a693f0',
  'security-operations': '#4cc3b4',
  engineering: '#6cc47f',
  architecture: '#d1b04a',
  offensive: '#f08a78',
  forensics: '#dd8ccb',
  'governance-risk-compliance': '#f0a35a',
  management: '#aab4c3',
  'starting-point': '#9ca3af',
};

function channels(hex: string): number[] {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
}

/** `amount` of `color` over `base`, as hex. */
export function mix(color: string, base: string, amount: number): string {
  const c = channels(color);
  const b = channels(base);
  return `#${c
    .map((v, i) =>
      Math.round(v * amount + b[i]! * (1 - amount))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

function palette(scheme: ColorScheme): Palette {
  const dark = scheme === 'dark';
  const background = dark ? '#17191c' : '#ffffff';
  const tracks = dark ? DARK_TRACKS : LIGHT_TRACKS;
  const fills = Object.fromEntries(
    Object.entries(tracks).map(([track, color]) => [track, mix(color, background, dark ? 0.22 : 0.14)]),
  ) as Record<RoleTrack, string>;
  return {
    background,
    text: dark ? '#e6e8eb' : '#1d2126',
    muted: dark ? '#9aa3ad' : '#5f6b78',
    edge: dark ? '#59626d' : '#a3acb6',
    route: dark ? '#ffffff' : '#111418',
    selected: dark ? '#5b9dff' : '#1d63d8',
    required: dark ? '#ff6b9a' : '#c2255c',
    expected: dark ? '#c99bff' : '#8146d1',
    tracks,
    fills,
  };
}

export const PALETTES: Record<ColorScheme, Palette> = { light: palette('light'), dark: palette('dark') };
