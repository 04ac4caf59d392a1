import { EXPERIENCE_KIND_LABELS, OBJECTIVES, PACES, ROLE_LEVELS, type ExperienceKind } from '../../model/constants.ts';
import { PACE_WORDS } from '../../export/plan-wording.ts';
import { useCatalog } from '../catalog.ts';
import { capitalize, LEVEL_LABELS, OBJECTIVE_LABELS } from '../labels.ts';
import { EducationOptions } from './EducationOptions.tsx';
import type { PlanOutcome } from '../state/plan-outcome.ts';
import { MONTHS_IN_ROLE_RULE, YEARS_RULE } from '../../model/profile-rules.ts';
import { isEducationLevel } from '../state/planner-state.ts';
import type { PlannerStateApi } from '../state/usePlannerState.ts';
import { AwaitingExperience } from './AwaitingExperience.tsx';
import { CertificationPicker } from './CertificationPicker.tsx';
import { NumberField } from './NumberField.tsx';
import { RoleCombobox } from './RoleCombobox.tsx';

/**
 * The kinds most routes to security management ask for, in plain words and with what counts;
 * the rest sit under "More". Kinds nest (a year of security work is a year of IT work), so
 * each field takes the whole total of its kind.
 */
const MAIN_KINDS: readonly { kind: ExperienceKind; label: string; hint: string }[] = [
  { kind: 'it', label: 'Years in IT', hint: 'All IT work, security work included.' },
  { kind: 'security', label: 'Years in information security', hint: 'Security work of any kind, management included.' },
  {
    kind: 'security-management',
    label: 'Years in security management',
    hint: 'Leading security work: a security team, programme or function.',
  },
  {
    kind: 'people-management',
    label: 'Years managing people',
    hint: 'Leading a team in any field; security management counts here too.',
  },
];
const MORE_KINDS = (Object.keys(EXPERIENCE_KIND_LABELS) as ExperienceKind[]).filter(
  (k) => !MAIN_KINDS.some((m) => m.kind === k),
);

function fromStatus(
  outcome: PlanOutcome | null,
  typed: string,
  roleTitle: (id: string) => string,
): { text: string; invalid: boolean } {
  switch (outcome?.kind) {
    case undefined:
      return { text: '', invalid: false };
    case 'no-role':
      return { text: 'A job title, e.g. help desk, SOC analyst, network administrator.', invalid: false };
    case 'unresolved':
      // Two or more close roles: the plan panel asks which; the field says the same, not "not recognised".
      return outcome.ambiguous
        ? { text: 'Could be more than one role: pick the one you hold, here or beside the plan.', invalid: true }
        : { text: 'Not recognised yet: pick a role from the list.', invalid: true };
    case 'planned': {
      const title = roleTitle(outcome.fromId);
      return { text: title.toLowerCase() === typed.trim().toLowerCase() ? '' : `Read as “${title}”.`, invalid: false };
    }
    case 'failed':
      return { text: '', invalid: false };
  }
}

/** A row of radio buttons drawn as one control; each option says what it means to a screen reader. */
function Segmented<T extends string>({
  legend,
  name,
  options,
  value,
  onChange,
}: {
  legend: string;
  name: string;
  options: readonly { value: T; label: string; hint: string }[];
  value: T;
  onChange(value: T): void;
}) {
  return (
    <fieldset className={`segmented-field ${name}`}>
      <legend>{legend}</legend>
      <div className="segmented">
        {options.map((option) => (
          <label
            key={option.value}
            className={value === option.value ? 'checked' : undefined}
            title={capitalize(option.hint)}
          >
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            <span>{option.label}</span>
            <span className="visually-hidden">: {option.hint}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

const OBJECTIVE_OPTIONS = OBJECTIVES.map((value) => ({ value, ...OBJECTIVE_LABELS[value] }));
const PACE_OPTIONS = PACES.map((value) => ({ value, ...PACE_WORDS[value] }));

export function PlanForm({ api, outcome }: { api: PlannerStateApi; outcome: PlanOutcome | null }) {
  const { data, roleTitle } = useCatalog();
  const { state, update, setYears } = api;
  const status = fromStatus(outcome, state.from, roleTitle);
  const moreCount = MORE_KINDS.filter((k) => state.experienceYears[k]).length + (state.monthsInCurrentRole ? 1 : 0);
  const held = [...state.certifications, ...state.associateOf];

  return (
    <form className="plan-form" aria-label="Your profile" onSubmit={(event) => event.preventDefault()}>
      <RoleCombobox
        id="current-role"
        label="Your current role"
        value={state.from}
        placeholder="e.g. help desk technician"
        onChange={(from) => update({ from })}
        onPick={(role) => update({ from: role.title })}
        status={status.text}
        invalid={status.invalid}
      />

      <div className="field">
        <label htmlFor="target-role">Role you want</label>
        <select id="target-role" value={state.to} onChange={(event) => update({ to: event.target.value })}>
          {ROLE_LEVELS.map((level) => (
            <optgroup key={level} label={LEVEL_LABELS[level]}>
              {data.roles
                .filter((r) => r.level === level)
                .map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.title}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
      </div>

      <fieldset className="years">
        <legend>Your experience</legend>
        <div className="years-grid main-kinds">
          {MAIN_KINDS.map(({ kind, label, hint }) => (
            <NumberField
              key={kind}
              label={label}
              hint={hint}
              unit="yrs"
              rule={YEARS_RULE}
              value={state.experienceYears[kind]}
              onChange={(v) => setYears(kind, v)}
            />
          ))}
        </div>
        <details className="more">
          <summary>More kinds of experience{moreCount ? ` (${moreCount} given)` : ''}</summary>
          <div className="years-grid">
            {MORE_KINDS.map((kind) => (
              <NumberField
                key={kind}
                label={capitalize(EXPERIENCE_KIND_LABELS[kind])}
                unit="yrs"
                rule={YEARS_RULE}
                value={state.experienceYears[kind]}
                onChange={(v) => setYears(kind, v)}
              />
            ))}
            <NumberField
              label="Months in your current role"
              unit="mo"
              rule={MONTHS_IN_ROLE_RULE}
              value={state.monthsInCurrentRole ?? undefined}
              onChange={(v) => update({ monthsInCurrentRole: v ?? null })}
            />
          </div>
        </details>
      </fieldset>

      <div className="field">
        <label htmlFor="education">Education</label>
        <select
          id="education"
          value={state.education}
          onChange={(event) => {
            if (isEducationLevel(event.target.value)) update({ education: event.target.value });
          }}
        >
          <EducationOptions />
        </select>
      </div>

      <div className="ranking-row">
        <Segmented
          legend="Plan for"
          name="objective"
          options={OBJECTIVE_OPTIONS}
          value={state.objective}
          onChange={(objective) => update({ objective })}
        />
        <Segmented
          legend="Rank by timeline"
          name="pace"
          options={PACE_OPTIONS}
          value={state.pace}
          onChange={(pace) => update({ pace })}
        />
      </div>

      <div className="certifications">
        <CertificationPicker
          selected={held}
          onChange={(ids) =>
            update({
              certifications: ids.filter((id) => !state.associateOf.includes(id)),
              associateOf: state.associateOf.filter((id) => ids.includes(id)),
            })
          }
        />
        <AwaitingExperience
          held={held}
          awaiting={state.associateOf}
          onChange={(certifications, associateOf) => update({ certifications, associateOf })}
        />
      </div>
    </form>
  );
}
