import { checkNumberText, type NumberRule } from '../../model/profile-rules.ts';

/** What a number field holds: nothing (an emptied field), a value, or what to type instead. */
export type NumberEntry = { value?: number; error?: string };

/**
 * Reads what was typed in a number field by the same rule as the command line, links and saved
 * plans (profile-rules), so "2,5" or "1e3" is refused here as it is there. An empty field is no
 * number at all: the plan counts none, as for a field never touched.
 */
export function readNumberEntry(text: string, rule: NumberRule): NumberEntry {
  if (text.trim() === '') return {};
  const checked = checkNumberText(text, rule);
  if (checked.ok) return { value: checked.value };
  // Too big rather than not a number: the same rule without its ceiling takes it.
  if (checkNumberText(text, { ...rule, max: Number.POSITIVE_INFINITY }).ok)
    return { error: `Enter at most ${rule.max}.` };
  return { error: `Enter ${rule.whole ? 'a whole number' : 'a number'} from ${rule.min} to ${rule.max}.` };
}
