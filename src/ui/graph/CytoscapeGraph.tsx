import cytoscape, { type Core, type EventObject } from 'cytoscape';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useCatalog } from '../catalog.ts';
import type { CertificationFocus } from '../explore/certification-focus.ts';
import type { ExploreState, Selection } from '../state/useExploreState.ts';
import { graphElements } from './graph-elements.ts';
import { graphMarks, STATE_CLASSES } from './graph-marks.ts';
import { graphStylesheet } from './graph-style.ts';
import { slideScale, type GraphImageMaker } from './graph-image.ts';
import { GraphTooltip, type Hover } from './GraphTooltip.tsx';
import { DEFAULT_SPACING, layoutByLevel } from './layout.ts';
import { PALETTES, type ColorScheme } from './palette.ts';

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

const FIT_PADDING = 24;
/** Below this width the whole graph is too small to read, so the view starts on the route. */
const NARROW_WIDTH = 600;
/** Fitting a short route must not zoom in further than this. */
const MAX_AUTO_ZOOM = 1.2;
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

/** The view the graph starts with: all of it, or on a phone the route (the rest is a pinch away). */
function autoFit(cy: Core): void {
  const route = cy.nodes('.on-route');
  cy.fit(cy.width() < NARROW_WIDTH && route.nonempty() ? route : cy.elements(), FIT_PADDING);
  if (cy.zoom() > MAX_AUTO_ZOOM) {
    cy.zoom(MAX_AUTO_ZOOM);
    cy.center(cy.width() < NARROW_WIDTH && route.nonempty() ? route : cy.elements());
  }
}

/**
 * The one owner of the Cytoscape instance: created once, restyled and reclassed as props
 * change, destroyed on unmount. It publishes what it shows as data- attributes on its
 * container (the highlighted route, the selection), which the end-to-end tests read.
 */
export default function CytoscapeGraph({ route, explore, focus, scheme, onSelect, onReset, onImageMaker }: CytoscapeGraphProps) {
  const { data } = useCatalog();
  const containerRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;
  const onImageMakerRef = useRef(onImageMaker);
  onImageMakerRef.current = onImageMaker;
  const schemeRef = useRef(scheme);
  schemeRef.current = scheme;
  const cameraMovedByUser = useRef(false);
  const [ready, setReady] = useState(false);
  const [hover, setHover] = useState<Hover | null>(null);

  const elements = useMemo(() => graphElements(data, layoutByLevel(data.roles), DEFAULT_SPACING), [data]);
  const large = data.roles.length >= LARGE_GRAPH_ROLES;

  useEffect(() => {
    claimCytoscapeStylesheet();
    const cy = cytoscape({
      container: containerRef.current,
      elements,
      style: graphStylesheet(PALETTES[scheme], large),
      layout: { name: 'preset', fit: false },
      ...(large ? { textureOnViewport: true, hideEdgesOnViewport: true, pixelRatio: 1 } : {}),
      minZoom: MIN_ZOOM,
      maxZoom: MAX_ZOOM,
      // The layout means something (level and track), so nodes are not dragged; selection is
      // React state, drawn with a class.
      autoungrabify: true,
      autounselectify: true,
      boxSelectionEnabled: false,
    });
    cy.on('tap', 'node.role', (event: EventObject) => onSelectRef.current({ kind: 'role', id: event.target.id() }));
    cy.on('tap', 'edge.move', (event: EventObject) => onSelectRef.current({ kind: 'transition', from: event.target.source().id(), to: event.target.target().id() }));
    cy.on('tap', (event: EventObject) => {
      if (event.target === cy) onSelectRef.current(null);
    });
    cy.on('mouseover', 'node.role', (event: EventObject) => {
      event.target.addClass('hovered');
      const box = event.target.renderedBoundingBox();
      setHover({ id: event.target.id(), x: (box.x1 + box.x2) / 2, y: box.y2 });
    });
    cy.on('mouseout', 'node.role', (event: EventObject) => {
      event.target.removeClass('hovered');
      setHover(null);
    });
    cy.on('viewport', () => setHover(null));
    cy.on('dragpan scrollzoom pinchzoom', () => {
      cameraMovedByUser.current = true;
    });
    cyRef.current = cy;
    setReady(true);
    onImageMakerRef.current?.(() =>
      cy.png({ output: 'blob-promise', full: true, scale: slideScale(cy.elements().boundingBox()), bg: PALETTES[schemeRef.current].background }),
    );
    const observer = new ResizeObserver(() => {
      cy.resize();
      if (!cameraMovedByUser.current) autoFit(cy);
    });
    observer.observe(containerRef.current!);
    return () => {
      observer.disconnect();
      onImageMakerRef.current?.(null);
      cy.destroy();
      cyRef.current = null;
      setReady(false);
    };
    // Created once (deliberately no dependencies); later changes of elements and style are
    // applied by the effects below.
  }, []);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || cy.elements().length === elements.length) return;
    cy.elements().remove();
    cy.add(elements);
  }, [elements]);

  useEffect(() => {
    cyRef.current?.style(graphStylesheet(PALETTES[scheme], large));
  }, [scheme]);

  const marks = useMemo(
    () => graphMarks({ roles: data.roles, transitions: data.transitions, route, filter: explore.filter, focus, selection: explore.selection }),
    [data, route, explore.filter, focus, explore.selection],
  );

  useEffect(() => {
    const cy = cyRef.current;
    const container = containerRef.current;
    if (!cy || !container) return;
    cy.batch(() => {
      cy.elements().removeClass(STATE_CLASS_LIST);
      for (const [id, classes] of marks.classes) cy.getElementById(id).addClass(classes.join(' '));
      for (const [id, label] of marks.labels) cy.getElementById(id).data('label', label);
    });
    // Read back from Cytoscape, so the attribute says what is drawn, not what was asked for.
    container.dataset.route = (route ?? []).filter((id) => cy.getElementById(id).hasClass('on-route')).join(' ');
    container.dataset.selected = explore.selection ? (explore.selection.kind === 'role' ? explore.selection.id : `${explore.selection.from}->${explore.selection.to}`) : '';
    container.dataset.certificationMoves = cy.edges('.cert-required, .cert-expected').toArray().map((e) => e.id()).join(' ');
    if (!cameraMovedByUser.current) autoFit(cy);
  }, [marks, route, explore.selection, ready]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !explore.centre) return;
    const node = cy.getElementById(explore.centre.id);
    if (node.empty()) return;
    cameraMovedByUser.current = true;
    cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1) }, motion());
  }, [explore.centre, ready]);

  const fit = () => {
    cameraMovedByUser.current = false;
    cyRef.current?.animate({ fit: { eles: cyRef.current.elements(), padding: FIT_PADDING } }, motion());
  };
  useEffect(() => {
    if (explore.fitSeq > 0) fit();
  }, [explore.fitSeq]);

  const zoomBy = (factor: number) => {
    const cy = cyRef.current;
    if (!cy) return;
    cameraMovedByUser.current = true;
    const level = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, cy.zoom() * factor));
    cy.animate({ zoom: { level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } } }, motion());
  };

  return (
    <div className="graph-frame">
      <div className="graph-canvas-wrap">
        <div
          ref={containerRef}
          className="graph-canvas"
          data-testid="role-graph"
          data-ready={ready ? 'true' : 'false'}
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
        <button type="button" onClick={fit}>
          Fit
        </button>
        <button type="button" onClick={onReset}>
          Reset
        </button>
        <span className="graph-hint">Select a role or a move for details; drag to pan, scroll or pinch to zoom.</span>
      </div>
    </div>
  );
}
