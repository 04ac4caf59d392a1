/** Makes a PNG of the whole graph as it is drawn now (route, filters and colours included). */
export type GraphImageMaker = () => Promise<Blob>;

/** A full-HD slide: the image fills 1920 x 1080 at most, keeping the graph's proportions. */
export const SLIDE_SIZE = { width: 1920, height: 1080 } as const;

/** The scale that makes a graph of this size (in graph units) as large as fits on a slide. */
export function slideScale(box: { w: number; h: number }): number {
  if (!(box.w > 0) || !(box.h > 0)) return 1;
  return Math.min(SLIDE_SIZE.width / box.w, SLIDE_SIZE.height / box.h);
}
