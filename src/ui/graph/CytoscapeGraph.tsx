import cytoscape, { type Core, type EventObject, type NodeCollection } from 'cytoscape';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useCatalog } from '../catalog.ts';
import type { CertificationFocus } from '../explore/certification-focus.ts';
import type { ExploreState, Selection } from '../state/useExploreState.ts';
import { graphElements } from './graph-elements.ts';
import { graphMarks, STATE_CLASSES, stepBadgeLabel } from './graph-marks.ts';
import { graphStylesheet, ROLE_FONT_SIZE } from './graph-style.ts';
import {
  boxOf,
  fitBox,
  NARROW_WIDTH,
  READABLE_LABEL_PX,
  routeView,
  type Box,
  type ViewMode,
  type Viewport,
} from './camera.ts';
import { attachGestures } from './gestures.ts';
import { composeSlide, slideScale, type GraphImageMaker } from './graph-image.ts';
import { legendOf } from './Legend.tsx';
import { GraphTooltip, type Hover } from './GraphTooltip.tsx';
import { DEFAULT_SPACING, layoutByLevel } from './layout.ts';
import { PALETTES, type ColorScheme } from './palette.ts';
import { badgeWidth, stepBadgePositions } from './step-badges.ts';

export interface CytoscapeGraphProps {
  route: readonly string[] | null;
  explore: Pick<ExploreState, 'filter' | 'selection' | 'centre' | 'fitSeq'>;
  focus: CertificationFocus | null;
  scheme: ColorScheme;
  onSelect(selection: Selection | null): void;
  onReset(): void;
  /** Receives a way to make a PNG of the graph once it is drawn, and null when it is gone. */
  onImageMaker?(make: GraphImageMaker | null): void;
}

const ZOOM_STEP = 1.25;
const MIN_ZOOM = 0.2;
const MAX_ZOOM = 2.5;
const STATE_CLASS_LIST = STATE_CLASSES.join(' ');
/**
 * From this many roles the graph is drawn for speed: while it pans or zooms Cytoscape moves a
 * snapshot of it and leaves out the moves, and it draws at one pixel per CSS pixel. The shipped
 * graph is far below this and keeps every detail.
 */
export const LARGE_GRAPH_ROLES = 300;

/**
 * Badge nodes for the first `count` steps of a route, made once each with a label that never
 * changes ("Start", "1", "2"…) and hidden while unused.
 */
function ensureStepBadges(cy: Core, count: number): void {
  for (let step = cy.nodes('.step-badge').length; step < count; step++) {
    const label = stepBadgeLabel(step);
    cy.add({
      group: 'nodes',
      data: { id: `step:${step}`, label, width: badgeWidth(label) },
      position: { x: 0, y: 0 },
      classes: 'step-badge unused',
    });
  }
}

function motion(): { duration: number } {
  return { duration: window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ? 0 : 250 };
}

/**
 * Cytoscape adds an inline <style> to the page (position: relative on its container) unless an
 * element with this id is already there. The page's Content-Security-Policy refuses inline
 * styles, and styles.css sets that rule, so an empty marker takes the id first.
 */
const CYTOSCAPE_STYLESHEET_ID = '__________cytoscape_stylesheet';

function claimCytoscapeStylesheet(): void {
  if (document.getElementById(CYTOSCAPE_STYLESHEET_ID)) return;
  const marker = document.createElement('meta');
  marker.id = CYTOSCAPE_STYLESHEET_ID;
  document.head.append(marker);
}

/** Taps arrive as mouse events; the pointer that follows a touch is no hover. */
const HOVER_AFTER_TOUCH_MS = 1000;
/** The zoom at which a role's label is READABLE_LABEL_PX on screen. */
const READABLE_ZOOM = READABLE_LABEL_PX / ROLE_FONT_SIZE;
/** On a Mac the key that zooms with the wheel is ⌘; elsewhere Ctrl. */
const ZOOM_KEY = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl';

/**
 * The camera for a view mode: the whole graph, or the route (on a narrow canvas at a size its
 * labels can be read at). 'auto' is the whole graph on a wide canvas and the route on a narrow one.
 */
function viewFor(cy: Core, mode: Exclude<ViewMode, 'moved'>): Viewport {
  const canvas = { width: cy.width(), height: cy.height() };
  const shapes = (nodes: NodeCollection): Box =>
    boxOf(nodes.map((n) => ({ ...n.position(), width: n.width(), height: n.height() })));
  const roles = cy.nodes('.on-route');
  const narrow = canvas.width < NARROW_WIDTH;
  if (roles.empty() || mode === 'whole' || (mode === 'auto' && !narrow))
    return fitBox(shapes(cy.nodes().not('.step-badge.unused')), canvas);
  // The route with its step badges, which hang off the roles' corners.
  const route = shapes(roles.union(cy.nodes('.step-badge').not('.unused')));
  const start = cy.nodes('.route-start');
  return narrow
    ? routeView(route, shapes(start.nonempty() ? start : roles), canvas, READABLE_ZOOM)
    : fitBox(route, canvas);
}

