import type { Core } from 'cytoscape';

export interface GestureCallbacks {
  /** The person zoomed or panned the graph themselves. */
  onMoved(): void;
  /** A finger touched the graph (the mouse events a tap makes follow). */
  onTouch(): void;
}

/** A mouse wheel notch (100 px of deltaY) zooms by about this factor, like the zoom buttons. */
const WHEEL_ZOOM_PER_PIXEL = Math.log(1.25) / 100;
const LINE_PIXELS = 16;

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/**
 * How the graph takes the wheel and touch, so it never traps the page's scrolling:
 *
 * - the wheel scrolls the page; Ctrl/⌘ + wheel (and a trackpad pinch, which browsers send as
 *   Ctrl + wheel) zooms the graph at the pointer;
 * - one finger scrolls the page, and a tap selects what is under it: Cytoscape never sees touch
 *   events (they stop here), so a tap reaches it as the mouse click the browser makes of it and is
 *   hit-tested exactly, without the touch tolerance that picked neighbours;
 * - two fingers pan and zoom the graph.
 *
 * Listens on `target` (the canvas's wrapper) in the capture phase, before Cytoscape does.
 * Returns the function that removes the listeners.
 */
export function attachGestures(target: HTMLElement, cy: Core, callbacks: GestureCallbacks): () => void {
  let pinch: {
    distance: number;
    middle: { x: number; y: number };
    zoom: number;
    pan: { x: number; y: number };
  } | null = null;

  const local = (x: number, y: number) => {
    const rect = cy.container()!.getBoundingClientRect();
    return { x: x - rect.left, y: y - rect.top };
  };
  const twoFingers = (touches: TouchList) => {
    const a = local(touches[0]!.clientX, touches[0]!.clientY);
    const b = local(touches[1]!.clientX, touches[1]!.clientY);
    return {
      distance: Math.max(1, Math.hypot(b.x - a.x, b.y - a.y)),
      middle: { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 },
    };
  };

  const onWheel = (event: WheelEvent) => {
    if (!(event.ctrlKey || event.metaKey)) return;
    event.preventDefault();
    const pixels = event.deltaY * (event.deltaMode === 1 ? LINE_PIXELS : event.deltaMode === 2 ? cy.height() : 1);
    const level = clamp(cy.zoom() * Math.exp(-pixels * WHEEL_ZOOM_PER_PIXEL), cy.minZoom(), cy.maxZoom());
    cy.zoom({ level, renderedPosition: local(event.clientX, event.clientY) });
    callbacks.onMoved();
  };

  const onTouchStart = (event: TouchEvent) => {
    event.stopPropagation();
    callbacks.onTouch();
    if (event.touches.length >= 2) pinch = { ...twoFingers(event.touches), zoom: cy.zoom(), pan: { ...cy.pan() } };
  };
  const onTouchMove = (event: TouchEvent) => {
    event.stopPropagation();
    if (!pinch || event.touches.length < 2) return;
    if (event.cancelable) event.preventDefault();
    const now = twoFingers(event.touches);
    const zoom = clamp(pinch.zoom * (now.distance / pinch.distance), cy.minZoom(), cy.maxZoom());
    // The graph point that was under the fingers' middle stays under it.
    const graphX = (pinch.middle.x - pinch.pan.x) / pinch.zoom;
    const graphY = (pinch.middle.y - pinch.pan.y) / pinch.zoom;
    cy.viewport({ zoom, pan: { x: now.middle.x - graphX * zoom, y: now.middle.y - graphY * zoom } });
    callbacks.onMoved();
  };
  const onTouchEnd = (event: TouchEvent) => {
    event.stopPropagation();
    if (event.touches.length < 2) pinch = null;
  };
  // Where a browser has pointer events but no touch events, Cytoscape reads touches from them.
  const onPointer = (event: PointerEvent) => {
    if (event.pointerType !== 'mouse') event.stopPropagation();
  };

  const active = { capture: true, passive: false } as const;
  const passive = { capture: true, passive: true } as const;
  target.addEventListener('wheel', onWheel, active);
  target.addEventListener('touchstart', onTouchStart, passive);
  target.addEventListener('touchmove', onTouchMove, active);
  target.addEventListener('touchend', onTouchEnd, passive);
  target.addEventListener('touchcancel', onTouchEnd, passive);
  const pointerTypes = ['pointerdown', 'pointermove', 'pointerup', 'pointercancel'] as const;
  for (const type of pointerTypes) target.addEventListener(type, onPointer, true);
  return () => {
    target.removeEventListener('wheel', onWheel, active);
    target.removeEventListener('touchstart', onTouchStart, passive);
    target.removeEventListener('touchmove', onTouchMove, active);
    target.removeEventListener('touchend', onTouchEnd, passive);
    target.removeEventListener('touchcancel', onTouchEnd, passive);
    for (const type of pointerTypes) target.removeEventListener(type, onPointer, true);
  };
}
