import { describe, expect, it } from 'vitest';
import { createPlanDocument } from '../../src/export/plan-document.ts';
import { escapeMarkdown, planToMarkdown } from '../../src/export/plan-markdown.ts';
import { minimalGraph } from '../helpers/minimal-graph.ts';

const document = createPlanDocument(minimalGraph(), {
  query: {
    from: 'help-desk',
    to: 'chief-information-security-officer',
    objective: 'fastest',
    pace: 'typical',
    routeCount: 1,
  },
  profile: { experienceYears: { it: 1 }, education: 'none', certifications: [], associateOf: [] },
  start: '2026-11',
  selectedRoute: 0,
});
const markdown = planToMarkdown(minimalGraph(), document);

describe('the Markdown export', () => {
  it('carries both timelines and says how much rests on estimates', () => {
    expect(markdown).toContain('# Career plan: Help desk technician → Chief information security officer');
    expect(markdown).toMatch(
      /\*\*typically 15 years 1 month \(until December 2041\), at the earliest 8 years 1 month \(until December 2034\)\*\*/,
    );
    expect(markdown).toContain('All 3 stays are estimated from what people typically bring to the next role.');
  });

  it('dates every step from the start month, with the stay before it and where that comes from', () => {
    expect(markdown).toContain('| 1 | December 2026 | Help desk technician → Security analyst | 1 month (estimated) |');
    expect(markdown).toContain(
      '| 3 | December 2041 | Security manager → Chief information security officer | 10 years (estimated) |',
    );
    expect(markdown).toMatch(
      /\*\*Stay:\*\* 10 years as Security manager \(3 years on the earliest timeline\)\. \*Estimated:\* No source gives how long people stay as Security manager/,
    );
  });

  it('gives certifications with their price and the month the person becomes eligible', () => {
    expect(markdown).toMatch(
      /\*\*Earn CISSP\*\*: prepare from August 2031; eligible from December 2031; certified from December 2031; exam: US\$749 \(price seen 2026\) \[\d+\]/,
    );
  });

  it('shows pay at every role on one basis, "not known" where none is given, and numbers every source it cites', () => {
    expect(markdown).toMatch(/Pay as Security analyst: \*\*US\$124,910 median wage \(May 2024\)\*\* \[(\d+)\]/);
    expect(markdown).toContain('| Security manager | not known |');
    expect(markdown).toMatch(/^1\. \*official\* — /m);
    const cited = new Set([...markdown.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1])));
    const listed = [...markdown.matchAll(/^(\d+)\. .+ \(read \d{4}-\d{2}-\d{2}\)$/gm)].map((m) => Number(m[1]));
    expect([...cited].sort()).toEqual(listed);
    expect(markdown).toContain('<https://www.bls.gov/ooh/>');
  });

  it('shows hostile text as text, never as markup', () => {
    expect(escapeMarkdown('<script>alert(1)</script> **bold** [link](javascript:x)\r# heading')).toBe(
      '\\<script\\>alert(1)\\</script\\> \\*\\*bold\\*\\* \\[link\\](javascript:x) # heading',
    );
  });
});
