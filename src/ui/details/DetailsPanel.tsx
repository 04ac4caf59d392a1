import { useEffect, useRef } from 'react';
import { useCatalog } from '../catalog.ts';
import type { Selection } from '../state/useExploreState.ts';
import { RoleDetails } from './RoleDetails.tsx';
import { TransitionDetails } from './TransitionDetails.tsx';

export interface DetailsPanelProps {
  selection: Selection | null;
  /** Bumped when a selection should take keyboard focus (chosen from a list, not the graph). */
  focusSeq: number;
  fromId: string | null;
  targetId: string;
  onFrom(title: string): void;
  onTo(id: string): void;
  onSelect(selection: Selection | null): void;
}

/** The selected role or move, in full. */
export function DetailsPanel({ selection, focusSeq, fromId, targetId, onFrom, onTo, onSelect }: DetailsPanelProps) {
  const { role, transition, roleTitle } = useCatalog();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusSeq > 0) {
      headingRef.current?.focus();
      headingRef.current?.scrollIntoView?.({ block: 'nearest' });
    }
  }, [focusSeq]);

  const selectedRole = selection?.kind === 'role' ? role(selection.id) : undefined;
  const selectedMove = selection?.kind === 'transition' ? transition(selection.from, selection.to) : undefined;
  const title = selectedRole ? selectedRole.title : selectedMove ? `${roleTitle(selectedMove.from)} → ${roleTitle(selectedMove.to)}` : 'Details';

  return (
    <section
      className={selectedRole || selectedMove ? 'details panel' : 'details panel empty'}
      aria-labelledby="details-heading"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && selection) onSelect(null);
      }}
    >
      <div className="details-head">
        <h2 id="details-heading" ref={headingRef} tabIndex={-1}>
          {title}
        </h2>
        {selection && (
          <button type="button" className="quiet" onClick={() => onSelect(null)} aria-label="Close details">
            Close
          </button>
        )}
      </div>
      {selectedRole && (
        <RoleDetails role={selectedRole} isFrom={fromId === selectedRole.id} isTarget={targetId === selectedRole.id} onFrom={onFrom} onTo={onTo} onSelect={onSelect} />
      )}
      {selectedMove && <TransitionDetails transition={selectedMove} onSelect={onSelect} />}
      {!selectedRole && !selectedMove && <p className="muted">Select a role or a move on the graph, in the plan or in the tables to see its pay, outlook, codes, requirements and sources.</p>}
    </section>
  );
}
