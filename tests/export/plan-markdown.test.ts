import { describe, expect, it } from 'vitest';
import { createPlanDocument } from '../../src/export/plan-document.ts';
import { escapeMarkdown, planToMarkdown } from '../../src/export/plan-markdown.ts';
import { minimalGraph } from '../helpers/minimal-graph.ts';

const document = createPlanDocument(minimalGraph(), {
  query: { from: 'help-desk', to: 'chief-information-security-officer', objective: 'fastest', alternatives: 1 },
  profile: { experienceYears: { it: 1 }, education: 'none', certifications: [] },
  start: '2026-11',
  selectedRoute: 0,
});
const markdown = planToMarkdown(minimalGraph(), document);

describe('the Markdown export', () => {
  it('dates every step from the start month', () => {
    expect(markdown).toContain('# Career plan: Help desk technician → Chief information security officer');
    expect(markdown).toContain('### 1. November 2026: Help desk technician → Security analyst');
    expect(markdown).toContain('### 2. November 2031: Security analyst → Security manager');
    expect(markdown).toContain('| 3 | November 2034 | Security manager → Chief information security officer |');
  });

  it('gives certifications with their price and the month the person becomes eligible', () => {
    expect(markdown).toMatch(/\*\*Earn CISSP\*\*: prepare from July 2031 \(month 56\); eligible from November 2031 \(month 60\); certified from November 2031 \(month 60\); exam US\$749 \(seen 2026\) \[\d+\]/);
  });

  it('shows pay and numbers every source it cites', () => {
    expect(markdown).toMatch(/Pay as Security analyst: \*\*US\$124,910\*\* median wage \(Information security analysts, May 2024\) \[(\d+)\]/);
    const cited = new Set([...markdown.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1])));
    const listed = [...markdown.matchAll(/^(\d+)\. .+ \(read \d{4}-\d{2}-\d{2}\)$/gm)].map((m) => Number(m[1]));
    expect([...cited].sort()).toEqual(listed);
    expect(markdown).toContain('<https://www.bls.gov/ooh/>');
  });

  it('shows hostile text as text, never as markup', () => {
    expect(escapeMarkdown('<script>alert(1)</script> **bold** [link](javascript:x)')).toBe(
      '\\<script\\>alert\\(1\\)\\</script\\> \\*\\*bold\\*\\* \\[link\\]\\(javascript:x\\)',
    );
  });
});
