// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { inferProfileFromResume, readResume, type ResumeInference } from '../../src/export/json-resume.ts';
import { ResumeReview } from '../../src/ui/transfer/ResumeReview.tsx';
import { shippedGraphForTests } from '../helpers/minimal-graph.ts';
import { withCatalog } from './catalog-wrapper.tsx';

afterEach(cleanup);

const graph = shippedGraphForTests();
const today = new Date('2026-11-25T00:00:00Z');
const corpus = (name: string) => {
  const result = readResume(
    graph,
    readFileSync(join(import.meta.dirname, '..', 'fixtures', 'resume', 'corpus', name), 'utf8'),
    today,
  );
  if (!result.ok) throw new Error(name);
  return result.inference;
};
const inferred = (resume: unknown) => {
  const result = inferProfileFromResume(graph, resume, today);
  if (!result.ok) throw new Error('did not read');
  return result.inference;
};
function show(inference: ResumeInference) {
  const onUse = vi.fn();
  render(<ResumeReview inference={inference} file="cv.json" onUse={onUse} onDiscard={vi.fn()} />, {
    wrapper: withCatalog(graph),
  });
  const review = screen.getByRole('region', { name: 'From your résumé' });
  const plan = () => {
    fireEvent.click(within(review).getByRole('button', { name: 'Plan with this profile' }));
    return onUse.mock.calls.at(-1)![0];
  };
  return { review, plan, onUse };
}

