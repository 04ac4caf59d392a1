import { formatIssue, GraphDataError } from '../data/issues.ts';
import { GRAPH_HELP, runGraph } from './graph.ts';
import { PLAN_HELP, runPlan } from './plan.ts';
import { EXIT_USAGE, UsageError, type CliIO } from './io.ts';
import { closestMatches } from '../data/suggest.ts';
import { PlanInputError } from '../planner/plan.ts';
import { ROLES_HELP, runRoles } from './roles.ts';
import { SCHEMA_HELP, runSchema } from './schema.ts';
import { VALIDATE_HELP, runValidate } from './validate.ts';

type Command = { run: (args: string[], io: CliIO) => Promise<number>; help: string };

const COMMANDS: Record<string, Command> = {
  plan: { run: runPlan, help: PLAN_HELP },
  validate: { run: runValidate, help: VALIDATE_HELP },
  roles: { run: runRoles, help: ROLES_HELP },
  graph: { run: runGraph, help: GRAPH_HELP },
  schema: { run: runSchema, help: SCHEMA_HELP },
};

function usage(): string {
  return `secpath: plan a career route in information security\n\nUsage: secpath <command> [options]\n\n${Object.values(COMMANDS)
    .map((c) => c.help)
    .join('\n\n')}\n`;
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    io.stdout(usage());
    return name === undefined ? EXIT_USAGE : 0;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    const near = closestMatches(name, Object.keys(COMMANDS), 1);
    io.stderr(`secpath: unknown command "${name}"${near.length ? ` (did you mean "${near[0]}"?)` : ''}; commands: ${Object.keys(COMMANDS).join(', ')}\n`);
    return EXIT_USAGE;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(`${command.help}\n`);
    return 0;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`secpath ${name}: ${error.message}\n`);
      return EXIT_USAGE;
    }
    if (error instanceof PlanInputError) {
      io.stderr(`secpath ${name}: ${error.message}\n`);
      return EXIT_USAGE;
    }
    if (error instanceof GraphDataError) {
      for (const issue of error.issues) io.stderr(`${formatIssue(issue)}\n`);
      return 1;
    }
    throw error;
  }
}
