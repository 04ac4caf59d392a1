import { describeValue } from '../input/issues.ts';
import { closestMatches } from '../names/suggest.ts';
import { UsageError } from './io.ts';

/**
 * One option of a command: how it is written in help, an example, and the parser that checks
 * its value. Each value is checked here, once, as it is read, and reaches the command typed.
 */
export interface OptionSpec<T = unknown> {
  /** "value": --name VALUE or --name=VALUE; "flag": --name alone. */
  takes: 'value' | 'flag';
  /** May be given several times (--cert); every other option is refused when repeated. */
  repeatable: boolean;
  /** The value as help shows it: "ROLE", "N", "FILE". */
  placeholder: string;
  help: string;
  /** An example value, shown in help as "--name example". */
  example?: string;
  parse(text: string, option: string): T;
}

type ValueOf<S> = S extends OptionSpec<infer T> ? (S extends { repeatable: true } ? T[] : T) : never;

/** The parsed values of a command's options, each typed by its parser; an option not given is undefined. */
export type OptionValues<O extends Record<string, OptionSpec>> = { [K in keyof O]?: ValueOf<O[K]> };

/** Shows a value from the command line in a message: quoted, control characters escaped, cut when long. */
export function quoted(text: string): string {
  return describeValue(text);
}

export function valueOption<T>(
  placeholder: string,
  help: string,
  parse: (text: string, option: string) => T,
  example?: string,
): OptionSpec<T> & { repeatable: false } {
  return { takes: 'value', repeatable: false, placeholder, help, parse, ...(example === undefined ? {} : { example }) };
}

/** A free text value such as a role name; only an empty value is refused here. */
export function textOption(
  placeholder: string,
  help: string,
  example?: string,
): OptionSpec<string> & { repeatable: false } {
  return valueOption(
    placeholder,
    help,
    (text, option) => {
      if (text.trim() === '') throw new UsageError(`${option} needs a value, and it is empty`);
      return text;
    },
    example,
  );
}

/** A path; "" would quietly mean the current folder, so it is refused. */
export function pathOption(
  placeholder: string,
  help: string,
  example?: string,
): OptionSpec<string> & { repeatable: false } {
  return valueOption(
    placeholder,
    help,
    (text, option) => {
      if (text === '')
        throw new UsageError(`${option}: the ${placeholder === 'DIR' ? 'folder' : 'file'} name is empty`);
      return text;
    },
    example,
  );
}

/** One of a fixed list of words, with the closest one suggested. */
export function choiceOption<T extends string>(
  allowed: readonly T[],
  help: string,
  example?: string,
): OptionSpec<T> & { repeatable: false } {
  return valueOption(allowed.join('|'), help, (text, option) => oneOf(option, text, allowed), example);
}

export function flagOption(help: string): OptionSpec<true> & { repeatable: false } {
  return { takes: 'flag', repeatable: false, placeholder: '', help, parse: () => true };
}

export function repeatable<T>(spec: OptionSpec<T>): OptionSpec<T> & { repeatable: true } {
  return { ...spec, repeatable: true };
}

/** Checks a value against the allowed ones, suggesting the closest. */
export function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  const found = allowed.find((a) => a === value);
  if (found !== undefined) return found;
  const near = closestMatches(value, allowed, 1);
  const hint = near.length > 0 ? ` (did you mean "${near[0]}"?)` : '';
  throw new UsageError(`${option} must be one of ${allowed.join(', ')}; got ${quoted(value)}${hint}`);
}

export interface ParsedArgs<O extends Record<string, OptionSpec>> {
  values: OptionValues<O>;
  positionals: string[];
}

/**
 * Reads a command's arguments against its option table. Beyond node:util's parseArgs, it
 * takes "--years-it -1" as the value "-1" (which the option's parser then names), says what
 * "--from --to" lacks instead of "argument is ambiguous", and refuses an option given twice.
 */
