import { useRef, useState, type DragEvent } from 'react';
import type { RoleGraph } from '../../graph/role-graph.ts';
import type { PlanView } from '../../export/plan-document.ts';
import { isYearMonth } from '../../export/months.ts';
import { useCatalog } from '../catalog.ts';
import type { GraphImageMaker } from '../graph/graph-image.ts';
import { saveFile } from './download.ts';
import { loadTransfer } from './load-transfer.ts';
import type { ImportOutcome, TextFormat } from './transfer.ts';

export interface TransferPanelProps {
  /** What would be exported now; null while there is no route to export. */
  view: PlanView | null;
  startMonth: string;
  onStartMonth(month: string): void;
  imageMaker: GraphImageMaker | null;
  /** A file was read: apply a plan, review a résumé, or report why neither. */
  onImported(outcome: ImportOutcome): void;
  onProblem(title: string, items: string[]): void;
}

const TEXT_EXPORTS: { format: TextFormat; label: string; hint: string }[] = [
  { format: 'md', label: 'Markdown', hint: 'dated steps, costs, pay and sources, for notes or a wiki' },
  { format: 'json', label: 'Plan file (JSON)', hint: 'opens this exact plan in secpath again' },
  { format: 'ics', label: 'Calendar (.ics)', hint: 'one event per move and certification' },
];

/** Reads files one at a time, refusing huge ones before reading a byte of them. */
async function readFiles(graph: RoleGraph, files: FileList | readonly File[], onImported: TransferPanelProps['onImported']): Promise<void> {
  const transfer = await loadTransfer();
  for (const file of Array.from(files).slice(0, 1)) {
    const big = transfer.tooLarge(file.name, file.size);
    if (big) {
      onImported(big);
      continue;
    }
    onImported(transfer.readImport(graph, await file.text(), file.name));
  }
}

/** Take the plan away (files, image, print) or bring one back (plan file, résumé). */
export function TransferPanel({ view, startMonth, onStartMonth, imageMaker, onImported, onProblem }: TransferPanelProps) {
  const { graph } = useCatalog();
  const [busy, setBusy] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const [monthText, setMonthText] = useState(startMonth);
  const fileInput = useRef<HTMLInputElement>(null);
  if (monthText !== startMonth && isYearMonth(monthText)) setMonthText(startMonth);

  const run = async (label: string, task: () => Promise<void>) => {
    setBusy(label);
    try {
      await task();
    } catch (error) {
      onProblem(`secpath could not finish: ${label}`, [error instanceof Error ? error.message : String(error)]);
    } finally {
      setBusy(null);
    }
  };

  const exportText = (format: TextFormat, label: string) =>
    run(label, async () => {
      if (!view) return;
      const transfer = await loadTransfer();
      const file = transfer.exportPlan(graph, view, format);
      saveFile(file.name, new Blob([file.text], { type: file.type }));
    });

  const exportImage = () =>
    run('Graph image', async () => {
      if (!imageMaker || !view) return;
      const transfer = await loadTransfer();
      saveFile(`${transfer.exportBaseName(view)}.png`, await imageMaker());
    });

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    if (event.dataTransfer.files.length > 0) void run('Open a file', () => readFiles(graph, event.dataTransfer.files, onImported));
  };

  const disabledWhy = view ? undefined : 'Plan a route first';
  return (
    <section className="panel transfer-panel" aria-labelledby="transfer-heading">
      <h2 id="transfer-heading">Keep your plan</h2>
      <div className="transfer-grid">
        <div>
          <label className="field-label" htmlFor="start-month">
            Dates from
          </label>
          <input
            id="start-month"
            type="month"
            value={monthText}
            aria-describedby="start-month-hint"
            onChange={(event) => {
              setMonthText(event.target.value);
              if (isYearMonth(event.target.value)) onStartMonth(event.target.value);
            }}
          />
          <p id="start-month-hint" className="field-hint">
            The month of your first step; the plan, the files and the calendar are dated from it.
          </p>
        </div>
        <div>
          <p className="field-label" id="export-heading">
            Save as
          </p>
          <div className="button-row" role="group" aria-labelledby="export-heading">
            {TEXT_EXPORTS.map(({ format, label, hint }) => (
              <button key={format} type="button" disabled={!view || busy !== null} title={disabledWhy ?? hint} onClick={() => void exportText(format, label)}>
                {label}
              </button>
            ))}
            <button type="button" disabled={!view || !imageMaker || busy !== null} title={disabledWhy ?? (imageMaker ? 'the graph with your route, sized for a slide' : 'The graph is still drawing')} onClick={() => void exportImage()}>
              Graph image (PNG)
            </button>
            <button type="button" disabled={!view} title={disabledWhy ?? 'every route on its own page; choose "Save as PDF" to keep it'} onClick={() => window.print()}>
              Print or PDF
            </button>
          </div>
        </div>
        <div
          className={`drop-zone${dragging ? ' dragging' : ''}`}
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
        >
          <p className="field-label" id="import-heading">
            Open
          </p>
          <p className="field-hint">A plan file saved from secpath, or your résumé as a JSON Resume file. Drop it here or</p>
          <button type="button" disabled={busy !== null} onClick={() => fileInput.current?.click()}>
            Choose a file…
          </button>
          <input
            ref={fileInput}
            type="file"
            accept=".json,application/json"
            className="visually-hidden"
            tabIndex={-1}
            aria-labelledby="import-heading"
            data-testid="import-file"
            onChange={(event) => {
              const files = event.target.files;
              if (files && files.length > 0) void run('Open a file', () => readFiles(graph, files, onImported)).finally(() => (event.target.value = ''));
            }}
          />
        </div>
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {busy ? `${busy}…` : ''}
      </p>
    </section>
  );
}
