import { describe, expect, it } from 'vitest';
import { readPlanDocument } from '../../src/export/plan-document.ts';
import { issueInWords } from '../../src/ui/transfer/issue-words.ts';
import { shippedGraphForTests } from '../helpers/minimal-graph.ts';

const graph = shippedGraphForTests();

describe('a refused plan file, as the page words it', () => {
  it('names the place in words and the kind of value a person would write, never a type name or a path', () => {
    const file = JSON.stringify({ format: 'secpath-plan', version: 2, query: { from: 5 } });
    const result = readPlanDocument(graph, file, 'plan.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const lines = result.issues.map(issueInWords);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line).not.toMatch(
        /\(expected (string|number|boolean|object|array)\)|expected (string|number|boolean|object|array),|\$[.[]/,
      );
      expect(line).toMatch(/^[A-Z]/);
    }
    expect(lines.join('\n')).toMatch(/should be text, found 5|is missing\./);
  });
});
