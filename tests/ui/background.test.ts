import { describe, expect, it, vi } from 'vitest';
import type { Lever } from '../../src/model/plan.ts';
import { pageBackground, TransferCancelled, workerBackground } from '../../src/ui/background/background.ts';
import { leversOf } from '../../src/ui/background/plan-jobs.ts';
import type { FromBackground, ToBackground } from '../../src/ui/background/protocol.ts';
import { computePlan, type PlanOutcome } from '../../src/ui/state/plan-outcome.ts';
import { defaultState } from '../../src/ui/state/planner-state.ts';
import { vocabularyOf } from '../../src/ui/state/role-names.ts';
import { shippedGraphForTests } from '../helpers/minimal-graph.ts';

const graph = shippedGraphForTests();
const base = defaultState(vocabularyOf(graph), '2026-12');

/** A worker that answers only when told to, so a test decides what is still at work. */
class FakeWorker {
  static all: FakeWorker[] = [];
  received: ToBackground[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<FromBackground>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  constructor() {
    FakeWorker.all.push(this);
  }
  postMessage(message: ToBackground) {
    this.received.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  answer(message: FromBackground) {
    if (!this.terminated) this.onmessage?.({ data: message } as MessageEvent<FromBackground>);
  }
  plans() {
    return this.received.filter((m): m is Extract<ToBackground, { kind: 'plan' }> => m.kind === 'plan');
  }
}

const noOutcome: PlanOutcome = { kind: 'no-role' };

describe('planning off the page', () => {
  it('sends the graph once to each worker, then the plans', () => {
    FakeWorker.all = [];
    const background = workerBackground(graph, () => new FakeWorker() as unknown as Worker);
    background.plan({ ...base, from: 'SOC analyst' }, { planned: vi.fn(), levers: vi.fn() });
    const [worker] = FakeWorker.all;
    expect(worker!.received[0]!.kind).toBe('init');
    expect(JSON.parse((worker!.received[0] as Extract<ToBackground, { kind: 'init' }>).data).roles).toHaveLength(
      graph.order,
    );
    expect(worker!.plans().map((p) => p.state.from)).toEqual(['SOC analyst']);
    expect(background.where).toBe('worker');
  });

  it('stops a plan still at work when a newer keystroke comes, and its answers never arrive', () => {
    vi.useFakeTimers();
    FakeWorker.all = [];
    const background = workerBackground(graph, () => new FakeWorker() as unknown as Worker);
    const first = { planned: vi.fn(), levers: vi.fn() };
    const second = { planned: vi.fn(), levers: vi.fn() };
    background.plan({ ...base, from: 'SOC' }, first);
    vi.advanceTimersByTime(100); // the spare starts
    const [busy, spare] = FakeWorker.all;
    expect(spare).toBeDefined();
    busy!.answer({ kind: 'planned', id: busy!.plans()[0]!.id, outcome: noOutcome });
    expect(first.planned).toHaveBeenCalledTimes(1);
    // Its levers are still being worked out when the person types on.
    background.plan({ ...base, from: 'SOC analyst' }, second);
    expect(busy!.terminated).toBe(true);
    expect(spare!.plans().map((p) => p.state.from)).toEqual(['SOC analyst']);
    spare!.answer({ kind: 'planned', id: spare!.plans()[0]!.id, outcome: noOutcome });
    spare!.answer({ kind: 'levers', id: spare!.plans()[0]!.id, levers: [] });
    expect(second.planned).toHaveBeenCalledTimes(1);
    expect(second.levers).toHaveBeenCalledTimes(1);
    expect(first.levers).not.toHaveBeenCalled();
    vi.useRealTimers();
  });

  it('ignores an answer to a plan that was superseded without stopping it', () => {
    FakeWorker.all = [];
    const background = workerBackground(graph, () => new FakeWorker() as unknown as Worker);
    const first = { planned: vi.fn(), levers: vi.fn() };
    const second = { planned: vi.fn(), levers: vi.fn() };
    background.plan({ ...base, from: 'SOC' }, first);
    const [worker] = FakeWorker.all;
    // No spare yet: the newer plan queues behind the older one in the same worker.
    background.plan({ ...base, from: 'SOC analyst' }, second);
    const [older, newer] = worker!.plans();
    worker!.answer({ kind: 'planned', id: older!.id, outcome: noOutcome });
    worker!.answer({ kind: 'planned', id: newer!.id, outcome: noOutcome });
    expect(first.planned).not.toHaveBeenCalled();
    expect(second.planned).toHaveBeenCalledTimes(1);
  });

  it('hands the work to the page when no worker can start, so planning never stops', async () => {
    const background = workerBackground(graph, () => {
      throw new Error('refused by the policy');
    });
    const outcome = await new Promise<PlanOutcome>((resolve) =>
      background.plan({ ...base, from: 'SOC analyst' }, { planned: resolve, levers: () => undefined }),
    );
    expect(outcome.kind).toBe('planned');
    expect(background.where).toBe('page');
  });

  it('stops opening a file when asked, and says so', async () => {
    FakeWorker.all = [];
    const background = workerBackground(graph, () => new FakeWorker() as unknown as Worker);
    const task = background.transfer({
      kind: 'import',
      file: new Blob(['{}']),
      name: 'resume.json',
      today: '2026-12-01T00:00:00Z',
    });
    task.cancel();
    await expect(task.result).rejects.toBeInstanceOf(TransferCancelled);
    expect(FakeWorker.all[0]!.terminated).toBe(true);
  });
});

describe('planning in the page', () => {
  it('plans, then works out the levers of the route shown', async () => {
    const background = pageBackground(graph);
    const state = { ...base, from: 'IT support specialist', route: 1 };
    const found = await new Promise<{ outcome: PlanOutcome; levers: Lever[] }>((resolve) => {
      let outcome: PlanOutcome = noOutcome;
      background.plan(state, { planned: (o) => (outcome = o), levers: (levers) => resolve({ outcome, levers }) });
    });
    expect(found.outcome).toEqual(computePlan(graph, state));
    expect(found.levers).toEqual(leversOf(graph, found.outcome, 1));
  }, 30_000);

  it('answers only the latest of several quick changes', async () => {
    const background = pageBackground(graph);
    const older = { planned: vi.fn(), levers: vi.fn() };
    const latest = await new Promise<PlanOutcome>((resolve) => {
      background.plan({ ...base, from: 'SOC' }, older);
      background.plan({ ...base, from: 'SOC analyst' }, { planned: resolve, levers: () => undefined });
    });
    expect(latest.kind === 'planned' && latest.fromId).toBe('soc-analyst');
    expect(older.planned).not.toHaveBeenCalled();
  });
});
