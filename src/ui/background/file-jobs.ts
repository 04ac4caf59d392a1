import type { RoleGraph } from '../../graph/role-graph.ts';
import { exportPlan, readImport, tooLarge } from '../transfer/transfer.ts';
import type { TransferJob, TransferResult } from './protocol.ts';

/** Opens a file (refusing a huge one before reading a byte of it) or writes the plan in a format. */
export async function runTransfer(graph: RoleGraph, job: TransferJob): Promise<TransferResult> {
  if (job.kind === 'export') return { kind: 'exported', file: exportPlan(graph, job.view, job.format) };
  const big = tooLarge(job.name, job.file.size);
  if (big) return { kind: 'imported', outcome: big };
  return { kind: 'imported', outcome: readImport(graph, await job.file.text(), job.name, new Date(job.today)) };
}
