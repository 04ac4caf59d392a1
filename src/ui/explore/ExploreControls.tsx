import { useState } from 'react';
import { ROLE_LEVELS, ROLE_TRACKS, type RoleLevel, type RoleTrack } from '../../model/constants.ts';
import { useCatalog } from '../catalog.ts';
import { LEVEL_LABELS, TRACK_LABELS } from '../labels.ts';
import { RoleCombobox } from '../plan/RoleCombobox.tsx';
import type { ExploreFilter } from '../state/useExploreState.ts';
import { FOCUS_SELECT_ID } from './certification-focus.ts';

export interface ExploreControlsProps {
  filter: ExploreFilter;
  onFilter(patch: Partial<ExploreFilter>): void;
  onFind(id: string): void;
}

/** Filter and focus: find a role, keep one track or level, see what a certification opens up. */
export function ExploreControls({ filter, onFilter, onFind }: ExploreControlsProps) {
  const { data } = useCatalog();
  const [search, setSearch] = useState('');
  const tracks = ROLE_TRACKS.filter((t) => data.roles.some((r) => r.track === t));
  const certifications = [...data.certifications].sort((a, b) => a.abbreviation.localeCompare(b.abbreviation));
  return (
    <div className="explore-controls">
      <RoleCombobox
        id="find-role"
        label="Find a role"
        value={search}
        onChange={setSearch}
        onPick={(role) => onFind(role.id)}
        placeholder="Centre the graph on…"
        clearOnPick
      />
      <div className="field">
        <label htmlFor="filter-track">Track</label>
        <select
          id="filter-track"
          value={filter.track ?? ''}
          onChange={(e) => onFilter({ track: (e.target.value || null) as RoleTrack | null })}
        >
          <option value="">All tracks</option>
          {tracks.map((t) => (
            <option key={t} value={t}>
              {TRACK_LABELS[t]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-level">Level</label>
        <select
          id="filter-level"
          value={filter.level ?? ''}
          onChange={(e) => onFilter({ level: (e.target.value || null) as RoleLevel | null })}
        >
          <option value="">All levels</option>
          {ROLE_LEVELS.map((l) => (
            <option key={l} value={l}>
              {LEVEL_LABELS[l]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={FOCUS_SELECT_ID}>Certification</label>
        <select
          id={FOCUS_SELECT_ID}
          value={filter.certification ?? ''}
          onChange={(e) => onFilter({ certification: e.target.value || null })}
        >
          <option value="">What it opens up…</option>
          {/* Abbreviations, so the select is never cut short; the name heads what it opens up. */}
          {certifications.map((c) => (
            <option key={c.id} value={c.id}>
              {c.abbreviation}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
