import type { RoleGraph } from '../../graph/role-graph.ts';
import { namesOfRole, normalizeRoleName } from '../../names/role-names.ts';
import { resolveRole } from '../../planner/resolve-role.ts';
import type { RoleNames } from './initial-state.ts';
import { defaultTargetOf, type Vocabulary } from './planner-state.ts';

export function vocabularyOf(graph: RoleGraph): Vocabulary {
  const roleIds = new Set(graph.nodes());
  const certs = graph.getAttribute('certifications');
  const roleNames = new Map<string, string>();
  graph.forEachNode((id, { role }) => namesOfRole(role).forEach(({ name }) => roleNames.set(name.toLowerCase(), id)));
  const certNames = new Map<string, string>();
  for (const cert of certs.values())
    for (const name of [cert.id, cert.abbreviation, ...cert.aliases]) certNames.set(name.toLowerCase(), cert.id);
  return {
    roleNames,
    certNames,
    roleIds,
    certIds: new Set(certs.keys()),
    defaultTarget: defaultTargetOf(roleIds),
    roleTitle: (id) => (graph.hasNode(id) ? graph.getNodeAttribute(id, 'role').title : id),
    certLabel: (id) => certs.get(id)?.abbreviation ?? id,
  };
}

/** Names longer than this are no role's; the forgiving match is not tried on them (it grows with the length). */
const MAX_RESOLVED_LENGTH = 80;

/**
 * Ids in storage and links (short, stable across wording changes); titles in the form. The
 * id is found on every change of the form, so it is cheap: an exact title, alias or id first,
 * the forgiving match only for names of a role's length; anything else is kept as typed (the
 * planner resolves it again when the link is opened).
 */
export function roleNamesOf(graph: RoleGraph): RoleNames {
  // A name two roles answer to is left to the forgiving match, which calls it ambiguous.
  const exact = new Map<string, string | null>();
  graph.forEachNode((id, { role }) => {
    for (const { name } of namesOfRole(role)) {
      const key = normalizeRoleName(name);
      exact.set(key, exact.has(key) && exact.get(key) !== id ? null : id);
    }
  });
  return {
    canonical(text) {
      if (text.length > MAX_RESOLVED_LENGTH) return text;
      const known = exact.get(normalizeRoleName(text));
      if (known) return known;
      const resolved = resolveRole(graph, text);
      return resolved.ok ? resolved.id : text;
    },
    display(text) {
      return graph.hasNode(text) ? graph.getNodeAttribute(text, 'role').title : text;
    },
  };
}
