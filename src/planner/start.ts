import {
  EXPERIENCE_KINDS,
  EXPERIENCE_NESTING_SOURCES,
  educationRank,
  kindWithAncestors,
  type ExperienceKind,
} from '../model/constants.ts';
import type { Profile, Reason } from '../model/index.ts';
import { describeKinds, describeMonths, describeNeed, listWithAnd } from './describe.ts';
import type { ChannelNeed, CompiledCertification, PlanningModel } from './model.ts';
import { oncePer } from './once.ts';
import { certNeedsAtBest } from './options.ts';
import type { SearchStart } from './search.ts';
import { profileYearsToMonths } from './units.ts';

/** The sources that say a kind's work is also work of the kinds it nests in (its own and its ancestors'), once per kind. */
const NESTING_SOURCES = new Map<ExperienceKind, readonly string[]>(
  EXPERIENCE_KINDS.map((k) => [
    k,
    [...new Set(kindWithAncestors(k).flatMap((a) => EXPERIENCE_NESTING_SOURCES[a] ?? []))],
  ]),
);
const nestingSources = (kind: ExperienceKind): readonly string[] => NESTING_SOURCES.get(kind)!;
/** For each kind (by index), the other kinds nested in it, in EXPERIENCE_KINDS order: their years are years of it too. */
const NESTED_IN: readonly number[][] = EXPERIENCE_KINDS.map((kind) =>
  EXPERIENCE_KINDS.flatMap((other, i) => (other !== kind && kindWithAncestors(other).includes(kind) ? [i] : [])),
);

/** What a holder of a certification is credited with: the least its rule asks, of the kinds the rule proves (once per certification). */
const holderCredit = oncePer((cert: CompiledCertification): readonly ChannelNeed[] =>
  certNeedsAtBest(cert).flatMap((need, i) =>
    need.months > 0 ? [{ channel: cert.creditChannels[i]!, months: need.months }] : [],
  ),
);

export interface PlanStart {
  start: SearchStart;
  /** What the plan assumed about the profile, in words: nested kinds, experience implied by certifications. */
  assumptions: Reason[];
}

/**
 * Where the search starts: experience per channel from the profile. A channel starts at the
 * largest years the profile gives for any kind it covers (years of several kinds may overlap,
 * so they are not added), where a kind covers the kinds nested in it: years of security work
 * are also years of IT work. Months already spent in the current role count for every kind
 * that role counts as. A certification held counts as the experience its issuer required to
 * grant it, at the least that rule can ask (every waiver applied); one held as an associate
 * counts for nothing, its exam is simply passed.
 */
export function startFromProfile(model: PlanningModel, from: number, profile: Profile): PlanStart {
  const assumptions: Reason[] = [];
  // Months of each kind the profile gives (by index in EXPERIENCE_KINDS), worked out once: every channel and assumption reads them.
  const givenMonths = new Array<number>(EXPERIENCE_KINDS.length);
  for (let k = 0; k < EXPERIENCE_KINDS.length; k++)
    givenMonths[k] = profileYearsToMonths(profile.experienceYears[EXPERIENCE_KINDS[k]!] ?? 0);
  const accrues = model.accrues[from]!;
  const associates = [...new Set(profile.associateOf ?? [])];
  const held = profile.certifications.filter((id) => !associates.includes(id) && model.certIndex.has(id));
  const implied: Array<{ id: string; cert: CompiledCertification; need: ChannelNeed }> = [];
  for (const id of held) {
    const cert = model.certs[model.certIndex.get(id)!]!;
    if (cert.experienceUnknown) continue;
    for (const need of holderCredit(cert)) implied.push({ id, cert, need });
  }

  // Each channel holds the most of: the years of any kind it covers, the experience a held
  // certification proves where the channel covers all its kinds, and the months already spent
  // in the current role where that role builds the channel.
  const channelCount = model.channels.length;
  const channels = new Int32Array(channelCount);
  const raise = (list: readonly number[], months: number) => {
    for (let i = 0; i < list.length; i++) if (months > channels[list[i]!]!) channels[list[i]!] = months;
  };
  for (let k = 0; k < givenMonths.length; k++)
    if (givenMonths[k]! > 0) raise(model.channelsOfKind[k]!, givenMonths[k]!);
  for (let i = 0; i < implied.length; i++)
    raise(model.coveringChannels[implied[i]!.need.channel]!, implied[i]!.need.months);
  const inRole = profile.monthsInCurrentRole;
  if (inRole !== undefined)
    for (let ch = 0; ch < channelCount; ch++) if (accrues[ch] && inRole > channels[ch]!) channels[ch] = inRole;

  // Say where a kind took more than the profile gave it.
  // Only kinds with some months can give another kind more than it has.
  const anyGiven = givenMonths.some((months) => months > 0);
  for (let k = 0; anyGiven && k < EXPERIENCE_KINDS.length; k++) {
    const kind = EXPERIENCE_KINDS[k]!;
    if (!model.kindChannel.has(kind)) continue;
    const own = givenMonths[k]!;
    const nested: ExperienceKind[] = [];
    let best = 0;
    for (const d of NESTED_IN[k]!)
      if (givenMonths[d]! > own) {
        nested.push(EXPERIENCE_KINDS[d]!);
        best = Math.max(best, givenMonths[d]!);
      }
    if (nested.length === 0) continue;
    const sources =
      nested.length === 1 ? [...nestingSources(nested[0]!)] : [...new Set(nested.flatMap(nestingSources))];
    assumptions.push({
      text: `Your ${describeMonths(best)} of ${listWithAnd(nested.map((k) => describeKinds([k])))} experience also count as ${describeMonths(best)} of ${describeKinds([kind])} experience.`,
      sources,
    });
  }
  for (const id of held) {
    const cert = model.certs[model.certIndex.get(id)!]!;
    const needs = implied.filter((i) => i.id === id).map((i) => i.need);
    if (needs.length === 0) continue;
    const raised = needs.some((need) =>
      model.channels[need.channel]!.coverIndices.every((k) => givenMonths[k]! < need.months),
    );
    if (!raised) continue;
    const rule = cert.needs.map((n) => describeNeed(model, n)).join(' and ');
    assumptions.push({
      text: `Holding ${cert.cert.abbreviation} counts as at least ${needs.map((n) => describeNeed(model, n)).join(' and ')}: ${cert.cert.issuer} grants it only after ${rule}${cert.waivers.length > 0 ? ', less what its waivers allow' : ''}.`,
      sources: cert.cert.experience.sources,
    });
  }
  for (const id of associates) {
    const cert = model.certIndex.get(id);
    if (cert === undefined) continue;
    const c = model.certs[cert]!;
    assumptions.push({
      text: `You passed the ${c.cert.abbreviation} exam and wait for its experience rule${c.cert.experience.beforeEligibility ? ` (as an ${c.cert.experience.beforeEligibility.title})` : ''}: the plan counts no experience for it and no exam to take.`,
      sources: c.cert.experience.sources,
    });
  }

  return {
    start: {
      node: from,
      channels,
      held: held.map((id) => model.certIndex.get(id)!).sort((a, b) => a - b),
      education: educationRank(profile.education),
      monthsInRole: profile.monthsInCurrentRole ?? 0,
      associates: associates
        .filter((id) => model.certIndex.has(id))
        .map((id) => model.certIndex.get(id)!)
        .sort((a, b) => a - b),
    },
    assumptions,
  };
}
