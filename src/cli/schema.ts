import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemaFiles } from '../data/json-schema.ts';
import { parseCommandArgs } from './args.ts';
import { EXIT_DATA, EXIT_OK, SHIPPED_GRAPH_DATA_DIR, type CliIO } from './io.ts';

export const SCHEMA_HELP = `secpath schema [--check]
  Writes graph-data/schema/*.schema.json from the zod schemas (editors use them to
  validate graph-data files). With --check, only reports whether they are up to date.`;

export async function runSchema(args: string[], io: CliIO): Promise<number> {
  const { values } = parseCommandArgs('schema', args, { check: { type: 'boolean' } });
  const dir = join(SHIPPED_GRAPH_DATA_DIR, 'schema');
  const files = jsonSchemaFiles();
  if (values.check) {
    const stale = Object.entries(files).filter(([name, text]) => {
      try {
        return readFileSync(join(dir, name), 'utf8') !== text;
      } catch {
        return true;
      }
    });
    for (const [name] of stale) io.stderr(`graph-data/schema/${name} is out of date: run "npm run -s secpath -- schema"\n`);
    if (stale.length === 0) io.stdout(`ok: ${Object.keys(files).length} schema files up to date\n`);
    return stale.length === 0 ? EXIT_OK : EXIT_DATA;
  }
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    writeFileSync(join(dir, name), text);
    io.stdout(`wrote graph-data/schema/${name}\n`);
  }
  return EXIT_OK;
}
