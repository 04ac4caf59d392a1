import type { Role } from '../model/index.ts';

/**
 * The form of a role name used to compare what people type with titles and aliases:
 * lower case, "&" as "and", punctuation as spaces, spaces collapsed.
 */
export function normalizeRoleName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/\s+/g, ' ');
}

/** Every name a role answers to: its id (dashes as spaces), title and aliases. */
export function namesOfRole(role: Role): Array<{ name: string; field: 'id' | 'title' | 'aliases'; index?: number }> {
  return [
    { name: role.id, field: 'id' },
    { name: role.title, field: 'title' },
    ...role.aliases.map((name, index) => ({ name, field: 'aliases' as const, index })),
  ];
}
