import type { PlanView } from '../../export/plan-document.ts';
import type { Lever } from '../../model/plan.ts';
import type { PlanOutcome } from '../state/plan-outcome.ts';
import type { PlannerState } from '../state/planner-state.ts';
import type { ExportFile, ImportOutcome, TextFormat } from '../transfer/transfer.ts';

/** A file job: open what the person chose, or write the plan shown in a format. */
export type TransferJob =
  { kind: 'import'; file: Blob; name: string; today: string } | { kind: 'export'; view: PlanView; format: TextFormat };

export type TransferResult = { kind: 'imported'; outcome: ImportOutcome } | { kind: 'exported'; file: ExportFile };

/** What the page sends the background. */
export type ToBackground =
  | { kind: 'init'; data: string }
  | { kind: 'plan'; id: number; state: PlannerState; routeIndex: number }
  | { kind: 'transfer'; id: number; job: TransferJob };

/** What the background answers: a plan first, the levers of its route after (they take longer). */
export type FromBackground =
  | { kind: 'planned'; id: number; outcome: PlanOutcome }
  | { kind: 'levers'; id: number; levers: Lever[] }
  | { kind: 'transferred'; id: number; result: TransferResult }
  | { kind: 'failed'; id: number; message: string };
