// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { planToMarkdown } from '../../src/export/plan-markdown.ts';
import { planToText } from '../../src/export/plan-text.ts';
import { PLAN_DOCUMENT_FORMAT, PLAN_DOCUMENT_VERSION, type Plan, type PlanDocument } from '../../src/model/index.ts';
import { PlanPanel } from '../../src/ui/plan/PlanPanel.tsx';
import { graph, limited, PROFILE, QUERY, START } from '../helpers/search-limit.ts';
import { withCatalog } from './catalog-wrapper.tsx';

afterEach(cleanup);

function documentOf(plan: Plan): PlanDocument {
  return {
    format: PLAN_DOCUMENT_FORMAT,
    version: PLAN_DOCUMENT_VERSION,
    start: START,
    query: QUERY,
    profile: PROFILE,
    selectedRoute: 0,
    ...plan,
    levers: [],
  };
}

const STOPPED =
  'The search stopped at its limit of 10 partial routes before finding a route; a route may still exist. Try the fastest objective, fewer routes, or a nearer target.';

describe('a search cut short by its limit, as a person reads it', () => {
  it('does not head the text or Markdown plan with "no route" when the search only stopped early', () => {
    const document = documentOf(limited(10));
    const text = planToText(graph, document);
    expect(text).toContain(STOPPED);
    expect(text).not.toMatch(/no route\./i);
    const markdown = planToMarkdown(graph, document);
    expect(markdown).toContain('a route may still exist');
    expect(markdown).not.toMatch(/\*\*No route\.\*\*/);
  });

  it('does not title the web app\'s answer "No route" when the search only stopped early', () => {
    const plan = limited(10);
    const handlers = { onRouteIndex: vi.fn(), onUseRole: vi.fn(), onShowRole: vi.fn(), onStartMonth: vi.fn() };
    render(
      <PlanPanel
        outcome={{
          kind: 'planned',
          plan,
          fromId: QUERY.from,
          typoFixed: false,
          profile: PROFILE,
          query: QUERY,
          start: START,
        }}
        targetId={QUERY.to}
        routeIndex={0}
        pending={false}
        since={null}
        levers={[]}
        {...handlers}
      />,
      { wrapper: withCatalog(graph) },
    );
    expect(screen.getByText(STOPPED)).toBeTruthy();
    expect(screen.queryByText('No route')).toBeNull();
    expect(screen.getByText('Search stopped early')).toBeTruthy();
  });
});
