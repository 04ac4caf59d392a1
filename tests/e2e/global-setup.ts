import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startVitePreview } from '../helpers/vite-preview.ts';

const REPO = join(import.meta.dirname, '..', '..');

/**
 * Builds the app once and serves the production build with `vite preview`, so end-to-end
 * tests see exactly what people get: the same chunks, headers and lazy loading.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const vite = join(REPO, 'node_modules', 'vite', 'bin', 'vite.js');
  // vitest runs with NODE_ENV=test, which would make the build bundle React's development
  // copy (several times slower); build what people get.
  const env = { ...process.env, NODE_ENV: 'production' };
  const build = spawn(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: REPO, stdio: 'inherit', env });
  const [code] = await once(build, 'exit');
  if (code !== 0) throw new Error(`vite build failed with exit code ${code}`);

  const { server, url } = await startVitePreview([], env);
  project.provide('baseUrl', url);
  return async () => {
    server.kill();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
