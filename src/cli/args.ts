import { parseArgs, type ParseArgsConfig } from 'node:util';
import { closestMatches } from '../data/suggest.ts';
import { UsageError } from './io.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * node:util parseArgs with errors rewritten as one line that names the argument and
 * suggests the closest option.
 */
export function parseCommandArgs<O extends Options>(command: string, args: string[], options: O, allowPositionals = 0) {
  try {
    const parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
    if (parsed.positionals.length > allowPositionals) {
      throw new UsageError(`unexpected argument "${parsed.positionals[allowPositionals]}"`);
    }
    return parsed;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    const unknown = /Unknown option '(-{1,2}[^']+)'/.exec(message);
    if (unknown) {
      const names = Object.keys(options).map((name) => `--${name}`);
      const near = closestMatches(unknown[1]!, names, 2);
      throw new UsageError(`unknown option ${unknown[1]}${near.length ? ` (did you mean ${near.join(' or ')}?)` : ''}`);
    }
    const missing = /Option '(-{1,2}[^']+?)(?: <value>)?' argument missing/.exec(message);
    if (missing) throw new UsageError(`option ${missing[1]} needs a value`);
    throw new UsageError(`${message.split('\n')[0]}`);
  }
}
