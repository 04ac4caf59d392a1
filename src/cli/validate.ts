import { factsByBestTier, timingGaps } from '../data/evidence-checks.ts';
import { SOURCE_TIERS } from '../model/constants.ts';
import { parseCommandArgs } from './args.ts';
import { EXIT, UsageError, type CliIO } from './io.ts';
import { loadGraphForCli } from './load-graph.ts';

export const VALIDATE_HELP = `secpath validate [DIR]
  Validates a graph-data folder (default: the shipped graph-data/): every file, every source
  (none on a refused host; numbers resting only on secondary sources marked low-confidence),
  pay at each role's own SOC code or a named proxy, what people bring to every role from
  mid-career up, and the graph as a whole. Prints its counts, how many facts rest on each best
  tier of source, and the moves and roles with no timing evidence — or every problem found
  (exit 1), e.g. secpath validate my-graph-data`;

export async function runValidate(args: string[], io: CliIO): Promise<number> {
  const { positionals } = parseCommandArgs(args, {}, 1);
  // "" would mean the current folder without saying so.
  if (positionals[0] === '')
    throw new UsageError('the folder name is empty; give a graph-data folder, or none for the shipped one');
  const loaded = loadGraphForCli(io, positionals[0]);
  if (!loaded) return EXIT.fault;
  const { data } = loaded;
  const lines = [
    `ok: ${data.roles.length} roles, ${data.certifications.length} certifications, ${data.transitions.length} transitions, ${data.sources.length} sources, ${data.refusedHosts.length} refused hosts`,
  ];
  const tiers = factsByBestTier(data);
  lines.push('facts by their best source (numbers among them):');
  for (const tier of SOURCE_TIERS)
    lines.push(
      `  ${tier.padEnd(9)} ${String(tiers[tier].facts).padStart(4)} (${tiers[tier].numbers} numbers${tier === 'secondary' ? ', all marked low-confidence' : ''})`,
    );
  const gaps = timingGaps(data);
  lines.push(
    `no timing evidence (no stay of their own and nothing known of what people bring to the next role): ${gaps.moves.length} moves, ${gaps.roles.length} roles`,
  );
  if (gaps.roles.length > 0) lines.push(`  roles: ${gaps.roles.join(', ')}`);
  if (gaps.moves.length > 0) lines.push(`  moves: ${gaps.moves.join(', ')}`);
  io.stdout(`${lines.join('\n')}\n`);
  return EXIT.ok;
}