export function parseCommandArgs<O extends Record<string, OptionSpec>>(
  args: readonly string[],
  options: O,
  maxPositionals = 0,
): ParsedArgs<O> {
  const values: Record<string, unknown> = {};
  const given = new Map<string, string>();
  const positionals: string[] = [];
  let previousWasValue: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      if (positionals.length >= maxPositionals) throw unexpected(arg, previousWasValue);
      positionals.push(arg);
      previousWasValue = undefined;
      continue;
    }
    const equals = arg.indexOf('=');
    const written = equals === -1 ? arg : arg.slice(0, equals);
    const name = written.startsWith('--') ? written.slice(2) : '';
    const spec = name !== '' && Object.hasOwn(options, name) ? options[name] : undefined;
    if (!spec) throw unknownOption(written, options);
    let text: string;
    if (spec.takes === 'flag') {
      if (equals !== -1) throw new UsageError(`${written} takes no value; got ${quoted(arg.slice(equals + 1))}`);
      text = '';
    } else if (equals !== -1) text = arg.slice(equals + 1);
    else {
      const next = args[i + 1];
      if (next === undefined)
        throw new UsageError(`${written} needs a value${spec.example ? `, e.g. ${written} ${spec.example}` : ''}`);
      const nextName = next.startsWith('--') ? next.slice(2).split('=')[0]! : '';
      if (nextName !== '' && (Object.hasOwn(options, nextName) || next === '--help')) {
        throw new UsageError(
          `${written} needs a value before ${next.split('=')[0]} (if ${quoted(next)} is the value, write ${written}=${next})`,
        );
      }
      text = next;
      i++;
    }
    const value = spec.parse(text, written);
    if (spec.repeatable) {
      const list = (values[name] as unknown[] | undefined) ?? [];
      list.push(value);
      values[name] = list;
    } else if (given.has(name)) {
      throw new UsageError(`${written} is given twice (${quoted(given.get(name)!)} and ${quoted(text)}); give it once`);
    } else values[name] = value;
    given.set(name, text);
    previousWasValue = spec.takes === 'value' && equals === -1 ? written : undefined;
  }
  return { values: values as OptionValues<O>, positionals };
}

function unexpected(arg: string, afterOption: string | undefined): UsageError {
  // Only a short word is echoed in the hint; anything longer is already shown, cut, above.
  const hint =
    afterOption && arg.length <= 40 && !/[\u0000-\u001f"]/.test(arg)
      ? ` (a value with spaces needs quotes: ${afterOption} "... ${arg}")`
      : '';
  return new UsageError(`unexpected argument ${quoted(arg)}${hint}`);
}

function unknownOption(written: string, options: Record<string, OptionSpec>): UsageError {
  const names = Object.keys(options).map((name) => `--${name}`);
  const near = closestMatches(written, names, 2);
  const shown = written.length <= 40 && /^--?[\w-]*$/.test(written) ? written : quoted(written);
  return new UsageError(`unknown option ${shown}${near.length ? ` (did you mean ${near.join(' or ')}?)` : ''}`);
}

const HELP_WIDTH = 96;

/** Lays words out in lines of at most `width` characters (a word longer than that gets a line of its own). */
function wrap(words: readonly string[], width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  return [...lines, line];
}

/**
 * Help lines for an option table, one entry per option with its example:
 *   --years-it N          years of IT experience (e.g. --years-it 2.5)
 * A long option name puts its text on the next line; text wraps at 96 columns.
 */
export function optionHelp(options: Record<string, OptionSpec>): string {
  const column = 28;
  return Object.entries(options)
    .flatMap(([name, spec]) => {
      const left = `  --${name}${spec.takes === 'value' ? ` ${spec.placeholder}` : ''}`;
      // The example stays whole on one line, so it can be copied.
      const words = `${spec.help}${spec.repeatable ? '; repeat it for several' : ''}`.split(' ');
      const text = wrap(
        spec.example === undefined ? words : [...words, `(e.g. --${name} ${spec.example})`],
        HELP_WIDTH - column,
      );
      const indent = ' '.repeat(column);
      if (left.length + 2 > column) return [left, ...text.map((line) => `${indent}${line}`)];
      return text.map((line, i) => (i === 0 ? `${left.padEnd(column)}${line}` : `${indent}${line}`));
    })
    .join('\n');
}
