import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

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

  const server: ChildProcess = spawn(process.execPath, [vite, 'preview', '--port', '0', '--strictPort', 'false', '--host', '127.0.0.1'], {
    cwd: REPO,
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`vite preview did not start:\n${output}`)), 30_000);
    server.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+)/.exec(output.replace(/\x1b\[[0-9;]*m/g, ''));
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    server.on('exit', (c) => reject(new Error(`vite preview exited with ${c}:\n${output}`)));
  });
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
