import { z } from 'zod';
import { GRAPH_DATA_FILES, GRAPH_DATA_FILE_NAMES } from '../model/index.ts';

/** The JSON Schema file name that describes a graph-data file. */
export function schemaFileName(dataFile: string): string {
  return dataFile.replace(/\.json$/, '.schema.json');
}

/** JSON Schema (draft 2020-12) text for every graph-data file, keyed by schema file name. */
export function jsonSchemaFiles(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const file of GRAPH_DATA_FILE_NAMES) {
    const schema = z.toJSONSchema(GRAPH_DATA_FILES[file], { io: 'input', target: 'draft-2020-12' });
    const withId = { ...schema, $id: `https://secpath.local/schema/${schemaFileName(file)}`, title: `secpath ${file}` };
    out[schemaFileName(file)] = JSON.stringify(withId, null, 2) + '\n';
  }
  return out;
}
