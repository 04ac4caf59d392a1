import type { RoleGraph } from '../graph/role-graph.ts';
import type { Role, Transition } from '../model/index.ts';
import { xmlText } from './text-safety.ts';

/** Escapes text for XML content and attribute values, dropping characters XML 1.0 forbids (see xmlText). */
export const xmlEscape = xmlText;

type KeyType = 'string' | 'int' | 'double';
interface Key<T> {
  id: string;
  name: string;
  type: KeyType;
  value: (item: T) => string | number | undefined;
}

const years = (y: number | { min: number; max: number }) => (typeof y === 'number' ? `${y}` : `${y.min}-${y.max}`);

const NODE_KEYS: Array<Key<Role>> = [
  { id: 'title', name: 'title', type: 'string', value: (r) => r.title },
  { id: 'level', name: 'level', type: 'string', value: (r) => r.level },
  { id: 'track', name: 'track', type: 'string', value: (r) => r.track },
  { id: 'aliases', name: 'aliases', type: 'string', value: (r) => r.aliases.join('; ') },
  { id: 'summary', name: 'summary', type: 'string', value: (r) => r.summary },
  { id: 'countsAs', name: 'countsAs', type: 'string', value: (r) => r.countsAs.join('; ') },
  {
    id: 'typicalEntryExperience',
    name: 'typicalEntryExperience',
    type: 'string',
    value: (r) =>
      r.entry === null
        ? 'unknown'
        : r.entry.experience.map((e) => `${years(e.years)}y ${e.kinds.join('/')}`).join('; ') || 'none',
  },
  {
    id: 'medianPayUsd',
    name: 'medianPayUsd',
    type: 'int',
    value: (r) => r.pay.find((p) => p.basis === 'wage')?.medianUsd,
  },
  { id: 'payPeriod', name: 'payPeriod', type: 'string', value: (r) => r.pay.find((p) => p.basis === 'wage')?.period },
  { id: 'growthPercent', name: 'growthPercent', type: 'double', value: (r) => r.outlook[0]?.growthPercent },
  { id: 'onet', name: 'onet', type: 'string', value: (r) => r.codes.onet.map((c) => c.code).join('; ') || undefined },
  { id: 'nice', name: 'nice', type: 'string', value: (r) => r.codes.nice.map((c) => c.id).join('; ') || undefined },
  { id: 'sources', name: 'sources', type: 'string', value: (r) => r.sources.join('; ') },
];

const EDGE_KEYS: Array<Key<Transition>> = [
  { id: 'kind', name: 'kind', type: 'string', value: (t) => t.kind },
  {
    id: 'minimumExperience',
    name: 'minimumExperience',
    type: 'string',
    value: (t) =>
      t.minimumExperience === null
        ? 'unknown'
        : t.minimumExperience.map((e) => `${e.years}y ${e.kinds.join('/')}`).join('; ') || 'none',
  },
  {
    id: 'typicalStayMonths',
    name: 'typicalStayMonths',
    type: 'string',
    value: (t) => (t.stay.typical === null ? 'unknown' : years(t.stay.typical.months)),
  },
  { id: 'minimumStayMonths', name: 'minimumStayMonths', type: 'int', value: (t) => t.stay.minimum?.months },
  {
    id: 'minimumEducation',
    name: 'minimumEducation',
    type: 'string',
    value: (t) => t.education.minimum?.level ?? 'unknown',
  },
  {
    id: 'requiredCertifications',
    name: 'requiredCertifications',
    type: 'string',
    value: (t) => t.certifications.required.map((g) => g.anyOf.join(' or ')).join('; ') || undefined,
  },
  {
    id: 'expectedCertifications',
    name: 'expectedCertifications',
    type: 'string',
    value: (t) => t.certifications.expected.map((e) => e.id).join('; ') || undefined,
  },
  { id: 'sources', name: 'sources', type: 'string', value: (t) => t.sources.join('; ') },
];

function keyElements<T>(keys: Array<Key<T>>, domain: 'node' | 'edge'): string {
  return keys
    .map(
      (k) =>
        `  <key id="${domain === 'node' ? 'n' : 'e'}_${k.id}" for="${domain}" attr.name="${k.name}" attr.type="${k.type}"/>`,
    )
    .join('\n');
}

function dataElements<T>(keys: Array<Key<T>>, item: T, prefix: string, indent: string): string {
  return keys
    .map((k) => [k, k.value(item)] as const)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${indent}<data key="${prefix}_${k.id}">${xmlEscape(String(v))}</data>`)
    .join('\n');
}

/** The graph as GraphML 1.0, readable by Gephi, yEd, Cytoscape desktop and graph databases. */
export function graphToGraphML(graph: RoleGraph): string {
  const nodes: string[] = [];
  graph.forEachNode((id, { role }) => {
    nodes.push(`    <node id="${xmlEscape(id)}">\n${dataElements(NODE_KEYS, role, 'n', '      ')}\n    </node>`);
  });
  const edges: string[] = [];
  graph.forEachEdge((key, { transition }, source, target) => {
    edges.push(
      `    <edge id="${xmlEscape(key)}" source="${xmlEscape(source)}" target="${xmlEscape(target)}">\n${dataElements(EDGE_KEYS, transition, 'e', '      ')}\n    </edge>`,
    );
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
${keyElements(NODE_KEYS, 'node')}
${keyElements(EDGE_KEYS, 'edge')}
  <graph id="secpath" edgedefault="directed">
${nodes.join('\n')}
${edges.join('\n')}
  </graph>
</graphml>
`;
}