describe('the résumé review', () => {
  it('explains in plain words, never with ids or JSON paths', () => {
    const { review } = show(corpus('01-soc-analyst-ux-review.json'));
    const text = review.textContent!;
    expect(text).toContain(
      'From your jobs: 132 months of IT experience and 76 months of information security experience.',
    );
    expect(text).toContain('Senior SOC Analyst at Northwind Bank (March 2022 to now)');
    expect(text).toContain('20 months part-time, counted as 10 months of IT experience, as ISC2 counts part-time work');
    expect(text).toContain(
      "M.S. in Cybersecurity (State University): a master's degree with no end date, so taken as in progress and not counted",
    );
    for (const id of ['soc-analyst', 'cysa-plus', 'security-plus', 'isc2-cc', '→ bachelor', 'it-support-specialist'])
      expect(text).not.toContain(id);
    expect(text).not.toMatch(/\b(?:work|education|certificates)\[\d+\]/);
  });

  it('plans with the months the jobs give, unrounded', () => {
    const { plan } = show(
      inferred({ work: [{ position: 'IT support specialist', startDate: '2024-01', endDate: '2025-01' }] }),
    );
    expect(plan().experienceYears).toEqual({ it: 13 / 12 });
  });

  it('lets the person say which role a job was, and counts again', () => {
    const { review, plan } = show(corpus('11-network-engineer.json'));
    expect(within(review).getByLabelText('Current role')).toHaveProperty('value', 'Senior Network Engineer');
    expect(within(review).getByRole('group', { name: 'Roles your latest job could be' }).textContent).toBe(
      'Computer network architectNetwork systems administrator',
    );
    fireEvent.change(within(review).getByLabelText('Role of Senior Network Engineer at Fabrikam (May 2019 to now)'), {
      target: { value: 'network-systems-administrator' },
    });
    expect(within(review).getByLabelText('Current role')).toHaveProperty('value', 'Network systems administrator');
    const patch = plan();
    expect(patch).toMatchObject({
      from: 'Network systems administrator',
      monthsInCurrentRole: 90,
      experienceYears: { it: 129 / 12 },
    });
  });

  it('counts a job marked part-time at half, and one marked no IT work not at all', () => {
    const { review, plan } = show(corpus('13-overlaps-and-gap.json'));
    expect(plan().experienceYears).toEqual({ it: 71 / 12, security: 53 / 12 });
    fireEvent.click(within(review).getAllByRole('checkbox', { name: 'Part-time' })[0]!);
    // Security Analyst, 46 months, now part-time: the 43 months the full-time pentesting job does not cover count at half, beside its 10.
    expect(plan().experienceYears.security).toBe(31.5 / 12);
    fireEvent.change(
      within(review).getByLabelText(
        'Role of Penetration Tester (contract) at Red Kite Security (June 2022 to March 2023)',
      ),
      { target: { value: '' } },
    );
    expect(plan().experienceYears.security).toBe(23 / 12);
  });

  it('adds a job the reading missed, and says what is wrong with one it cannot add', () => {
    const { review, plan } = show(corpus('14-missing-dates.json'));
    fireEvent.click(within(review).getByText('Add a job secpath missed'));
    const add = within(review).getByRole('button', { name: 'Add this job' });
    fireEvent.click(add);
    expect(within(review).getByRole('alert').textContent).toBe('Choose the role the job was.');
    fireEvent.change(within(review).getByLabelText('Job title'), { target: { value: 'SOC Analyst' } });
    fireEvent.change(within(review).getByLabelText('Role it was'), { target: { value: 'soc-analyst' } });
    fireEvent.change(within(review).getByLabelText('From'), { target: { value: '2019-02' } });
    fireEvent.click(add);
    expect(review.textContent).toContain('SOC Analyst (February 2019 to now)');
    expect(review.textContent).toContain('Read as SOC analyst; 93 months of IT and information security experience.');
    expect(within(review).getByLabelText('Current role')).toHaveProperty('value', 'SOC analyst');
    // Systems administrator 2016-01 to 2019-01, then SOC analyst from 2019-02: 130 months of IT.
    expect(plan()).toMatchObject({
      from: 'SOC analyst',
      experienceYears: { it: 130 / 12, security: 93 / 12 },
      monthsInCurrentRole: 93,
    });
  });

  it('adds a certification it missed, and corrects one it matched', () => {
    const { review, plan } = show(corpus('06-manager-expired-cissp.json'));
    expect(review.textContent).toContain('CISSP: CISSP, ended June 2024: not counted as held.');
    fireEvent.click(within(review).getByRole('button', { name: 'I hold CISSP' }));
    fireEvent.click(within(review).getByRole('checkbox', { name: 'CISA' }));
    fireEvent.change(within(review).getByLabelText('Add a certification'), { target: { value: 'cgrc' } });
    fireEvent.click(within(review).getByRole('button', { name: 'Add' }));
    expect(within(review).getByRole('checkbox', { name: 'CISA' })).toHaveProperty('checked', false);
    expect(plan().certifications).toEqual(['cgrc', 'cism', 'cissp']);
  });

  it('offers the certification an unknown name is closest to', () => {
    const { review, plan } = show(inferred({ certificates: [{ name: 'Secuirty+' }] }));
    fireEvent.click(within(review).getByRole('button', { name: 'It is Security+' }));
    expect(plan().certifications).toEqual(['security-plus']);
  });

  it('plans from outside IT when the latest job matches no role, and says so', () => {
    const { review, plan } = show(corpus('jsonresume-sample-shape.json'));
    expect(within(review).getByLabelText('Current role')).toHaveProperty(
      'value',
      'Outside IT (student, graduate or career changer)',
    );
    expect(review.textContent).toContain(
      'Your latest job, CEO/President at Lantern Compression, matches no IT or security role, so the plan starts from Outside IT',
    );
    expect(plan()).toMatchObject({
      from: 'Outside IT (student, graduate or career changer)',
      education: 'bachelor',
      monthsInCurrentRole: null,
    });
  });

  it('shows at most 50 jobs of a huge résumé and counts the rest', () => {
    const work = Array.from({ length: 2000 }, () => ({
      position: 'SOC analyst',
      name: 'Acme',
      startDate: '2019-01',
      endDate: '2020-01',
    }));
    const { review } = show(inferred({ work }));
    expect(
      within(review)
        .getAllByRole('listitem')
        .filter((li) => li.className === 'resume-job'),
    ).toHaveLength(50);
    expect(review.textContent).toContain('…and 1,950 more jobs, counted as read and not listed here.');
  });
});
