import { HOURS_PER_FULL_TIME_YEAR } from '../model/constants.ts';
import type { GraphData, GraphDataFileName } from '../model/index.ts';
import { TOP_ROLE_ID, type RoleGraph } from '../graph/role-graph.ts';
import { rolesReachableFromAny, rolesThatCanReach } from '../graph/reachability.ts';
import { lookAlikeIssues } from './confusables.ts';
import type { DataIssue } from '../input/issues.ts';
import { namesOfRole, normalizeRoleName } from '../names/role-names.ts';
import { didYouMean } from '../names/suggest.ts';

type FileLabel = (name: GraphDataFileName) => string;

function checkUniqueIds(
  items: ReadonlyArray<{ id: string }>,
  file: string,
  listKey: string,
  what: string,
  issues: DataIssue[],
): void {
  const firstIndex = new Map<string, number>();
  items.forEach((item, index) => {
    const earlier = firstIndex.get(item.id);
    if (earlier === undefined) firstIndex.set(item.id, index);
    else
      issues.push({
        file,
        path: [listKey, index, 'id'],
        message: `${what} id "${item.id}" is used twice (first at $.${listKey}[${earlier}])`,
      });
  });
}

function checkAliases(data: GraphData, file: string, issues: DataIssue[]): void {
  const owner = new Map<string, { roleIndex: number; id: string }>();
  data.roles.forEach((role, roleIndex) => {
    for (const { name, field, index } of namesOfRole(role)) {
      const key = normalizeRoleName(name);
      const previous = owner.get(key);
      if (previous === undefined) owner.set(key, { roleIndex, id: role.id });
      else if (previous.id !== role.id) {
        issues.push({
          file,
          path: index === undefined ? ['roles', roleIndex, field] : ['roles', roleIndex, field, index],
          message: `"${name}" also names role "${previous.id}" ($.roles[${previous.roleIndex}]), so typing it would be ambiguous`,
          hint: 'each title and alias must point to one role',
        });
      }
    }
  });
}

/** Visits every `sources` array in a value, with its path. */
function forEachSourceList(
  value: unknown,
  path: Array<string | number>,
  visit: (ids: unknown[], path: Array<string | number>) => void,
): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => forEachSourceList(item, [...path, index], visit));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'sources' && Array.isArray(child) && path.length > 0) visit(child, [...path, key]);
      else forEachSourceList(child, [...path, key], visit);
    }
  }
}

function checkSourceReferences(data: GraphData, label: FileLabel, issues: DataIssue[]): void {
  const known = new Set(data.sources.map((s) => s.id));
  const lists: Array<[GraphDataFileName, string, unknown[]]> = [
    ['roles.json', 'roles', data.roles],
    ['certifications.json', 'certifications', data.certifications],
    ['transitions.json', 'transitions', data.transitions],
    ['education.json', 'degrees', data.degrees],
  ];
  for (const [name, key, items] of lists) {
    forEachSourceList(items, [key], (ids, path) => {
      ids.forEach((id, index) => {
        if (typeof id === 'string' && !known.has(id)) {
          const hint = didYouMean(id, known);
          issues.push({
            file: label(name),
            path: [...path, index],
            message: `"${id}" is not a source id in ${label('sources.json')}`,
            ...(hint ? { hint } : {}),
          });
        }
      });
    });
  }
}

