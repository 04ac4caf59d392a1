/** Timing helpers for benchmarks: medians and 95th percentiles of repeated runs, never single runs. */

export interface Timing {
  samples: number;
  medianMs: number;
  p95Ms: number;
  minMs: number;
  maxMs: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

export function summarize(samples: readonly number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    samples: sorted.length,
    medianMs: percentile(sorted, 50),
    p95Ms: percentile(sorted, 95),
    minMs: sorted[0] ?? NaN,
    maxMs: sorted[sorted.length - 1] ?? NaN,
  };
}

/** Runs `work` for each input after a warm-up, timing each call. */
export function timeEach<T>(
  inputs: readonly T[],
  work: (input: T) => unknown,
  warmup = Math.min(20, inputs.length),
): Timing {
  for (let i = 0; i < warmup; i++) work(inputs[i % inputs.length]!);
  const samples: number[] = [];
  for (const input of inputs) {
    const start = performance.now();
    work(input);
    samples.push(performance.now() - start);
  }
  return summarize(samples);
}

export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return 'n/a';
  if (ms < 1) return `${(ms * 1000).toFixed(0)} µs`;
  if (ms < 100) return `${ms.toFixed(2)} ms`;
  return `${ms.toFixed(0)} ms`;
}
