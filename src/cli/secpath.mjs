#!/usr/bin/env node
// The `secpath` command. It runs the bundle that `npm install` builds into
// node_modules/.cache/secpath-cli/main.mjs (one file starts several times faster), and the
// TypeScript sources through tsx whenever that bundle is missing or older than a source file:
// after `npm ci --omit=dev`, which has no vite to build it, and while someone edits the code.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { EXIT } from './exit-codes.mjs';

// Standard output closed early (`| head`) or full (`> /dev/full`): one line, no stack trace, a fault.
process.stdout.on('error', (error) => {
  const why =
    error.code === 'EPIPE'
      ? 'it was closed before all output was written'
      : error.code === 'ENOSPC'
        ? 'the disk is full'
        : error.message;
  try {
    process.stderr.write(`secpath: cannot write to standard output: ${why}${error.code ? ` (${error.code})` : ''}\n`);
  } finally {
    process.exit(EXIT.fault);
  }
});

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const bundle = join(root, 'node_modules', '.cache', 'secpath-cli', 'main.mjs');

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'ui') continue; // the web app is not part of the CLI
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

async function loadMain() {
  if (existsSync(bundle) && statSync(bundle).mtimeMs >= newestSource(join(root, 'src')))
    return import(pathToFileURL(bundle).href);
  let tsx;
  try {
    tsx = await import('tsx/esm/api');
  } catch {
    process.stderr.write(
      'secpath: the CLI is not built and tsx, which runs it from its sources, is not installed; run "npm install" in the secpath folder\n',
    );
    process.exit(EXIT.fault);
  }
  return tsx.tsImport('./main.ts', import.meta.url);
}

const { main } = await loadMain();
process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
});
