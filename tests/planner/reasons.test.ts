import { describe, expect, it } from 'vitest';
import { planRoute } from '../../src/planner/index.ts';
import { certification, graphOf, role, transition } from '../helpers/random-graphs.ts';

/** analyst → manager needs the certification `cert`, whose preparation time is given or not. */
const graphWithCertification = (prepMonths?: number) =>
  graphOf(
    [role('analyst', ['it', 'security'], 'feeder'), role('manager', ['security-management'])],
    [transition('analyst', 'manager', [[['security'], 1]], [['cert']])],
    [certification('cert', [[['security'], 1]], prepMonths === undefined ? {} : { prepMonths })],
  );

const notesOfMove = (prepMonths?: number) => {
  const plan = planRoute(
    graphWithCertification(prepMonths),
    { from: 'analyst', to: 'manager', routeCount: 1 },
    {},
    { start: '2027-01' },
  );
  return plan.routes[0]!.steps[0]!.notes.map((n) => n.text);
};

describe('what the plan tells a person about numbers no source gives', () => {
  it('says when no source gives how long people prepare for a certification, and that no study time is set aside', () => {
    expect(notesOfMove()).toContain(
      'No source gives how long people prepare for CERT: the plan sets no study time aside for it, so start earlier than shown.',
    );
  });

  it('says nothing of the kind when a source gives the preparation time', () => {
    expect(notesOfMove(3).filter((text) => text.includes('prepare for'))).toEqual([]);
  });
});

describe('what the plan tells a person about an experience window', () => {
  it('says the issuer counts only recent experience and that the plan counts the years entered as recent', () => {
    const cert = certification('cert', [[['security'], 1]], { prepMonths: 1 });
    cert.experience.windowYears = 10;
    const graph = graphOf(
      [role('analyst', ['it', 'security'], 'feeder'), role('manager', ['security-management'])],
      [transition('analyst', 'manager', [[['security'], 1]], [['cert']])],
      [cert],
    );
    const plan = planRoute(
      graph,
      { from: 'analyst', to: 'manager', routeCount: 1 },
      { experienceYears: { security: 12 } },
      { start: '2027-01' },
    );
    expect(plan.routes[0]!.steps[0]!.notes.map((n) => n.text)).toContain(
      'Test issuer counts only experience from the 10 years before you apply for CERT. The plan counts the years you entered as falling within them and applies as soon as you are eligible, which keeps the rest within them; experience older than that does not count.',
    );
  });
});
