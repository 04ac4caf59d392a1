import { closestMatches } from '../names/suggest.ts';
import { terminalText } from '../export/text-safety.ts';
import { PlanInputError } from '../planner/plan.ts';
import { quoted } from './args.ts';
import { GRAPH_HELP, runGraph } from './graph.ts';
import { CliFault, EXIT, secpathPackage, UsageError, type CliIO } from './io.ts';
import { PLAN_HELP, runPlan } from './plan.ts';
import { ROLES_HELP, runRoles } from './roles.ts';
import { SCHEMA_HELP, runSchema } from './schema.ts';
import { VALIDATE_HELP, runValidate } from './validate.ts';

type Command = { run: (args: string[], io: CliIO) => Promise<number>; help: string; summary: string };

const COMMANDS: Record<string, Command> = {
  plan: { run: runPlan, help: PLAN_HELP, summary: 'the best route from the role you hold to the one you want' },
  validate: {
    run: runValidate,
    help: VALIDATE_HELP,
    summary: 'checks a graph-data folder and prints its counts or every problem',
  },
  roles: { run: runRoles, help: ROLES_HELP, summary: 'lists the roles, from feeder to executive' },
  graph: { run: runGraph, help: GRAPH_HELP, summary: 'writes the whole graph as JSON or GraphML' },
  schema: { run: runSchema, help: SCHEMA_HELP, summary: 'writes the JSON Schemas of graph-data and of plan files' },
};

const EXIT_CODES_HELP = `Exit codes: ${EXIT.ok} done; ${EXIT.fault} a fault in the data, a file read or written, or the disk;
  ${EXIT.usage} a wrong command line; ${EXIT.noRoute} no route to the target role.`;

function usage(): string {
  const commands = Object.values(COMMANDS).map((c) => `${c.help.split('\n')[0]}\n    ${c.summary}`);
  return `secpath ${secpathPackage().version}: plan a career route in information security

Usage: secpath <command> [options]; secpath <command> --help lists its options

${commands.join('\n')}

${EXIT_CODES_HELP}
`;
}

/**
 * Runs one command. Every way it can end maps to one exit code here: a wrong command line
 * (UsageError, or a query the planner refuses) to 2, a fault outside it (CliFault: a file, the
 * disk) to 1, each with one line on standard error; the commands return the rest.
 */
export async function main(argv: string[], rawIO: CliIO): Promise<number> {
  // Messages quote what people typed and what files hold; a terminal must not act on any of it.
  const io: CliIO = { ...rawIO, stderr: (text) => rawIO.stderr(terminalText(text)) };
  const [name, ...args] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    io.stdout(usage());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${secpathPackage().version}\n`);
    return EXIT.ok;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    const near = closestMatches(name, Object.keys(COMMANDS), 1);
    io.stderr(
      `secpath: unknown command ${quoted(name)}${near.length ? ` (did you mean "${near[0]}"?)` : ''}; commands: ${Object.keys(COMMANDS).join(', ')}\n`,
    );
    return EXIT.usage;
  }
  const optionsEnd = args.indexOf('--');
  if ((optionsEnd === -1 ? args : args.slice(0, optionsEnd)).some((a) => a === '--help' || a === '-h')) {
    io.stdout(`${command.help}\n\n${EXIT_CODES_HELP}\n`);
    return EXIT.ok;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof PlanInputError) {
      io.stderr(`secpath ${name}: ${error.message}\n`);
      return EXIT.usage;
    }
    if (error instanceof CliFault) {
      io.stderr(`secpath ${name}: ${error.message}\n`);
      return EXIT.fault;
    }
    throw error;
  }
}
