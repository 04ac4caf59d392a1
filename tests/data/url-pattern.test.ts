import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadGraphData } from '../../src/data/load.ts';
import { HttpUrlSchema } from '../../src/model/common.ts';
import { MINIMAL_GRAPH_DIR, readGraphTexts } from '../helpers/graph-fixtures.ts';

/** The pattern before it was made linear, kept here as the definition of which URLs are accepted. */
const QUADRATIC_PATTERN = /^https?:\/\/[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?$/;
const LINEAR_PATTERN = HttpUrlSchema.def
  .checks!.map((c) => (c._zod.def as { pattern?: RegExp }).pattern)
  .find((p) => p !== undefined)!;

function withSourceUrl(url: string) {
  const texts = readGraphTexts(MINIMAL_GRAPH_DIR);
  const sources = JSON.parse(texts['sources.json']!);
  sources.sources[0].url = url;
  return { ...texts, 'sources.json': JSON.stringify(sources) };
}

describe('the URL pattern of graph-data', () => {
  it('accepts exactly the URLs the earlier pattern accepted', () => {
    const part = fc.stringMatching(/^[a.\-/?# b:%]{0,12}$/);
    fc.assert(
      fc.property(fc.constantFrom('http://', 'https://', 'ftp://', 'http:/'), part, (scheme, rest) => {
        expect(LINEAR_PATTERN.test(scheme + rest)).toBe(QUADRATIC_PATTERN.test(scheme + rest));
      }),
      { numRuns: 20_000 },
    );
    for (const url of ['https://www.bls.gov/ooh/', 'http://a.b', 'http://.a.b', 'http://a..b', 'http://a.b?x#y'])
      expect(LINEAR_PATTERN.test(url), url).toBe(true);
    for (const url of ['http://ab', 'http://a.', 'http://.a', 'https://a b.c', 'http:///a.b'])
      expect(LINEAR_PATTERN.test(url), url).toBe(false);
  });

  it('checks a URL of 100,000 dots in linear time (it took over a minute)', () => {
    const url = `http://${'a.'.repeat(100_000)} `;
    const started = performance.now();
    expect(LINEAR_PATTERN.test(url)).toBe(false);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('stops at the length check, so validate reports one problem at once', () => {
    const started = performance.now();
    const result = loadGraphData(withSourceUrl(`http://${'a.'.repeat(50_000)} `));
    expect(performance.now() - started).toBeLessThan(5000);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.message)).toEqual([
      expect.stringMatching(/^Too big: expected string to have <=2000 characters/),
    ]);
  });
});
