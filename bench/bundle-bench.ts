import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const REPO = join(import.meta.dirname, '..');

export interface ChunkSize {
  file: string;
  bytes: number;
  gzipBytes: number;
  /** Loaded by index.html itself (not lazily). */
  initial: boolean;
}

export interface BundleResult {
  chunks: ChunkSize[];
  initialJsGzipBytes: number;
  dataGzipBytes: number;
}

/** Builds the production app and measures every chunk, gzip level 9 as a server would send it. */
export function benchBundle(outDir = join(REPO, 'dist')): BundleResult {
  const vite = join(REPO, 'node_modules', 'vite', 'bin', 'vite.js');
  // Measure what people get: under vitest NODE_ENV is "test", which would bundle React's
  // development build.
  const env = { ...process.env, NODE_ENV: 'production' };
  const build = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'error', '--outDir', outDir], {
    cwd: REPO,
    encoding: 'utf8',
    env,
  });
  if (build.status !== 0) throw new Error(`vite build failed: ${build.stderr}`);
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const initialRefs = new Set([...html.matchAll(/(?:src|href)="\/?([^"]+)"/g)].map((m) => m[1]!));
  const chunks: ChunkSize[] = [];
  const walk = (dir: string, prefix: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      const rel = prefix ? `${prefix}/${name}` : name;
      if (statSync(full).isDirectory()) walk(full, rel);
      else if (/\.(js|css|json)$/.test(name)) {
        const content = readFileSync(full);
        chunks.push({
          file: rel,
          bytes: content.length,
          gzipBytes: gzipSync(content, { level: 9 }).length,
          initial: initialRefs.has(rel),
        });
      }
    }
  };
  walk(join(outDir, 'assets'), 'assets');
  chunks.sort((a, b) => Number(b.initial) - Number(a.initial) || b.gzipBytes - a.gzipBytes);
  return {
    chunks,
    initialJsGzipBytes: chunks.filter((c) => c.initial && c.file.endsWith('.js')).reduce((s, c) => s + c.gzipBytes, 0),
    dataGzipBytes: chunks.filter((c) => /graph-data/.test(c.file)).reduce((s, c) => s + c.gzipBytes, 0),
  };
}
