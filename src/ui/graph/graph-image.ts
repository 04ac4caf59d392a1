import type { RouteCaption } from '../../export/plan-wording.ts';
import type { Palette } from './palette.ts';

/** Makes a PNG slide of the whole graph as it is drawn now (route, filters and colours included), with the route's words around it. */
export type GraphImageMaker = (caption: RouteCaption) => Promise<Blob>;

/** A full-HD 16:9 slide. */
export const SLIDE_SIZE = { width: 1920, height: 1080 } as const;
const MARGIN = 64;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

export interface SlideLegend {
  tracks: ReadonlyArray<{ label: string; fill: string; stroke: string }>;
  lines: ReadonlyArray<{ label: string; color: string; width: number; dash: readonly number[] }>;
}

/** The scale that makes a graph of this size (in graph units) as large as fits in a box (a slide unless told). */
export function slideScale(
  box: { w: number; h: number },
  room: { width: number; height: number } = SLIDE_SIZE,
): number {
  if (!(box.w > 0) || !(box.h > 0)) return 1;
  return Math.min(room.width / box.w, room.height / box.h);
}

/** Lines of at most `width` pixels, words kept whole; at most `max` lines, the last ending in "…" when text is left over. */
function wrap(
  context: CanvasRenderingContext2D,
  words: readonly string[],
  width: number,
  max: number,
  gap = ' ',
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line === '' ? word : `${line}${gap}${word}`;
    if (line !== '' && context.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line !== '') lines.push(line);
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  kept[max - 1] = `${kept[max - 1]}${gap}…`;
  return kept;
}

/**
 * The slide: the route's title, its timelines and dated moves at the top, the graph in the
 * middle, a legend and where the numbers come from at the bottom, all inside a margin.
 * `drawGraph` gets the room for the graph and returns the graph's picture for it.
 */
export async function composeSlide(
  caption: RouteCaption,
  palette: Palette,
  legend: SlideLegend,
  drawGraph: (room: { width: number; height: number }) => Promise<Blob>,
): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = SLIDE_SIZE.width;
  canvas.height = SLIDE_SIZE.height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('this browser cannot draw the image');
  const inner = SLIDE_SIZE.width - 2 * MARGIN;
  context.fillStyle = palette.background;
  context.fillRect(0, 0, SLIDE_SIZE.width, SLIDE_SIZE.height);
  context.textBaseline = 'alphabetic';

  // Words at the top.
  let y = MARGIN + 44;
  context.fillStyle = palette.text;
  context.font = `700 46px ${FONT}`;
  for (const line of wrap(context, caption.title.split(' '), inner, 2)) {
    context.fillText(line, MARGIN, y);
    y += 56;
  }
  context.font = `400 26px ${FONT}`;
  context.fillStyle = palette.muted;
  for (const line of wrap(context, caption.subtitle.split(' '), inner, 2)) {
    context.fillText(line, MARGIN, y - 8);
    y += 36;
  }
  context.font = `500 24px ${FONT}`;
  context.fillStyle = palette.text;
  for (const line of wrap(context, caption.steps, inner, 3, '      ')) {
    context.fillText(line, MARGIN, y + 4);
    y += 34;
  }
  const graphTop = y + 8;

  // Legend and credit at the bottom: the legend's entries flow into as many rows as they need.
  const creditY = SLIDE_SIZE.height - MARGIN + 4;
  context.font = `400 22px ${FONT}`;
  const entries = [
    ...legend.tracks.map((track) => ({
      label: track.label,
      mark: 30,
      draw: (x: number, y: number) => {
        context.fillStyle = track.fill;
        context.strokeStyle = track.stroke;
        context.lineWidth = 2;
        context.fillRect(x, y - 18, 22, 22);
        context.strokeRect(x, y - 18, 22, 22);
      },
    })),
    ...legend.lines.map((line) => ({
      label: line.label,
      mark: 44,
      draw: (x: number, y: number) => {
        context.strokeStyle = line.color;
        context.lineWidth = line.width;
        context.setLineDash([...line.dash]);
        context.beginPath();
        context.moveTo(x, y - 7);
        context.lineTo(x + 36, y - 7);
        context.stroke();
        context.setLineDash([]);
      },
    })),
  ];
  const rows: Array<typeof entries> = [[]];
  let rowWidth = 0;
  for (const entry of entries) {
    const width = entry.mark + context.measureText(entry.label).width + 28;
    if (rowWidth > 0 && rowWidth + width - 28 > inner) {
      rows.push([]);
      rowWidth = 0;
    }
    rows[rows.length - 1]!.push(entry);
    rowWidth += width;
  }
  const legendTop = creditY - 44 - (rows.length - 1) * 34;
  rows.forEach((row, index) => {
    const rowY = legendTop + index * 34;
    let x = MARGIN;
    for (const entry of row) {
      entry.draw(x, rowY);
      context.fillStyle = palette.text;
      context.fillText(entry.label, x + entry.mark, rowY);
      x += entry.mark + context.measureText(entry.label).width + 28;
    }
  });
  context.font = `400 18px ${FONT}`;
  context.fillStyle = palette.muted;
  context.fillText(wrap(context, caption.credit.split(' '), inner, 1)[0] ?? '', MARGIN, creditY);

  // The graph, as large as fits between them, centred.
  const room = { width: inner, height: Math.max(100, legendTop - 40 - graphTop) };
  const picture = await createImageBitmap(await drawGraph(room));
  const scale = Math.min(room.width / picture.width, room.height / picture.height, 1);
  const width = picture.width * scale;
  const height = picture.height * scale;
  context.drawImage(picture, MARGIN + (room.width - width) / 2, graphTop + (room.height - height) / 2, width, height);
  picture.close();

  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the image could not be made'))), 'image/png'),
  );
}
