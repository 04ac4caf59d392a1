import { inflateSync } from 'node:zlib';

/**
 * Lines of text on each page of a PDF Chromium printed, in page order: the distinct heights at
 * which a page draws text. Reads the page dictionaries and their (deflated) content streams,
 * which is all Chromium's PDFs need; not a general PDF reader.
 */
export function textLinesPerPage(pdf: Buffer): number[] {
  const text = pdf.toString('latin1');
  const streamOf = (object: string): string => {
    const head = new RegExp(`(?:^|\\s)${object} 0 obj\\s*<<([\\s\\S]*?)>>\\s*stream\\r?\\n`).exec(text);
    if (!head) throw new Error(`the PDF has no content stream ${object}`);
    const length = Number(/\/Length (\d+)/.exec(head[1]!)?.[1]);
    const start = head.index + head[0].length;
    const raw = pdf.subarray(start, start + length);
    return (/FlateDecode/.test(head[1]!) ? inflateSync(raw) : raw).toString('latin1');
  };
  return [...text.matchAll(/\/Type\s*\/Page[^s][\s\S]*?\/Contents (\d+) 0 R/g)].map((page) => {
    const content = streamOf(page[1]!);
    return new Set([...content.matchAll(/1 0 0 -1 [-\d.]+ ([-\d.]+) Tm/g)].map((m) => Math.round(Number(m[1])))).size;
  });
}
