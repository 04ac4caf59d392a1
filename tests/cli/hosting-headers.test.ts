import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../vite.config.ts';
import { REPO } from '../helpers/cli.ts';

/** Serves a folder with `vite preview` (the project's own configuration) and returns the headers of its page. */
async function previewHeaders(folder: string): Promise<Headers> {
  const vite = join(REPO, 'node_modules', 'vite', 'bin', 'vite.js');
  const server = spawn(process.execPath, [vite, 'preview', '--outDir', folder, '--port', '0', '--host', '127.0.0.1'], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let output = '';
      const timer = setTimeout(() => reject(new Error(`vite preview did not start:\n${output}`)), 30_000);
      server.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /(http:\/\/127\.0\.0\.1:\d+)/.exec(output.replace(/\x1b\[[0-9;]*m/g, ''));
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      });
      server.on('exit', (code) => reject(new Error(`vite preview exited with ${code}:\n${output}`)));
    });
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