/**
 * The one owner of the Cytoscape instance: created once, restyled and reclassed as props
 * change, destroyed on unmount. It publishes what it shows as data- attributes on its
 * container (the highlighted route, the selection), which the end-to-end tests read.
 */
export default function CytoscapeGraph({
  route,
  explore,
  focus,
  scheme,
  onSelect,
  onReset,
  onImageMaker,
}: CytoscapeGraphProps) {
  const { data } = useCatalog();
  const containerRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  // The latest props, for the handlers given to Cytoscape once; kept up to date on each commit.
  const onSelectRef = useRef(onSelect);
  const onImageMakerRef = useRef(onImageMaker);
  const schemeRef = useRef(scheme);
  const dataRef = useRef(data);
  useLayoutEffect(() => {
    onSelectRef.current = onSelect;
    onImageMakerRef.current = onImageMaker;
    schemeRef.current = scheme;
    dataRef.current = data;
  });
  const viewMode = useRef<ViewMode>('auto');
  const lastTouch = useRef(-Infinity);
  const wrapRef = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState(false);
  const [hover, setHover] = useState<Hover | null>(null);

  const elements = useMemo(() => graphElements(data, layoutByLevel(data.roles), DEFAULT_SPACING), [data]);
  /** The elements Cytoscape holds: new data gives new elements, and only then is the graph redrawn. */
  const drawn = useRef(elements);
  const large = data.roles.length >= LARGE_GRAPH_ROLES;

  useEffect(() => {
    claimCytoscapeStylesheet();
    drawn.current = elements;
    const cy = cytoscape({
      container: containerRef.current,
      elements,
      style: graphStylesheet(PALETTES[scheme], large),
      layout: { name: 'preset', fit: false },
      ...(large ? { textureOnViewport: true, hideEdgesOnViewport: true, pixelRatio: 1 } : {}),
      minZoom: MIN_ZOOM,
      maxZoom: MAX_ZOOM,
      // The wheel scrolls the page; Ctrl/⌘ + wheel and two fingers zoom (gestures.ts).
      userZoomingEnabled: false,
      // The layout means something (level and track), so nodes are not dragged; selection is
      // React state, drawn with a class.
      autoungrabify: true,
      autounselectify: true,
      boxSelectionEnabled: false,
    });
    // Picking on the graph puts focus on it: the details know where the person came from, and
    // focus has somewhere to go back to when they close.
    const focusGraph = () => containerRef.current?.focus({ preventScroll: true });
    cy.on('tap', 'node.role', (event: EventObject) => {
      focusGraph();
      onSelectRef.current({ kind: 'role', id: event.target.id() });
    });
    cy.on('tap', 'edge.move', (event: EventObject) => {
      focusGraph();
      onSelectRef.current({ kind: 'transition', from: event.target.source().id(), to: event.target.target().id() });
    });
    cy.on('tap', (event: EventObject) => {
      if (event.target === cy) onSelectRef.current(null);
    });
    cy.on('mouseover', 'node.role', (event: EventObject) => {
      if (performance.now() - lastTouch.current < HOVER_AFTER_TOUCH_MS) return;
      event.target.addClass('hovered');
      const { x1, y1, x2, y2 } = event.target.renderedBoundingBox({ includeLabels: false, includeOverlays: false });
      setHover({ id: event.target.id(), box: { x1, y1, x2, y2 }, width: cy.width(), height: cy.height() });
    });
    cy.on('mouseout', 'node.role', (event: EventObject) => {
      event.target.removeClass('hovered');
      setHover(null);
    });
    cy.on('viewport', () => setHover(null));
    // Cytoscape sends no mouseout when the pointer leaves the canvas straight from a role.
    const container = containerRef.current!;
    const leave = () => {
      cy.nodes('.hovered').removeClass('hovered');
      setHover(null);
    };
    container.addEventListener('mouseleave', leave);
    cy.on('dragpan', () => {
      viewMode.current = 'moved';
    });
    const detachGestures = attachGestures(wrapRef.current!, cy, {
      onMoved: () => {
        viewMode.current = 'moved';
      },
      onTouch: () => {
        lastTouch.current = performance.now();
      },
    });
    cyRef.current = cy;
    // The instance lives outside React; this state tells the effects below that it now exists,
    // so they run again and draw the marks on it.
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the render it causes is the point
    setReady(true);
    onImageMakerRef.current?.((caption) => {
      const palette = PALETTES[schemeRef.current];
      return composeSlide(caption, palette, legendOf(dataRef.current, palette), (room) =>
        cy.png({
          output: 'blob-promise',
          full: true,
          scale: slideScale(cy.elements().boundingBox(), room),
          bg: palette.background,
        }),
      );
    });
    const observer = new ResizeObserver(() => {
      cy.resize();
      if (viewMode.current !== 'moved') cy.viewport(viewFor(cy, viewMode.current));
    });
    observer.observe(containerRef.current!);
    return () => {
      container.removeEventListener('mouseleave', leave);
      detachGestures();
      observer.disconnect();
      onImageMakerRef.current?.(null);
      cy.destroy();
      cyRef.current = null;
      setReady(false);
    };
    // Created once (deliberately no dependencies); later changes of elements and style are
    // applied by the effects below.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- created once, on purpose
  }, []);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || drawn.current === elements) return;
    drawn.current = elements;
    cy.elements().remove();
    cy.add(elements);
  }, [elements]);

  useEffect(() => {
    cyRef.current?.style(graphStylesheet(PALETTES[scheme], large));
  }, [scheme, large]);

  const marks = useMemo(
    () =>
      graphMarks({
        roles: data.roles,
        transitions: data.transitions,
        route,
        filter: explore.filter,
        focus,
        selection: explore.selection,
      }),
    [data, route, explore.filter, focus, explore.selection],
  );

  useEffect(() => {
    const cy = cyRef.current;
    const container = containerRef.current;
    if (!cy || !container) return;
    cy.batch(() => {
      cy.elements().removeClass(STATE_CLASS_LIST);
      for (const [id, classes] of marks.classes) cy.getElementById(id).addClass(classes.join(' '));
      ensureStepBadges(cy, marks.steps.length);
      const positions = stepBadgePositions(marks.steps, (role) => {
        const node = cy.getElementById(role);
        return node.nonempty() ? node.position() : undefined;
      });
      cy.nodes('.step-badge').forEach((badge, index) => {
        const position = positions.get(index);
        if (position) badge.position(position).removeClass('unused');
        else badge.addClass('unused');
      });
    });
    // Read back from Cytoscape, so the attribute says what is drawn, not what was asked for.
    container.dataset.route = (route ?? []).filter((id) => cy.getElementById(id).hasClass('on-route')).join(' ');
    container.dataset.selected = explore.selection
      ? explore.selection.kind === 'role'
        ? explore.selection.id
        : `${explore.selection.from}->${explore.selection.to}`
      : '';
    container.dataset.certificationMoves = cy
      .edges('.cert-required, .cert-expected')
      .toArray()
      .map((e) => e.id())
      .join(' ');
    if (viewMode.current !== 'moved') cy.viewport(viewFor(cy, viewMode.current));
  }, [marks, route, explore.selection, ready]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !explore.centre) return;
    const node = cy.getElementById(explore.centre.id);
    if (node.empty()) return;
    viewMode.current = 'moved';
    cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1) }, motion());
  }, [explore.centre, ready]);

  const show = (mode: Exclude<ViewMode, 'moved'>) => {
    const cy = cyRef.current;
    if (!cy) return;
    viewMode.current = mode;
    cy.animate(viewFor(cy, mode), motion());
  };
  useEffect(() => {
    if (explore.fitSeq > 0) show('auto');
  }, [explore.fitSeq]);

  const zoomBy = (factor: number) => {
    const cy = cyRef.current;
    if (!cy) return;
    viewMode.current = 'moved';
    const level = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, cy.zoom() * factor));
    cy.animate({ zoom: { level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } } }, motion());
  };

  return (
    <div className="graph-frame">
      <div className="graph-canvas-wrap" ref={wrapRef}>
        <div
          ref={containerRef}
          className="graph-canvas"
          data-testid="role-graph"
          data-ready={ready ? 'true' : 'false'}
          tabIndex={-1}
          role="img"
          aria-label="Graph of roles by level, left to right from feeder to executive, with the chosen route highlighted. The same roles, moves and route are in the plan and in the tables below."
        />
        {hover && <GraphTooltip hover={hover} />}
      </div>
      <div className="graph-toolbar" role="toolbar" aria-label="Graph view">
        <button type="button" onClick={() => zoomBy(ZOOM_STEP)} aria-label="Zoom in">
          +
        </button>
        <button type="button" onClick={() => zoomBy(1 / ZOOM_STEP)} aria-label="Zoom out">
          −
        </button>
        <button type="button" onClick={() => show('whole')}>
          Whole graph
        </button>
        {route && route.length > 0 && (
          <button type="button" onClick={() => show('route')}>
            Your route
          </button>
        )}
        <button type="button" onClick={onReset}>
          Reset
        </button>
        <span className="graph-hint graph-hint-pointer">
          Select a role or a move for details. Drag to pan; zoom with {ZOOM_KEY} + scroll or the buttons.
        </span>
        <span className="graph-hint graph-hint-touch">Tap a role or a move for details. Two fingers pan and zoom.</span>
      </div>
    </div>
  );
}
