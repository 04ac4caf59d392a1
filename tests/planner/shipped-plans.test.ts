import { describe, expect, it } from 'vitest';
import { planRoute } from '../../src/planner/index.ts';
import { shippedGraphForTests } from '../helpers/minimal-graph.ts';
import { checkRoute } from '../helpers/route-checker.ts';
import { ProfileSchema } from '../../src/model/index.ts';

const graph = shippedGraphForTests();
const ISM = 'information-security-manager';

describe('hand-checked plans on the shipped data', () => {
  it('a help-desk technician with no certifications becomes an information security manager no sooner than five years of security work allow', () => {
    // The move needs five years of security experience (and five of IT), and the CISSP or the
    // CISM it requires both ask five years of security work; the help desk gives none.
    const plan = planRoute(graph, { from: 'it-support-specialist', to: ISM });
    const best = plan.routes[0]!;
    expect(best.totalMonths).toBe(60);
    const last = best.steps[best.steps.length - 1]!;
    const cert = last.actions.find((a) => a.kind === 'earn-certification');
    expect(cert).toMatchObject({ certification: expect.stringMatching(/^(cissp|cism)$/) });
    expect(cert && 'eligibleMonth' in cert ? cert.eligibleMonth : -1).toBe(60);
    for (const route of plan.routes) expect(route.totalMonths).toBeGreaterThanOrEqual(60);
  });

  it('holding CISM and the experience makes the move to information security manager immediate', () => {
    const profile = { experienceYears: { it: 6, security: 6, 'security-management': 4 }, certifications: ['cism'] };
    const plan = planRoute(graph, { from: 'it-security-manager', to: ISM }, profile);
    expect(plan.routes[0]).toMatchObject({ roles: ['it-security-manager', ISM], totalMonths: 0, totalCostUsd: 0 });
    expect(plan.routes[0]!.steps[0]!.actions.filter((a) => a.kind === 'earn-certification')).toEqual([]);
  });

  it('without the certification, the same manager waits only for the exam preparation', () => {
    const profile = { experienceYears: { it: 6, security: 6, 'security-management': 4 } };
    const plan = planRoute(graph, { from: 'it-security-manager', to: ISM }, profile);
    const cert = plan.routes[0]!.steps[0]!.actions.find((a) => a.kind === 'earn-certification')!;
    // CISM's preparation is 3 months and CISSP's 3-6 (planned at 6), so CISM is the faster gate.
    expect(cert).toMatchObject({ certification: 'cism', startMonth: 0, endMonth: 3 });
    expect(plan.routes[0]!.totalMonths).toBe(3);
  });

  it('counts experience from earlier steps: two years already in security shorten the wait to three', () => {
    const plan = planRoute(graph, { from: 'soc-analyst', to: ISM }, { experienceYears: { it: 2, security: 2 } });
    expect(plan.routes[0]!.totalMonths).toBe(36);
  });

  it('makes a CISO move wait for BLS\'s five years of related experience', () => {
    const plan = planRoute(graph, { from: 'information-security-architect', to: 'chief-information-security-officer' }, { experienceYears: { it: 2 } });
    expect(plan.routes[0]).toMatchObject({ roles: ['information-security-architect', 'chief-information-security-officer'], totalMonths: 36 });
  });

  it('answers an unreachable target with the reason, not an error', () => {
    const plan = planRoute(graph, { from: 'chief-information-security-officer', to: 'it-support-specialist' });
    expect(plan.routes).toEqual([]);
    expect(plan.unreachable).toMatchObject({ reason: 'no-route-in-graph' });
    expect(plan.unreachable!.message).toContain('Chief information security officer');
  });

  it('offers distinct alternatives, ranked, each valid month by month against the data', () => {
    const profile = ProfileSchema.parse({ experienceYears: { it: 1 }, certifications: ['security-plus'] });
    const plan = planRoute(graph, { from: 'network-systems-administrator', to: 'chief-information-security-officer', alternatives: 5 }, profile);
    expect(plan.routes.length).toBe(5);
    expect(new Set(plan.routes.map((r) => r.roles.join('>'))).size).toBe(5);
    for (let i = 1; i < plan.routes.length; i++) expect(plan.routes[i]!.totalMonths).toBeGreaterThanOrEqual(plan.routes[i - 1]!.totalMonths);
    for (const route of plan.routes) expect(checkRoute(graph, profile, route)).toEqual([]);
  });

  it('shows the typical route beside the personal one', () => {
    const plan = planRoute(graph, { from: 'it-support-specialist', to: ISM });
    expect(plan.typicalRoute?.roles[0]).toBe('it-support-specialist');
    expect(plan.typicalRoute?.roles.at(-1)).toBe(ISM);
  });

  it('shows pay along the way where a source gives it', () => {
    const plan = planRoute(graph, { from: 'it-support-specialist', to: ISM });
    const pays = plan.routes[0]!.pay.map((p) => p.role);
    expect(pays).toContain('it-support-specialist');
    expect(plan.routes[0]!.pay.find((p) => p.role === ISM)).toMatchObject({ medianUsd: 188000, basis: 'total-pay' });
  });
});
