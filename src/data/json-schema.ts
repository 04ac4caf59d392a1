import { z } from 'zod';
import { GRAPH_DATA_FILES, GRAPH_DATA_FILE_NAMES, PLAN_DOCUMENT_VERSION, PlanDocumentSchema } from '../model/index.ts';

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

/** Where the plan document's schema is published: served by the web app at /schema/. */
export const PLAN_SCHEMA_FILE = `secpath-plan-v${PLAN_DOCUMENT_VERSION}.schema.json`;

/** JSON Schema of the exported plan document, for people who process plan files. */
export function planDocumentJsonSchema(): string {
  const schema = z.toJSONSchema(PlanDocumentSchema, { io: 'input', target: 'draft-2020-12' });
  return `${JSON.stringify({ ...schema, $id: `https://secpath.local/schema/${PLAN_SCHEMA_FILE}`, title: `secpath plan document, version ${PLAN_DOCUMENT_VERSION}` }, null, 2)}\n`;
}
