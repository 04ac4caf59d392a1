import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { jsonSchemaFiles, schemaFileName } from '../../src/data/json-schema.ts';
import { GRAPH_DATA_FILES, GRAPH_DATA_FILE_NAMES, type GraphDataFileName } from '../../src/model/index.ts';
import { FIXTURES, MINIMAL_GRAPH_DIR, SHIPPED_GRAPH_DIR } from '../helpers/graph-fixtures.ts';

const ajv = new Ajv2020({ allErrors: true, strict: true });
const committed = (file: GraphDataFileName) =>
  JSON.parse(readFileSync(join(SHIPPED_GRAPH_DIR, 'schema', schemaFileName(file)), 'utf8'));
const validators = Object.fromEntries(GRAPH_DATA_FILE_NAMES.map((f) => [f, ajv.compile(committed(f))])) as Record<
  GraphDataFileName,
  ReturnType<typeof ajv.compile>
>;

function verdicts(file: GraphDataFileName, content: unknown) {
  return { zod: GRAPH_DATA_FILES[file].safeParse(content).success, jsonSchema: validators[file](content) as boolean };
}

interface SchemaFixture {
  file: GraphDataFileName;
  valid: boolean;
  content: unknown;
}

const fixtureDir = join(FIXTURES, 'schema');
const fixtures = readdirSync(fixtureDir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => [f, JSON.parse(readFileSync(join(fixtureDir, f), 'utf8')) as SchemaFixture] as const);

describe('the JSON Schema shipped with graph-data', () => {
  it('is what the zod schemas generate today (run "npm run -s secpath -- schema" after changing them)', () => {
    for (const [name, text] of Object.entries(jsonSchemaFiles())) {
      expect(readFileSync(join(SHIPPED_GRAPH_DIR, 'schema', name), 'utf8'), name).toBe(text);
    }
  });

  it('is referenced by every shipped data file, so editors pick it up', () => {
    for (const file of GRAPH_DATA_FILE_NAMES) {
      const data = JSON.parse(readFileSync(join(SHIPPED_GRAPH_DIR, file), 'utf8'));
      expect(data.$schema, file).toBe(`./schema/${schemaFileName(file)}`);
    }
  });

  it('accepts the shipped data and the minimal fixture, as zod does', () => {
    for (const dir of [SHIPPED_GRAPH_DIR, MINIMAL_GRAPH_DIR]) {
      for (const file of GRAPH_DATA_FILE_NAMES) {
        const content = JSON.parse(readFileSync(join(dir, file), 'utf8'));
        expect(verdicts(file, content), `${dir}/${file}`).toEqual({ zod: true, jsonSchema: true });
      }
    }
  });

  for (const [name, fixture] of fixtures) {
    it(`and zod both ${fixture.valid ? 'accept' : 'reject'} ${name}`, () => {
      expect(verdicts(fixture.file, fixture.content)).toEqual({ zod: fixture.valid, jsonSchema: fixture.valid });
    });
  }
});
