import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { jsonSchemaFiles, PLAN_SCHEMA_FILE, planDocumentJsonSchema } from '../data/json-schema.ts';
import { flagOption, parseCommandArgs } from './args.ts';
import { CliFault, EXIT, NODE_FILES, secpathPackage, type CliIO } from './io.ts';
import { writeFileAtomically } from './write-output.ts';

export const SCHEMA_HELP = `secpath schema [--check]
  Writes graph-data/schema/*.schema.json (editors use them to validate graph-data files) and
  public/schema/${PLAN_SCHEMA_FILE} (the exported plan format) from the zod schemas.
  With --check, only reports whether they are up to date.`;

export async function runSchema(args: string[], io: CliIO): Promise<number> {
  const { values } = parseCommandArgs(args, {
    check: flagOption('only report whether the schema files are up to date'),
  });
  const root = secpathPackage().root;
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
    return stale.length === 0 ? EXIT.ok : EXIT.fault;
  }
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileAtomically(NODE_FILES, join(root, path), text, (what) => new CliFault(`${path}: ${what}`));
    io.stdout(`wrote ${path}\n`);
  }
  return EXIT.ok;
}
