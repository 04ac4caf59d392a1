import { educationRank } from '../model/constants.ts';
import type { Profile } from '../model/index.ts';
import type { PlanningModel } from './model.ts';
import type { SearchStart } from './search.ts';
import { profileYearsToMonths } from './units.ts';

/**
 * Where the search starts: experience per channel from the profile. A channel covering several
 * kinds starts at the largest of them (the years may overlap, so they are not added); months
 * already spent in the current role count for every kind that role counts as.
 */
export function startFromProfile(model: PlanningModel, from: number, profile: Profile): SearchStart {
  const accrues = model.accrues[from]!;
  const channels = Int32Array.from(model.channels, (channel, ch) => {
    let months = 0;
    for (const kind of channel.kinds) months = Math.max(months, profileYearsToMonths(profile.experienceYears[kind] ?? 0));
    if (accrues[ch] && profile.monthsInCurrentRole !== undefined) months = Math.max(months, profile.monthsInCurrentRole);
    return months;
  });
  const held = profile.certifications.map((id) => model.certIndex.get(id)).filter((i): i is number => i !== undefined);
  return { node: from, channels, held, education: educationRank(profile.education) };
}
