import type { StylesheetJson } from 'cytoscape';
import { ROLE_TRACKS } from '../../model/constants.ts';
import type { Palette } from './palette.ts';

/** The page's own font stack: no web fonts, so nothing is fetched. */
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
export const NODE_WIDTH = 168;
/** Room for three lines of a 13 px label at line height 1.1 inside the thickest border. */
export const NODE_HEIGHT = 48;
export const ROLE_FONT_SIZE = 13;
const LINE_HEIGHT = 1.1;
/** The step badges hanging off a route role's top-left corner. */
export const BADGE_HEIGHT = 18;
/**
 * Arc distances measured from the line between an edge's manual endpoints. Cytoscape has had the
 * value since 3.21; its own type declarations still list only 'intersection' and 'node-position'.
 */
const DISTANCES_FROM_ENDPOINTS = 'endpoints' as unknown as 'intersection';

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
        'font-size': ROLE_FONT_SIZE,
        'line-height': LINE_HEIGHT,
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
      style: {
        'font-size': 13,
        'font-weight': 'bold',
        'text-transform': 'uppercase',
        'text-valign': 'center',
        'text-halign': 'center',
      },
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
    // A move within a column runs down its right side or up its left side (graph-elements.ts),
    // so it is seen even between two roles stacked one above the other.
    {
      selector: 'edge.same-level',
      style: {
        'curve-style': 'unbundled-bezier',
        'edge-distances': DISTANCES_FROM_ENDPOINTS,
        'control-point-distances': 'data(arc)',
        'control-point-weights': 0.5,
      },
    },
    { selector: 'edge.same-level.column-down', style: { 'source-endpoint': '50% 0%', 'target-endpoint': '50% 0%' } },
    { selector: 'edge.same-level.column-up', style: { 'source-endpoint': '-50% 0%', 'target-endpoint': '-50% 0%' } },
    // A move between columns leaves its role's side facing the next column and enters the other
    // role's near side, so it never runs under the role stacked below or above where it starts.
    { selector: 'edge.rightward', style: { 'source-endpoint': '50% 0%', 'target-endpoint': '-50% 0%' } },
    { selector: 'edge.leftward', style: { 'source-endpoint': '-50% 0%', 'target-endpoint': '50% 0%' } },
    { selector: 'edge.kind-lateral', style: { 'line-style': 'dashed', 'line-dash-pattern': [7, 4] } },
    { selector: 'edge.kind-specialization', style: { 'line-style': 'dotted' } },
    { selector: 'edge.kind-entry', style: { 'line-style': 'dashed', 'line-dash-pattern': [12, 4, 2, 4] } },
    {
      selector: 'edge.cert-expected',
      style: { width: 3, 'line-color': p.expected, 'target-arrow-color': p.expected, 'z-index': 8 },
    },
    {
      selector: 'edge.cert-required',
      style: { width: 4, 'line-color': p.required, 'target-arrow-color': p.required, 'z-index': 9 },
    },
    { selector: 'node.cert-opened', style: { 'border-width': 2.5 } },
    {
      selector: 'edge.on-route',
      style: { width: 4, 'line-color': p.route, 'target-arrow-color': p.route, 'arrow-scale': 1.1, 'z-index': 10 },
    },
    // No bold for the route: a change of weight would change how the label is measured.
    { selector: 'node.on-route', style: { 'border-width': 3, 'border-color': p.route, 'z-index': 10 } },
    { selector: 'node.route-end', style: { 'border-width': 5, 'border-style': 'double' } },
    { selector: 'node.dimmed', style: { opacity: 0.45 } },
    { selector: 'edge.dimmed', style: { opacity: 0.3 } },
    { selector: '.filtered-out', style: { opacity: 0.07, events: 'no' } },
    {
      selector: '.is-selected',
      style: {
        'underlay-color': p.selected,
        'underlay-opacity': 0.35,
        'underlay-padding': 7,
        'underlay-shape': 'round-rectangle',
        opacity: 1,
      },
    },
    { selector: 'node.role.hovered', style: { 'border-width': 3 } },
    {
      selector: 'node.step-badge',
      style: {
        shape: 'round-rectangle',
        width: 'data(width)',
        height: BADGE_HEIGHT,
        'background-color': p.route,
        'border-width': 2,
        'border-color': p.background,
        label: 'data(label)',
        'font-family': FONT,
        'font-size': 11,
        'font-weight': 'bold',
        color: p.background,
        'text-valign': 'center',
        'text-halign': 'center',
        'z-index': 20,
        // A tap on a badge is a tap on its role.
        events: 'no',
      },
    },
    { selector: 'node.step-badge.unused', style: { display: 'none' } },
  ];
}

/**
 * On a graph of many hundreds of roles, labels too small to read are not drawn: drawing
 * thousands of unreadable labels is most of what makes zooming out slow.
 */
function largeGraphStyle(large: boolean): StylesheetJson {
  return large ? [{ selector: 'node', style: { 'min-zoomed-font-size': 7 } }] : [];
}