function checkRoleAndCertificationReferences(data: GraphData, label: FileLabel, issues: DataIssue[]): void {
  const roleIds = new Set(data.roles.map((r) => r.id));
  const certIds = new Set(data.certifications.map((c) => c.id));
  const file = label('transitions.json');
  const refersTo = (id: string, ids: Set<string>, what: string, fileName: string, path: Array<string | number>) => {
    if (ids.has(id)) return;
    const hint = didYouMean(id, ids);
    issues.push({ file: fileName, path, message: `"${id}" is not a ${what} id`, ...(hint ? { hint } : {}) });
  };
  const pairs = new Map<string, number>();
  data.transitions.forEach((t, i) => {
    refersTo(t.from, roleIds, 'role', file, ['transitions', i, 'from']);
    refersTo(t.to, roleIds, 'role', file, ['transitions', i, 'to']);
    if (t.from === t.to)
      issues.push({
        file,
        path: ['transitions', i, 'to'],
        message: `a transition from "${t.from}" to itself is not a move`,
      });
    const pair = `${t.from}->${t.to}`;
    const earlier = pairs.get(pair);
    if (earlier !== undefined)
      issues.push({
        file,
        path: ['transitions', i],
        message: `the move ${pair} is described twice (first at $.transitions[${earlier}])`,
        hint: 'merge the two entries',
      });
    else pairs.set(pair, i);
    t.certifications.required.forEach((group, g) =>
      group.anyOf.forEach((id, k) =>
        refersTo(id, certIds, 'certification', file, ['transitions', i, 'certifications', 'required', g, 'anyOf', k]),
      ),
    );
    t.certifications.expected.forEach((e, k) =>
      refersTo(e.id, certIds, 'certification', file, ['transitions', i, 'certifications', 'expected', k, 'id']),
    );
  });
  const certFile = label('certifications.json');
  data.certifications.forEach((c, i) => {
    c.experience.waivers.forEach((w, k) => {
      if (!('certification' in w)) return;
      const path = ['certifications', i, 'experience', 'waivers', k, 'certification'];
      if (w.certification === c.id)
        issues.push({ file: certFile, path, message: `"${c.id}" cannot waive its own experience` });
      else refersTo(w.certification, certIds, 'certification', certFile, path);
    });
  });
}

/**
 * An experience window shorter than the experience it must hold can never be met: CISM's five
 * years must fall within the ten before applying, never the other way round.
 */
function checkExperienceWindows(data: GraphData, label: FileLabel, issues: DataIssue[]): void {
  const file = label('certifications.json');
  data.certifications.forEach((c, i) => {
    const window = c.experience.windowYears;
    if (window === null) return;
    (c.experience.required ?? []).forEach((amount, k) => {
      const years = 'years' in amount ? amount.years : amount.hours / HOURS_PER_FULL_TIME_YEAR;
      if (years > window + 1e-9)
        issues.push({
          file,
          path: ['certifications', i, 'experience', 'required', k],
          message: `"${c.id}" asks for ${Number(years.toFixed(2))} years of experience within a window of ${window} years, which no one can meet`,
          hint: 'check the window and the amount against the issuer',
        });
    });
  });
}

/** What holding a certification proves is part of what its rule counts: a holder cannot be credited with work the rule never asked for. */
function checkHolderCredit(data: GraphData, label: FileLabel, issues: DataIssue[]): void {
  const file = label('certifications.json');
  data.certifications.forEach((c, i) => {
    (c.experience.required ?? []).forEach((amount, k) => {
      const outside = (amount.holderCountsAs ?? []).filter((kind) => !amount.kinds.includes(kind));
      if (outside.length > 0)
        issues.push({
          file,
          path: ['certifications', i, 'experience', 'required', k, 'holderCountsAs'],
          message: `"${c.id}" credits a holder with ${outside.join(', ')} experience, which its rule does not count`,
          hint: 'list in holderCountsAs only kinds that are also in kinds',
        });
    });
  });
}

/** A first job in the field leaves a starting point outside IT, and every move out of one is a first job. */
function checkMoveKinds(data: GraphData, label: FileLabel, issues: DataIssue[]): void {
  const levels = new Map(data.roles.map((r) => [r.id, r.level]));
  const file = label('transitions.json');
  data.transitions.forEach((t, i) => {
    const fromStart = levels.get(t.from) === 'start';
    if (fromStart && t.kind !== 'entry')
      issues.push({
        file,
        path: ['transitions', i, 'kind'],
        message: `the move ${t.from}->${t.to} leaves a starting point outside IT, so it is a first job, not a ${t.kind}`,
        hint: 'set "kind": "entry"',
      });
    else if (!fromStart && t.kind === 'entry' && levels.has(t.from))
      issues.push({
        file,
        path: ['transitions', i, 'kind'],
        message: `the move ${t.from}->${t.to} is marked as a first job, but "${t.from}" is a job in the field`,
        hint: 'use "promotion", "lateral" or "specialization"',
      });
  });
}

