import type { DataIssue } from '../../input/issues.ts';
import { routeName } from '../../export/plan-wording.ts';
import { EXPERIENCE_KIND_LABELS, type ExperienceKind } from '../../model/constants.ts';

/**
 * What is wrong with a file a person opened, in their words: "The current role: ..." or "The
 * file is not valid JSON (line 3, column 5)." — never a JSON path ("$.query.from") or the
 * parser's own message. The notice around it names the file.
 */

const ordinal = (index: unknown) => (typeof index === 'number' ? ` ${index + 1}` : '');

const QUERY_FIELDS: Record<string, string> = {
  from: 'the current role',
  to: 'the role wanted',
  objective: 'what it plans for',
  pace: 'the timeline',
  routeCount: 'how many routes it compares',
  alternatives: 'how many routes it compares',
};

const PLACES: Record<string, (rest: ReadonlyArray<string | number>) => string> = {
  // A plan file repeats its question's from, to, objective and pace at the top.
  from: () => QUERY_FIELDS.from!,
  to: () => QUERY_FIELDS.to!,
  objective: () => QUERY_FIELDS.objective!,
  pace: () => QUERY_FIELDS.pace!,
  format: () => 'its format',
  version: () => 'its format version',
  start: () => 'the month it is dated from',
  selectedRoute: () => 'the route it shows',
  query: ([field]) => QUERY_FIELDS[String(field)] ?? 'the question it asks',
  profile: ([field, item]) => {
    if (field === 'experienceYears')
      return typeof item === 'string' && item in EXPERIENCE_KIND_LABELS
        ? `the years of ${EXPERIENCE_KIND_LABELS[item as ExperienceKind]} experience`
        : 'the years of experience';
    if (field === 'certifications') return `certification${ordinal(item)} held`;
    if (field === 'associateOf') return `exam${ordinal(item)} passed`;
    if (field === 'education') return 'the education';
    if (field === 'monthsInCurrentRole') return 'the months in the current role';
    return 'the profile';
  },
  routes: ([index]) => (typeof index === 'number' ? `the ${routeName(index).toLowerCase()}` : 'the list of routes'),
  levers: () => 'the list of what would shorten the route',
  assumptions: () => 'the list of what the plan assumed',
  unreachable: () => 'why there is no route',
  work: ([index]) => (typeof index === 'number' ? `job${ordinal(index)}` : 'the list of jobs'),
  certificates: ([index]) => (typeof index === 'number' ? `certificate${ordinal(index)}` : 'the list of certificates'),
  education: ([index]) => (typeof index === 'number' ? `education entry${ordinal(index)}` : 'the list of education'),
  basics: () => 'the basics',
};

/** Where in the file, in words: "the current role", "job 3", "certification 2 held". */
export function placeInWords(path: ReadonlyArray<string | number>): string {
  const [first, ...rest] = path;
  if (first === undefined) return 'the file';
  const place = typeof first === 'string' ? PLACES[first] : undefined;
  return place ? place(rest) : typeof first === 'number' ? `entry${ordinal(first)}` : `its “${first}” field`;
}

const sentence = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}${/[.?!)]$/.test(text) ? '' : '.'}`;

/** zod's type names as a person says them. */
const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'yes or no',
  object: 'a group of fields',
  array: 'a list',
  null: 'nothing',
};

/** "is missing (expected string)" reads "is missing"; "expected number, found "x"" reads "should be a number, found "x"". */
function withoutTypeNames(message: string): string {
  return message
    .replace(/^is missing \(expected \w+\)$/, 'is missing')
    .replace(/^expected (\w+), found /, (whole, type: string) =>
      TYPE_WORDS[type] ? `should be ${TYPE_WORDS[type]}, found ` : whole,
    );
}

export function issueInWords(issue: DataIssue): string {
  const json = /^is not valid JSON(?: at (line \d+, column \d+))?/.exec(issue.message);
  if (json) return `The file is not valid JSON${json[1] ? ` (${json[1]})` : ''}: check that it was saved whole.`;
  const hint = issue.hint ? ` (${issue.hint})` : '';
  const message = withoutTypeNames(issue.message);
  if (issue.path.length === 0) return sentence(`the file ${message}${hint}`);
  // "The profile is missing", "The current role should be text, found 5".
  const joint = /^(is|was|has|should) /.test(message) ? ' ' : ': ';
  return sentence(`${placeInWords(issue.path)}${joint}${message}${hint}`);
}
