import { EXPERIENCE_KIND_LABELS, OBJECTIVES, ROLE_LEVELS, type ExperienceKind } from '../../model/constants.ts';
import { useCatalog } from '../catalog.ts';
import { capitalize, LEVEL_LABELS, OBJECTIVE_LABELS } from '../labels.ts';
import { EducationOptions } from './EducationOptions.tsx';
import type { PlanOutcome } from '../state/plan-outcome.ts';
import { MAX_MONTHS_IN_ROLE, MAX_YEARS, isEducationLevel } from '../state/planner-state.ts';
import type { PlannerStateApi } from '../state/usePlannerState.ts';
import { CertificationPicker } from './CertificationPicker.tsx';
import { NumberField } from './NumberField.tsx';
import { RoleCombobox } from './RoleCombobox.tsx';

/** The kinds most routes to security management ask for; the rest sit under "More". */
const MAIN_KINDS: readonly ExperienceKind[] = ['it', 'security', 'security-management'];
const MORE_KINDS = (Object.keys(EXPERIENCE_KIND_LABELS) as ExperienceKind[]).filter((k) => !MAIN_KINDS.includes(k));


function fromStatus(outcome: PlanOutcome, typed: string, roleTitle: (id: string) => string): { text: string; invalid: boolean } {
  switch (outcome.kind) {
    case 'no-role':
      return { text: 'A job title, e.g. help desk, SOC analyst, network administrator.', invalid: false };
    case 'unresolved':
      return { text: 'Not recognised yet: pick a role from the list.', invalid: true };
    case 'planned': {
      const title = roleTitle(outcome.fromId);
      return { text: title.toLowerCase() === typed.trim().toLowerCase() ? '' : `Read as “${title}”.`, invalid: false };
    }
    case 'failed':
      return { text: '', invalid: false };
  }
}

export function PlanForm({ api, outcome }: { api: PlannerStateApi; outcome: PlanOutcome }) {
  const { data, roleTitle } = useCatalog();
  const { state, update, setYears } = api;
  const status = fromStatus(outcome, state.from, roleTitle);
  const moreCount = MORE_KINDS.filter((k) => state.experienceYears[k]).length + (state.monthsInCurrentRole ? 1 : 0);

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
        <legend>Years of experience</legend>
        <div className="years-grid">
          {MAIN_KINDS.map((kind) => (
            <NumberField key={kind} label={capitalize(EXPERIENCE_KIND_LABELS[kind])} unit="yrs" unitName="years" max={MAX_YEARS} value={state.experienceYears[kind]} onChange={(v) => setYears(kind, v)} />
          ))}
        </div>
        <details className="more">
          <summary>More kinds of experience{moreCount ? ` (${moreCount} given)` : ''}</summary>
          <div className="years-grid">
            {MORE_KINDS.map((kind) => (
              <NumberField key={kind} label={capitalize(EXPERIENCE_KIND_LABELS[kind])} unit="yrs" unitName="years" max={MAX_YEARS} value={state.experienceYears[kind]} onChange={(v) => setYears(kind, v)} />
            ))}
            <NumberField
              label="Months in your current role"
              unit="mo"
              unitName="months"
              integer
              max={MAX_MONTHS_IN_ROLE}
              value={state.monthsInCurrentRole ?? undefined}
              onChange={(v) => update({ monthsInCurrentRole: v ?? null })}
            />
          </div>
        </details>
      </fieldset>

      <div className="form-row">
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
        <fieldset className="objective">
          <legend>Plan for</legend>
          <div className="segmented">
            {OBJECTIVES.map((objective) => (
              <label key={objective} className={state.objective === objective ? 'checked' : undefined} title={capitalize(OBJECTIVE_LABELS[objective].hint)}>
                <input type="radio" name="objective" value={objective} checked={state.objective === objective} onChange={() => update({ objective })} />
                <span>{OBJECTIVE_LABELS[objective].label}</span>
                <span className="visually-hidden">: {OBJECTIVE_LABELS[objective].hint}</span>
              </label>
            ))}
          </div>
        </fieldset>
      </div>

      <CertificationPicker selected={state.certifications} onChange={(certifications) => update({ certifications })} />
    </form>
  );
}
