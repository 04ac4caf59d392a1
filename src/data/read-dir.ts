// Node-only: reads a graph-data folder from disk. The rest of the core never touches the file system.
import { readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { GRAPH_DATA_FILE_NAMES } from '../model/index.ts';
import { loadGraphData, type LoadResult } from './load.ts';
import { MAX_GRAPH_DATA_FILE_BYTES, type GraphDataTexts } from './parse-files.ts';
import type { DataIssue } from './issues.ts';

export function readGraphDataDir(dir: string): { texts: GraphDataTexts; issues: DataIssue[] } {
  const texts: GraphDataTexts = {};
  const issues: DataIssue[] = [];
  const shown = relative(process.cwd(), dir) || '.';
  try {
    if (!statSync(dir).isDirectory()) return { texts, issues: [{ file: shown, path: [], message: 'is not a folder' }] };
  } catch {
    return { texts, issues: [{ file: shown, path: [], message: 'does not exist' }] };
  }
  for (const name of GRAPH_DATA_FILE_NAMES) {
    const path = join(dir, name);
    try {
      const size = statSync(path).size;
      if (size > MAX_GRAPH_DATA_FILE_BYTES) {
        issues.push({ file: join(shown, name), path: [], message: `is ${(size / 1024 / 1024).toFixed(1)} MB; a graph-data file is at most ${MAX_GRAPH_DATA_FILE_BYTES / 1024 / 1024} MB` });
        continue;
      }
      texts[name] = readFileSync(path, 'utf8');
    } catch {
      // A missing file is reported by the loader with the list of files it expects.
    }
  }
  return { texts, issues };
}

export function loadGraphDataDir(dir: string): LoadResult {
  const { texts, issues } = readGraphDataDir(dir);
  if (issues.length > 0) return { ok: false, issues };
  const shown = relative(process.cwd(), dir) || '.';
  return loadGraphData(texts, { fileLabel: (name) => join(shown, name) });
}
