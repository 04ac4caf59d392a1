import { parseCommandArgs } from './args.ts';
import { EXIT_DATA, EXIT_OK, oneOf, type CliIO } from './io.ts';
import { loadGraphForCli } from './load-graph.ts';
import { ROLE_LEVELS } from '../model/index.ts';

export const ROLES_HELP = `secpath roles [--format text|json] [--data DIR]
  Lists the roles, from feeder to executive.`;

export async function runRoles(args: string[], io: CliIO): Promise<number> {
  const { values } = parseCommandArgs('roles', args, { format: { type: 'string' }, data: { type: 'string' } });
  const format = oneOf('--format', values.format, ['text', 'json'] as const, 'text');
  const loaded = loadGraphForCli(io, values.data);
  if (!loaded) return EXIT_DATA;
  const roles = [...loaded.data.roles].sort(
    (a, b) => ROLE_LEVELS.indexOf(a.level) - ROLE_LEVELS.indexOf(b.level) || a.title.localeCompare(b.title),
  );
  if (format === 'json') {
    io.stdout(`${JSON.stringify(roles.map(({ id, title, level, track }) => ({ id, title, level, track })), null, 2)}\n`);
    return EXIT_OK;
  }
  const idWidth = Math.max(...roles.map((r) => r.id.length));
  const titleWidth = Math.max(...roles.map((r) => r.title.length));
  for (const level of ROLE_LEVELS) {
    const atLevel = roles.filter((r) => r.level === level);
    if (atLevel.length === 0) continue;
    io.stdout(`${level}\n`);
    for (const r of atLevel) io.stdout(`  ${r.id.padEnd(idWidth)}  ${r.title.padEnd(titleWidth)}  ${r.track}\n`);
  }
  return EXIT_OK;
}
