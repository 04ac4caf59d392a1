import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GRAPH_DATA_FILE_NAMES, type GraphDataFileName } from '../../src/model/index.ts';
import type { GraphDataTexts } from '../../src/data/parse-files.ts';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
export const MINIMAL_GRAPH_DIR = join(FIXTURES, 'graph', 'minimal');
export const SHIPPED_GRAPH_DIR = join(import.meta.dirname, '..', '..', 'graph-data');

export function readGraphTexts(dir: string): GraphDataTexts {
  const texts: GraphDataTexts = {};
  for (const name of GRAPH_DATA_FILE_NAMES) texts[name] = readFileSync(join(dir, name), 'utf8');
  return texts;
}

export interface PatchOp {
  file: GraphDataFileName;
  op: 'add' | 'replace' | 'remove';
  /** A JSON Pointer; "-" as the last segment appends to an array. */
  path: string;
  value?: unknown;
  /** Copies the value at this pointer of the same file instead of giving `value`. */
  copyFrom?: string;
}

export interface BrokenFixture {
  name: string;
  description: string;
  patch?: PatchOp[];
  raw?: Array<{ file: GraphDataFileName; text: string }>;
  /** Loader options the fault needs, e.g. which role is the information security manager in the small graph. */
  options?: { managerRoleId?: string };
  expect: Array<{ file: string; path: string; message: string; hint?: string }>;
}

function pointer(path: string): string[] {
  return path
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function resolveParent(doc: unknown, segments: string[]): [Record<string, unknown> | unknown[], string] {
  let node = doc as Record<string, unknown>;
  for (const segment of segments.slice(0, -1)) node = node[segment] as Record<string, unknown>;
  return [node, segments[segments.length - 1]!];
}

/** A small JSON Patch (RFC 6902 add/replace/remove) so each broken fixture states only its fault. */
export function applyPatch(texts: GraphDataTexts, ops: PatchOp[]): GraphDataTexts {
  const docs = new Map<GraphDataFileName, unknown>();
  const doc = (file: GraphDataFileName) => {
    if (!docs.has(file)) docs.set(file, JSON.parse(texts[file]!));
    return docs.get(file);
  };
  for (const op of ops) {
    const root = doc(op.file);
    const value = op.copyFrom
      ? structuredClone(pointer(op.copyFrom).reduce<unknown>((n, k) => (n as Record<string, unknown>)[k], root))
      : op.value;
    const [parent, key] = resolveParent(root, pointer(op.path));
    if (Array.isArray(parent)) {
      const index = key === '-' ? parent.length : Number(key);
      if (op.op === 'add') parent.splice(index, 0, value);
      else if (op.op === 'replace') parent[index] = value;
      else parent.splice(index, 1);
    } else if (op.op === 'remove') delete parent[key];
    else parent[key] = value;
  }
  const out = { ...texts };
  for (const [file, value] of docs) out[file] = JSON.stringify(value, null, 2);
  return out;
}

export function brokenFixtures(): BrokenFixture[] {
  const dir = join(FIXTURES, 'graph', 'broken');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({
      name: f.replace(/\.json$/, ''),
      ...(JSON.parse(readFileSync(join(dir, f), 'utf8')) as Omit<BrokenFixture, 'name'>),
    }));
}

export function brokenTexts(fixture: BrokenFixture): GraphDataTexts {
  let texts = readGraphTexts(MINIMAL_GRAPH_DIR);
  if (fixture.patch) texts = applyPatch(texts, fixture.patch);
  for (const { file, text } of fixture.raw ?? []) texts = { ...texts, [file]: text };
  return texts;
}
