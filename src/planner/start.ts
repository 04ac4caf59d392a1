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
import { certNeedsAtBest } from './options.ts';
import type { SearchStart } from './search.ts';
import { profileYearsToMonths } from './units.ts';

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
  // Months of each kind the profile gives, worked out once: every channel and assumption reads them.
  const givenMonths = new Map<ExperienceKind, number>();
  for (const kind of EXPERIENCE_KINDS) givenMonths.set(kind, profileYearsToMonths(profile.experienceYears[kind] ?? 0));
  const given = (kind: ExperienceKind) => givenMonths.get(kind) ?? 0;
  const accrues = model.accrues[from]!;
  const associates = new Set(profile.associateOf ?? []);
  const held = profile.certifications.filter((id) => !associates.has(id) && model.certIndex.has(id));
  const implied: Array<{ id: string; cert: CompiledCertification; need: ChannelNeed }> = [];
  for (const id of held) {
    const cert = model.certs[model.certIndex.get(id)!]!;
    if (cert.experienceUnknown) continue;
    // What the holder is credited with: the least the rule asks, of the kinds the rule proves.
    certNeedsAtBest(cert).forEach((need, i) => {
      if (need.months > 0) implied.push({ id, cert, need: { channel: cert.creditChannels[i]!, months: need.months } });
    });
  }

  const channelCount = model.channels.length;
  const channels = new Int32Array(channelCount);
  for (let ch = 0; ch < channelCount; ch++) {
    let months = 0;
    for (const kind of model.channels[ch]!.covers) months = Math.max(months, given(kind));
    // A certification's experience counts for every channel that covers all the kinds it proves.
    for (const { need } of implied)
      if (model.channelCovers[ch * channelCount + need.channel]) months = Math.max(months, need.months);
    if (accrues[ch] && profile.monthsInCurrentRole !== undefined)
      months = Math.max(months, profile.monthsInCurrentRole);
    channels[ch] = months;
  }

  // Say where a kind took more than the profile gave it.
  // Only kinds with some months can give another kind more than it has.
  const givenKinds = EXPERIENCE_KINDS.filter((k) => given(k) > 0);
  for (const kind of givenKinds.length === 0 ? [] : EXPERIENCE_KINDS) {
    const channel = model.kindChannel.get(kind);
    if (channel === undefined) continue;
    const own = given(kind);
    const nested = givenKinds.filter((k) => k !== kind && given(k) > own && kindWithAncestors(k).includes(kind));
    if (nested.length === 0) continue;
    const best = Math.max(...nested.map(given));
    const sources = [
      ...new Set(nested.flatMap((k) => kindWithAncestors(k).flatMap((a) => EXPERIENCE_NESTING_SOURCES[a] ?? []))),
    ];
    assumptions.push({
      text: `Your ${describeMonths(best)} of ${listWithAnd(nested.map((k) => describeKinds([k])))} experience also count as ${describeMonths(best)} of ${describeKinds([kind])} experience.`,
      sources,
    });
  }
  for (const id of held) {
    const cert = model.certs[model.certIndex.get(id)!]!;
    const needs = implied.filter((i) => i.id === id).map((i) => i.need);
    if (needs.length === 0) continue;
    const raised = needs.some((need) => [...model.channels[need.channel]!.covers].every((k) => given(k) < need.months));
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
      held: held.map((id) => model.certIndex.get(id)!),
      education: educationRank(profile.education),
      monthsInRole: profile.monthsInCurrentRole ?? 0,
      associates: [...associates].filter((id) => model.certIndex.has(id)).map((id) => model.certIndex.get(id)!),
    },
    assumptions,
  };
}
