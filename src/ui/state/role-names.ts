import type { RoleGraph } from '../../graph/role-graph.ts';
import { resolveRole } from '../../planner/resolve-role.ts';
import type { RoleNames } from './initial-state.ts';
import { defaultTargetOf, type Vocabulary } from './planner-state.ts';

export function vocabularyOf(graph: RoleGraph): Vocabulary {
  const roleIds = new Set(graph.nodes());
  return { roleIds, certIds: new Set(graph.getAttribute('certifications').keys()), defaultTarget: defaultTargetOf(roleIds) };
}

/** Ids in storage and links (short, stable across wording changes); titles in the form. */
export function roleNamesOf(graph: RoleGraph): RoleNames {
  return {
    canonical(text) {
      const resolved = resolveRole(graph, text);
      return resolved.ok ? resolved.id : text;
    },
    display(text) {
      return graph.hasNode(text) ? graph.getNodeAttribute(text, 'role').title : text;
    },
  };
}
