import type { StylesheetJson } from 'cytoscape';
import { ROLE_TRACKS } from '../../model/constants.ts';
import type { Palette } from './palette.ts';

/** The page's own font stack: no web fonts, so nothing is fetched. */
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
export const NODE_WIDTH = 168;
const NODE_HEIGHT = 44;

/**
 * The one stylesheet of the graph, keyed by classes: `.track-*` colour roles, `.kind-*` set a
 * move's line (promotion solid, lateral dashed, specialization dotted), and the state classes
 * from graph-marks.ts (`.on-route`, `.dimmed`, `.filtered-out`, `.cert-*`, `.is-selected`)
 * come last so they win.
 */
export function graphStylesheet(p: Palette, large = false): StylesheetJson {
  return [
    ...largeGraphStyle(large),
    {
      selector: 'node.role',
      style: {
        shape: 'round-rectangle',
        width: NODE_WIDTH,
        height: NODE_HEIGHT,
        label: 'data(label)',
        'text-wrap': 'wrap',
        'text-max-width': `${NODE_WIDTH - 16}px`,
        'text-valign': 'center',
        'text-halign': 'center',
        'font-family': FONT,
        'font-size': 13,
        'line-height': 1.15,
        color: p.text,
        'border-width': 1.5,
        'background-color': p.background,
        'border-color': p.edge,
      },
    },
    ...ROLE_TRACKS.map((track) => ({
      selector: `node.role.track-${track}`,
      style: { 'background-color': p.fills[track], 'border-color': p.tracks[track] },
    })),
    {
      selector: 'node.heading',
      style: {
        shape: 'rectangle',
        'background-opacity': 0,
        'border-width': 0,
        width: 1,
        height: 1,
        label: 'data(label)',
        'font-family': FONT,
        color: p.muted,
        events: 'no',
      },
    },
    {
      selector: 'node.level-heading',
      style: { 'font-size': 13, 'font-weight': 'bold', 'text-transform': 'uppercase', 'text-valign': 'center', 'text-halign': 'center' },
    },
    {
      selector: 'edge.move',
      style: {
        width: 1.5,
        'curve-style': 'bezier',
        'line-color': p.edge,
        'target-arrow-color': p.edge,
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.9,
      },
    },
    // A positive distance bends an arc to the right of its direction: moves down a column
    // bulge one way and moves up it the other, so the two are told apart.
    { selector: 'edge.same-level', style: { 'curve-style': 'unbundled-bezier', 'control-point-distances': 'data(arc)', 'control-point-weights': 0.5 } },
    { selector: 'edge.kind-lateral', style: { 'line-style': 'dashed', 'line-dash-pattern': [7, 4] } },
    { selector: 'edge.kind-specialization', style: { 'line-style': 'dotted' } },
    { selector: 'edge.cert-expected', style: { width: 3, 'line-color': p.expected, 'target-arrow-color': p.expected, 'z-index': 8 } },
    { selector: 'edge.cert-required', style: { width: 4, 'line-color': p.required, 'target-arrow-color': p.required, 'z-index': 9 } },
    { selector: 'node.cert-opened', style: { 'border-width': 2.5 } },
    { selector: 'edge.on-route', style: { width: 4, 'line-color': p.route, 'target-arrow-color': p.route, 'arrow-scale': 1.1, 'z-index': 10 } },
    { selector: 'node.on-route', style: { 'border-width': 3, 'border-color': p.route, 'font-weight': 'bold', 'z-index': 10 } },
    { selector: 'node.route-end', style: { 'border-width': 5, 'border-style': 'double' } },
    { selector: 'node.dimmed', style: { opacity: 0.45 } },
    { selector: 'edge.dimmed', style: { opacity: 0.3 } },
    { selector: '.filtered-out', style: { opacity: 0.07, events: 'no' } },
    {
      selector: '.is-selected',
      style: { 'underlay-color': p.selected, 'underlay-opacity': 0.35, 'underlay-padding': 7, 'underlay-shape': 'round-rectangle', opacity: 1 },
    },
    { selector: 'node.role.hovered', style: { 'border-width': 3 } },
  ];
}

/**
 * On a graph of many hundreds of roles, labels too small to read are not drawn: drawing
 * thousands of unreadable labels is most of what makes zooming out slow.
 */
function largeGraphStyle(large: boolean): StylesheetJson {
  return large ? [{ selector: 'node', style: { 'min-zoomed-font-size': 7 } }] : [];
}
