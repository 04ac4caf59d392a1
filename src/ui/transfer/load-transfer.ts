type TransferModule = typeof import('./transfer.ts');

let loading: Promise<TransferModule> | null = null;

/** The export and import code, fetched once; a failed fetch (offline before it loaded) may be retried. */
export function loadTransfer(): Promise<TransferModule> {
  loading ??= import('./transfer.ts').catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

/** Fetches the chunk when the page has nothing else to do, so it is there before the first click. */
export function prefetchTransfer(): void {
  const start = () => void loadTransfer().catch(() => undefined);
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(start, { timeout: 3000 });
  else setTimeout(start, 1000);
}
