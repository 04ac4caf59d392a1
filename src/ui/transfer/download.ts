/** Hands a file to the browser's download manager; nothing leaves the page. */
export function saveFile(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Chromium reads the blob when the download starts; keep it a moment for slower browsers.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
