/** What opening a file did, shown next to the Open control where the person is. */
export interface ImportReport {
  tone: 'info' | 'warning';
  title: string;
  items: string[];
  /** Whether the report takes keyboard focus (a résumé review takes it itself). */
  focus: boolean;
}
