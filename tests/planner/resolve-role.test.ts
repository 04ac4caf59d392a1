import { describe, expect, it } from 'vitest';
import { describeResolutionProblem, resolveRole, suggestRoles } from '../../src/planner/index.ts';
import { shippedGraphForTests } from '../helpers/minimal-graph.ts';

const graph = shippedGraphForTests();
const id = (input: string) => {
  const r = resolveRole(graph, input);
  return r.ok ? r.id : `${r.problem}: ${r.candidates.map((c) => c.id).join(', ')}`;
};

describe('finding the role a person means', () => {
  it('accepts ids, titles and aliases in any case and spacing', () => {
    expect(id('information-security-manager')).toBe('information-security-manager');
    expect(id('  Information   SECURITY manager ')).toBe('information-security-manager');
    expect(id('help desk')).toBe('it-support-specialist');
    expect(id('CISO')).toBe('chief-information-security-officer');
    expect(id('SOC analyst')).toBe('soc-analyst');
  });

  it('forgives small typos and common abbreviations', () => {
    expect(id('soc analist')).toBe('soc-analyst');
    expect(id('Info sec manager')).toBe('information-security-manager');
    expect(id('infosec manager')).toBe('information-security-manager');
    expect(id('help-desk technican')).toBe('it-support-specialist');
    expect(id('sysadmin')).toBe('systems-administrator');
    expect(id('pen tester')).toBe('penetration-tester');
    expect(id('netwrok administrator')).toBe('network-systems-administrator');
  });

  it('refuses to guess between roles and lists the closest ones', () => {
    const r = resolveRole(graph, 'security manager');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problem).toBe('ambiguous');
    expect(r.candidates.map((c) => c.id)).toEqual(expect.arrayContaining(['it-security-manager', 'information-security-manager']));
    expect(describeResolutionProblem(r)).toMatch(/^"security manager" could mean several roles: /);
  });

  it('says when nothing matches, with the closest roles', () => {
    const r = resolveRole(graph, 'astronaut');
    expect(r).toMatchObject({ ok: false, problem: 'unknown' });
    expect(resolveRole(graph, '   ')).toMatchObject({ ok: false, problem: 'empty' });
  });

  it('suggests roles as a person types, best first', () => {
    expect(suggestRoles(graph, 'inf', 3).map((s) => s.id)).toContain('information-security-analyst');
    expect(suggestRoles(graph, 'help')[0]!.id).toBe('it-support-specialist');
    expect(suggestRoles(graph, 'cis')[0]!.id).toBe('chief-information-security-officer');
    expect(suggestRoles(graph, '').length).toBeGreaterThan(0);
  });
});
