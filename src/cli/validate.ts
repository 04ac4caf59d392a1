import { parseCommandArgs } from './args.ts';
import { EXIT_DATA, EXIT_OK, type CliIO } from './io.ts';
import { loadGraphForCli } from './load-graph.ts';

export const VALIDATE_HELP = `secpath validate [dir]
  Validates a graph-data folder (default: the shipped graph-data/) and prints its counts,
  or every problem found (exit 1).`;

export async function runValidate(args: string[], io: CliIO): Promise<number> {
  const { positionals } = parseCommandArgs('validate', args, {}, 1);
  const loaded = loadGraphForCli(io, positionals[0]);
  if (!loaded) return EXIT_DATA;
  const { data } = loaded;
  io.stdout(
    `ok: ${data.roles.length} roles, ${data.certifications.length} certifications, ${data.transitions.length} transitions, ${data.sources.length} sources\n`,
  );
  return EXIT_OK;
}