/** Ranges written as {min, max} must have min <= max. */
function checkRanges(value: unknown, file: string, path: Array<string | number>, issues: DataIssue[]): void {
  if (Array.isArray(value)) value.forEach((item, i) => checkRanges(item, file, [...path, i], issues));
  else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.min === 'number' && typeof record.max === 'number' && record.min > record.max) {
      issues.push({ file, path, message: `range has min ${record.min} above max ${record.max}` });
    }
    for (const [key, child] of Object.entries(record)) checkRanges(child, file, [...path, key], issues);
  }
}

function checkDegrees(data: GraphData, label: FileLabel, issues: DataIssue[]): void {
  const seen = new Map<string, number>();
  data.degrees.forEach((d, i) => {
    const earlier = seen.get(d.level);
    if (earlier !== undefined)
      issues.push({
        file: label('education.json'),
        path: ['degrees', i, 'level'],
        message: `degree level "${d.level}" is described twice (first at $.degrees[${earlier}])`,
      });
    else seen.set(d.level, i);
  });
}

/** Checks that need only the parsed files: ids, names and references. */
export function checkGraphData(data: GraphData, label: FileLabel): DataIssue[] {
  const issues: DataIssue[] = [];
  checkUniqueIds(data.sources, label('sources.json'), 'sources', 'source', issues);
  checkUniqueIds(data.roles, label('roles.json'), 'roles', 'role', issues);
  checkUniqueIds(data.certifications, label('certifications.json'), 'certifications', 'certification', issues);
  checkDegrees(data, label, issues);
  checkAliases(data, label('roles.json'), issues);
  issues.push(...lookAlikeIssues(data.roles, label('roles.json')));
  checkSourceReferences(data, label, issues);
  checkRoleAndCertificationReferences(data, label, issues);
  checkMoveKinds(data, label, issues);
  checkExperienceWindows(data, label, issues);
  checkHolderCredit(data, label, issues);
  checkRanges(data.roles, label('roles.json'), ['roles'], issues);
  checkRanges(data.certifications, label('certifications.json'), ['certifications'], issues);
  checkRanges(data.transitions, label('transitions.json'), ['transitions'], issues);
  return issues;
}

/**
 * Checks of the graph as a whole: every role can reach the CISO, and every role above the
 * feeder level can be reached from some feeder role or from outside IT.
 */
export function checkReachability(
  graph: RoleGraph,
  data: GraphData,
  label: FileLabel,
  topRoleId = TOP_ROLE_ID,
): DataIssue[] {
  const issues: DataIssue[] = [];
  const file = label('roles.json');
  if (!graph.hasNode(topRoleId)) {
    const hint = didYouMean(topRoleId, graph.nodes());
    return [
      {
        file,
        path: ['roles'],
        message: `no role has the id "${topRoleId}", which every route must be able to reach`,
        ...(hint ? { hint } : {}),
      },
    ];
  }
  const canReachTop = rolesThatCanReach(graph, topRoleId);
  // People start in feeder roles, or outside IT altogether.
  const feeders = data.roles.filter((r) => r.level === 'feeder' || r.level === 'start').map((r) => r.id);
  const fromFeeders = rolesReachableFromAny(graph, feeders);
  data.roles.forEach((role, index) => {
    if (!canReachTop.has(role.id)) {
      issues.push({
        file,
        path: ['roles', index],
        message: `role "${role.id}" cannot reach "${topRoleId}" by any transition`,
        hint: 'add a transition out of it that leads upward',
      });
    }
    if (role.level !== 'feeder' && role.level !== 'start' && !fromFeeders.has(role.id)) {
      issues.push({
        file,
        path: ['roles', index],
        message: `role "${role.id}" (level ${role.level}) cannot be reached from any feeder role`,
        hint:
          feeders.length === 0 ? 'no role has level "feeder"' : 'add a transition into it from a role people start in',
      });
    }
  });
  return issues;
}
