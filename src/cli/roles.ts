import { terminalText } from '../export/text-safety.ts';
import { ROLE_LEVELS, type Role } from '../model/index.ts';
import { choiceOption, optionHelp, parseCommandArgs, pathOption } from './args.ts';
import { EXIT, type CliIO } from './io.ts';
import { loadGraphForCli } from './load-graph.ts';

const ROLES_FORMATS = ['text', 'json'] as const;

function rolesJson(roles: readonly Role[]): string {
  return `${JSON.stringify(
    roles.map(({ id, title, level, track }) => ({ id, title, level, track })),
    null,
    2,
  )}\n`;
}

/** Grouped by level, one role a line: id, title and track in columns. */
function rolesText(roles: readonly Role[]): string {
  const idWidth = Math.max(...roles.map((r) => r.id.length));
  const titleWidth = Math.max(...roles.map((r) => r.title.length));
  const lines: string[] = [];
  for (const level of ROLE_LEVELS) {
    const atLevel = roles.filter((r) => r.level === level);
    if (atLevel.length === 0) continue;
    lines.push(level, ...atLevel.map((r) => `  ${r.id.padEnd(idWidth)}  ${r.title.padEnd(titleWidth)}  ${r.track}`));
  }
  return terminalText(`${lines.join('\n')}\n`);
}

/** --format to renderer. */
const ROLES_RENDERERS: Record<(typeof ROLES_FORMATS)[number], (roles: readonly Role[]) => string> = {
  text: rolesText,
  json: rolesJson,
};

const ROLES_OPTIONS = {
  format: choiceOption(ROLES_FORMATS, 'text (default) or json, an array of { id, title, level, track }', 'json'),
  data: pathOption('DIR', 'use another graph-data folder', 'my-graph-data'),
};

export const ROLES_HELP = `secpath roles [--format text|json] [--data DIR]
  Lists the roles, from feeder to executive.
${optionHelp(ROLES_OPTIONS)}`;

export async function runRoles(args: string[], io: CliIO): Promise<number> {
  const { values } = parseCommandArgs(args, ROLES_OPTIONS);
  const loaded = loadGraphForCli(io, values.data);
  if (!loaded) return EXIT.fault;
  const roles = [...loaded.data.roles].sort(
    (a, b) => ROLE_LEVELS.indexOf(a.level) - ROLE_LEVELS.indexOf(b.level) || a.title.localeCompare(b.title),
  );
  io.stdout(ROLES_RENDERERS[values.format ?? 'text'](roles));
  return EXIT.ok;
}
