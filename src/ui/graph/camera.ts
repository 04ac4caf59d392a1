/**
 * Where the graph's camera goes: the whole graph, or the person's route. Pure (boxes in, zoom
 * and pan out), so it is tested without a browser; the Cytoscape wrapper applies the result.
 */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

export interface Canvas {
  width: number;
  height: number;
}

export const FIT_PADDING = 24;
/** On a narrow canvas the route's labels need the room more than a margin does. */
export const NARROW_PADDING = 12;
/** Below this width the whole graph is too small to read, so the view starts on the route. */
export const NARROW_WIDTH = 600;
/** Fitting a short route must not zoom in further than this. */
export const MAX_AUTO_ZOOM = 1.2;
/** The smallest size a role's label is drawn at, in CSS pixels, when the view starts on the route. */
export const READABLE_LABEL_PX = 11;

/**
 * What the camera follows when the route or the canvas changes: the usual view (the whole graph
 * on a wide canvas, the route on a narrow one), the whole graph, the route, or nothing because
 * the person moved it themselves.
 */
export type ViewMode = 'auto' | 'whole' | 'route' | 'moved';

/**
 * The box around shapes given by their middle and size. The camera fits the shapes' laid-out
 * sizes, not Cytoscape's drawn bounds, which grow with a border or an arrow when a route or a
 * certification is highlighted: the view must not move for that.
 */
export function boxOf(shapes: ReadonlyArray<{ x: number; y: number; width: number; height: number }>): Box {
  if (shapes.length === 0) return { x1: 0, y1: 0, x2: 0, y2: 0 };
  return {
    x1: Math.min(...shapes.map((s) => s.x - s.width / 2)),
    y1: Math.min(...shapes.map((s) => s.y - s.height / 2)),
    x2: Math.max(...shapes.map((s) => s.x + s.width / 2)),
    y2: Math.max(...shapes.map((s) => s.y + s.height / 2)),
  };
}

/** The box, centred, as large as fits with padding, no larger than `maxZoom`. */
export function fitBox(box: Box, canvas: Canvas, maxZoom = MAX_AUTO_ZOOM, padding = FIT_PADDING): Viewport {
  const w = Math.max(1, box.x2 - box.x1);
  const h = Math.max(1, box.y2 - box.y1);
  const zoom = Math.min(maxZoom, (canvas.width - 2 * padding) / w, (canvas.height - 2 * padding) / h);
  return {
    zoom,
    pan: {
      x: canvas.width / 2 - ((box.x1 + box.x2) / 2) * zoom,
      y: canvas.height / 2 - ((box.y1 + box.y2) / 2) * zoom,
    },
  };
}

/**
 * The route at a size its labels can be read at: fitted when it fits at `readableZoom` or more;
 * otherwise at `readableZoom`, starting from its first role at the left (a route reads left to
 * right, from where the person is), centred on the route's height when that fits, else on the
 * first role.
 */
export function routeView(
  route: Box,
  start: Box,
  canvas: Canvas,
  readableZoom: number,
  padding = NARROW_PADDING,
): Viewport {
  const fitted = fitBox(route, canvas, MAX_AUTO_ZOOM, padding);
  if (fitted.zoom >= readableZoom) return fitted;
  const zoom = readableZoom;
  const fitsHigh = (route.y2 - route.y1) * zoom <= canvas.height - 2 * padding;
  const middleY = fitsHigh ? (route.y1 + route.y2) / 2 : (start.y1 + start.y2) / 2;
  return { zoom, pan: { x: padding - route.x1 * zoom, y: canvas.height / 2 - middleY * zoom } };
}
