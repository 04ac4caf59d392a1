import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const REPO = join(import.meta.dirname, '..', '..');

/**
 * Starts `vite preview` with the project's own configuration (and so its headers) on a free
 * port of 127.0.0.1, and resolves with its address once it listens. `args` are added to the
 * command, such as `--outDir <folder>`. The caller stops it with `server.kill()`.
 */
export async function startVitePreview(
  args: string[] = [],
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ server: ChildProcess; url: string }> {
  const vite = join(REPO, 'node_modules', 'vite', 'bin', 'vite.js');
  const server = spawn(
    process.execPath,
    [vite, 'preview', ...args, '--port', '0', '--strictPort', 'false', '--host', '127.0.0.1'],
    { cwd: REPO, env, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  try {
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
      server.on('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`vite preview exited with ${code}:\n${output}`));
      });
    });
    return { server, url };
  } catch (error) {
    server.kill();
    throw error;
  }
}
