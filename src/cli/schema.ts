import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { jsonSchemaFiles, PLAN_SCHEMA_FILE, planDocumentJsonSchema } from '../data/json-schema.ts';
import { parseCommandArgs } from './args.ts';
import { EXIT_DATA, EXIT_OK, SHIPPED_GRAPH_DATA_DIR, type CliIO } from './io.ts';

export const SCHEMA_HELP = `secpath schema [--check]
  Writes graph-data/schema/*.schema.json (editors use them to validate graph-data files) and
  public/schema/${PLAN_SCHEMA_FILE} (the exported plan format) from the zod schemas.
  With --check, only reports whether they are up to date.`;

export async function runSchema(args: string[], io: CliIO): Promise<number> {
  const { values } = parseCommandArgs('schema', args, { check: { type: 'boolean' } });
  const root = join(SHIPPED_GRAPH_DATA_DIR, '..');
  const files: Record<string, string> = { [`public/schema/${PLAN_SCHEMA_FILE}`]: planDocumentJsonSchema() };
  for (const [name, text] of Object.entries(jsonSchemaFiles())) files[`graph-data/schema/${name}`] = text;
  if (values.check) {
    const stale = Object.entries(files).filter(([path, text]) => {
      try {
        return readFileSync(join(root, path), 'utf8') !== text;
      } catch {
        return true;
      }
    });
    for (const [path] of stale) io.stderr(`${path} is out of date: run "npm run -s secpath -- schema"\n`);
    if (stale.length === 0) io.stdout(`ok: ${Object.keys(files).length} schema files up to date\n`);
    return stale.length === 0 ? EXIT_OK : EXIT_DATA;
  }
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
    io.stdout(`wrote ${path}\n`);
  }
  return EXIT_OK;
}
