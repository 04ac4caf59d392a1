import { useEffect, useRef, useState, type DragEvent } from 'react';
import type { PlanView } from '../../export/plan-document.ts';
import { isYearMonth } from '../../export/months.ts';
import { TransferCancelled, type Background } from '../background/background.ts';
import type { GraphImageMaker } from '../graph/graph-image.ts';
import { Progress } from '../Progress.tsx';
import { saveFile } from './download.ts';
import { exportBaseName } from './file-names.ts';
import type { ImportReport } from './import-report.ts';
import type { ImportOutcome, TextFormat } from './transfer.ts';
import type { RouteCaption } from '../../export/plan-wording.ts';

export interface TransferPanelProps {
  /** What would be exported now; null while there is no route to export. */
  view: PlanView | null;
  startMonth: string;
  onStartMonth(month: string): void;
  imageMaker: GraphImageMaker | null;
  /** The words on the graph image: the chosen route, its timelines and dated moves. */
  caption: RouteCaption | null;
  background: Background;
  /** A file was read: apply a plan, review a résumé, or say why neither; the report is shown by the Open control. */
  onImported(outcome: ImportOutcome): ImportReport;
}

const TEXT_EXPORTS: { format: TextFormat; label: string; hint: string }[] = [
  { format: 'md', label: 'Markdown', hint: 'dated steps, costs, pay and sources, for notes or a wiki' },
  { format: 'json', label: 'Plan file (JSON)', hint: 'opens this exact plan in secpath again' },
  { format: 'ics', label: 'Calendar (.ics)', hint: 'one event per move and certification' },
];

interface Busy {
  label: string;
  since: number;
  stop?: () => void;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** What opening a file did, next to the Open control: focused, so the person sees and hears it where they are. */
function Report({ report }: { report: ImportReport }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!report.focus) return;
    box.current?.scrollIntoView?.({ block: 'nearest' });
    box.current?.focus({ preventScroll: true });
  }, [report]);
  return (
    <div ref={box} className={`import-report ${report.tone}`} tabIndex={-1} role="status" data-testid="import-report">
      <p className="import-report-title">{report.title}</p>
      {report.items.length > 0 && (
        <ul>
          {report.items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Take the plan away (files, image, print) or bring one back (plan file, résumé). */
export function TransferPanel({
  view,
  startMonth,
  onStartMonth,
  imageMaker,
  caption,
  background,
  onImported,
}: TransferPanelProps) {
  const [busy, setBusy] = useState<Busy | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [saveProblem, setSaveProblem] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const [monthText, setMonthText] = useState(startMonth);
  const fileInput = useRef<HTMLInputElement>(null);
  if (monthText !== startMonth && isYearMonth(monthText)) setMonthText(startMonth);

  const exportWith = async (label: string, make: () => Promise<{ name: string; blob: Blob }>) => {
    // eslint-disable-next-line react-hooks/purity -- exportWith runs from the buttons' clicks, never while rendering
    setBusy({ label: `Writing ${label}`, since: performance.now() });
    setSaveProblem(null);
    try {
      const file = await make();
      saveFile(file.name, file.blob);
    } catch (error) {
      setSaveProblem(`secpath could not write ${label}: ${messageOf(error)}`);
    } finally {
      setBusy(null);
    }
  };

  const exportText = (format: TextFormat, label: string) =>
    exportWith(label, async () => {
      if (!view) throw new Error('there is no route yet');
      const result = await background.transfer({ kind: 'export', view, format }).result;
      if (result.kind !== 'exported') throw new Error('the background answered with something else');
      return { name: result.file.name, blob: new Blob([result.file.text], { type: result.file.type }) };
    });

  const exportImage = () =>
    exportWith('the graph image', async () => {
      if (!imageMaker || !view || !caption) throw new Error('the graph is not drawn yet');
      return { name: `${exportBaseName(view)}.png`, blob: await imageMaker(caption) };
    });

  const open = (files: FileList | readonly File[]) => {
    const file = Array.from(files)[0];
    if (!file) return;
    setReport(null);
    const task = background.transfer({ kind: 'import', file, name: file.name, today: new Date().toISOString() });
    setBusy({ label: `Opening ${file.name}`, since: performance.now(), stop: task.cancel });
    task.result
      .then((result) => {
        if (result.kind === 'imported') setReport(onImported(result.outcome));
      })
      .catch((error: unknown) =>
        setReport(
          error instanceof TransferCancelled
            ? { tone: 'info', title: `Stopped opening ${file.name}`, items: ['Your plan is as it was.'], focus: true }
            : {
                tone: 'warning',
                title: `${file.name} was not opened; your plan is as it was`,
                items: [`secpath could not read it: ${messageOf(error)}.`],
                focus: true,
              },
        ),
      )
      .finally(() => setBusy(null));
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    if (event.dataTransfer.files.length > 0 && !busy) open(event.dataTransfer.files);
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
            The month of your first step; the plan, its link, the files and the calendar are dated from it.
          </p>
        </div>
        <div>
          <p className="field-label" id="export-heading">
            Save as
          </p>
          <div className="button-row" role="group" aria-labelledby="export-heading">
            {TEXT_EXPORTS.map(({ format, label, hint }) => (
              <button
                key={format}
                type="button"
                disabled={!view || busy !== null}
                title={disabledWhy ?? hint}
                onClick={() => void exportText(format, label)}
              >
                {label}
              </button>
            ))}
            <button
              type="button"
              disabled={!view || !imageMaker || !caption || busy !== null}
              title={
                disabledWhy ??
                (imageMaker ? 'the graph with your route, sized for a slide' : 'The graph is still drawing')
              }
              onClick={() => void exportImage()}
            >
              Graph image (PNG)
            </button>
            <button
              type="button"
              disabled={!view}
              title={disabledWhy ?? 'every route on its own page; choose "Save as PDF" to keep it'}
              onClick={() => window.print()}
            >
              Print or PDF
            </button>
          </div>
          {saveProblem && (
            <p className="field-status invalid" role="alert">
              {saveProblem}
            </p>
          )}
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
          <p className="field-hint">
            A plan file saved from secpath, or your résumé as a JSON Resume file. Drop it here or
          </p>
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
              if (files && files.length > 0) open(files);
              event.target.value = '';
            }}
          />
          {busy?.stop && (
            <Progress label={busy.label} since={busy.since} onStop={busy.stop} className="import-progress" />
          )}
          {report && <Report report={report} />}
        </div>
      </div>
      {busy && !busy.stop && <Progress label={busy.label} since={busy.since} />}
    </section>
  );
}
