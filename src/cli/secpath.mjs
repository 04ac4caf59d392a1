#!/usr/bin/env node
// The `secpath` command. The CLI is written in TypeScript; tsx compiles it on the fly so the
// repository runs without a build step.
import { tsImport } from 'tsx/esm/api';

const { main } = await tsImport('./main.ts', import.meta.url);
process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
});
