export type SheetSide = 'left' | 'right';

/**
 * Which side of the page the details sheet opens on: away from what it was opened from, so it
 * never covers it (the graph on the right opens it on the left, a step of the plan on the left
 * opens it on the right). An element marked `data-details-side` keeps it on that side: the
 * certification summary is a sheet itself, and a move chosen from it opens on top of it.
 */
export function sheetSide(opener: Element | null, viewportWidth: number): SheetSide {
  const marked = opener?.closest('[data-details-side]')?.getAttribute('data-details-side');
  if (marked === 'left' || marked === 'right') return marked;
  if (!opener) return 'left';
  const box = opener.getBoundingClientRect();
  return box.left + box.width / 2 > viewportWidth / 2 ? 'left' : 'right';
}
