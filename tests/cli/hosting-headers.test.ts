import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../vite.config.ts';
import { startVitePreview } from '../helpers/vite-preview.ts';

/** Serves a folder with `vite preview` (the project's own configuration) and returns the headers of its page. */
async function previewHeaders(folder: string): Promise<Headers> {
  const { server, url } = await startVitePreview(['--outDir', folder]);
  try {
    return (await fetch(`${url}/`)).headers;
  } finally {
    server.kill();
  }
}

describe('the headers a host must send (README, "Hosting")', () => {
  it('are sent by the preview server: the policy with framing forbidden, nosniff and no referrer', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'secpath-preview-'));
    writeFileSync(join(folder, 'index.html'), '<!doctype html><title>secpath</title>');
    const headers = await previewHeaders(folder);
    expect(headers.get('content-security-policy')).toBe(`${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('referrer-policy')).toBe('no-referrer');
  }, 60_000);
});
