import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const RESULTS = join(import.meta.dirname, '..', '..', '.test-results');

/** Records how many inputs a fuzz suite tried; tests/run-all.sh prints the totals. */
export function reportFuzzCount(door: string, count: number): void {
  console.log(`fuzz: ${door}: ${count} inputs tried`);
  try {
    mkdirSync(RESULTS, { recursive: true });
    appendFileSync(join(RESULTS, 'fuzz-counts.txt'), `${door}\t${count}\n`);
  } catch {
    // Reporting is best effort: the count is for people reading the run, no test checks it.
  }
}
