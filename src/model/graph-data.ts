import { z } from 'zod';
import { CertificationSchema } from './certification.ts';
import { DegreeSchema } from './education.ts';
import { RoleSchema } from './role.ts';
import { RefusedHostSchema, SourceSchema } from './source.ts';
import { TransitionSchema } from './transition.ts';

const schemaRef = z.string().optional().describe('Path to the JSON Schema, for editors.');

/** The files of graph-data/, one schema each. The key is the file name. */
export const GRAPH_DATA_FILES = {
  'sources.json': z.object({ $schema: schemaRef, sources: z.array(SourceSchema) }).strict(),
  'roles.json': z.object({ $schema: schemaRef, roles: z.array(RoleSchema) }).strict(),
  'certifications.json': z.object({ $schema: schemaRef, certifications: z.array(CertificationSchema) }).strict(),
  'transitions.json': z.object({ $schema: schemaRef, transitions: z.array(TransitionSchema) }).strict(),
  'education.json': z.object({ $schema: schemaRef, degrees: z.array(DegreeSchema) }).strict(),
  'refused-hosts.json': z.object({ $schema: schemaRef, hosts: z.array(RefusedHostSchema) }).strict(),
} as const;

export type GraphDataFileName = keyof typeof GRAPH_DATA_FILES;
export const GRAPH_DATA_FILE_NAMES = Object.keys(GRAPH_DATA_FILES) as GraphDataFileName[];

export type SourcesFile = z.infer<(typeof GRAPH_DATA_FILES)['sources.json']>;
export type RolesFile = z.infer<(typeof GRAPH_DATA_FILES)['roles.json']>;
export type CertificationsFile = z.infer<(typeof GRAPH_DATA_FILES)['certifications.json']>;
export type TransitionsFile = z.infer<(typeof GRAPH_DATA_FILES)['transitions.json']>;
export type EducationFile = z.infer<(typeof GRAPH_DATA_FILES)['education.json']>;
export type RefusedHostsFile = z.infer<(typeof GRAPH_DATA_FILES)['refused-hosts.json']>;

/** The validated contents of graph-data/ as plain arrays. */
export interface GraphData {
  sources: SourcesFile['sources'];
  roles: RolesFile['roles'];
  certifications: CertificationsFile['certifications'];
  transitions: TransitionsFile['transitions'];
  degrees: EducationFile['degrees'];
  refusedHosts: RefusedHostsFile['hosts'];
}
