import { describe, expect, it } from 'vitest';
import { fitBox, MAX_AUTO_ZOOM, routeView } from '../../src/ui/graph/camera.ts';

const canvas = { width: 400, height: 500 };
const onScreen = (view: ReturnType<typeof fitBox>, box: { x1: number; y1: number; x2: number; y2: number }) => ({
  x1: box.x1 * view.zoom + view.pan.x,
  y1: box.y1 * view.zoom + view.pan.y,
  x2: box.x2 * view.zoom + view.pan.x,
  y2: box.y2 * view.zoom + view.pan.y,
});

describe('where the graph camera goes', () => {
  it('fits a box in the canvas, centred, with a margin', () => {
    const box = { x1: -500, y1: -100, x2: 500, y2: 100 };
    const view = fitBox(box, canvas);
    const shown = onScreen(view, box);
    expect(shown.x1).toBeCloseTo(24);
    expect(shown.x2).toBeCloseTo(376);
    expect((shown.y1 + shown.y2) / 2).toBeCloseTo(250);
  });

  it('never zooms a short route in beyond the largest automatic zoom', () => {
    expect(fitBox({ x1: 0, y1: 0, x2: 10, y2: 10 }, canvas).zoom).toBe(MAX_AUTO_ZOOM);
  });

  it('fits a route that can be read when fitted', () => {
    const route = { x1: 0, y1: 0, x2: 300, y2: 200 };
    expect(routeView(route, route, canvas, 0.85)).toEqual(fitBox(route, canvas, MAX_AUTO_ZOOM, 12));
  });

  it('keeps a long route readable, starting from its first role at the left', () => {
    const route = { x1: 0, y1: -100, x2: 1000, y2: 100 };
    const start = { x1: 0, y1: 50, x2: 170, y2: 100 };
    const view = routeView(route, start, canvas, 0.85);
    expect(view.zoom).toBe(0.85);
    expect(onScreen(view, route).x1).toBeCloseTo(12);
    const shown = onScreen(view, route);
    expect((shown.y1 + shown.y2) / 2).toBeCloseTo(250);
  });

  it('centres on the first role when a route is too tall as well', () => {
    const route = { x1: 0, y1: -1000, x2: 1000, y2: 1000 };
    const start = { x1: 0, y1: 500, x2: 170, y2: 550 };
    const shown = onScreen(routeView(route, start, canvas, 0.85), start);
    expect((shown.y1 + shown.y2) / 2).toBeCloseTo(250);
  });
});
