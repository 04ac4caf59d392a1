import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useCatalog } from '../catalog.ts';
import type { Selection } from '../state/useExploreState.ts';
import { RoleDetails } from './RoleDetails.tsx';
import { sheetSide, type SheetSide } from './sheet-side.ts';
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

/** Where the details are a sheet over the page rather than a panel under the graph (styles.css). */
const SHEET_QUERY = '(min-width: 960px)';
const isSheet = () => typeof window.matchMedia === 'function' && window.matchMedia(SHEET_QUERY).matches;

/**
 * The selected role or move, in full. On a wide screen it is a sheet on the side of the page
 * away from what it was opened from (the graph, a step of the plan, a table row), so it never
 * covers that; on a narrow one it sits under the graph. Escape closes it wherever focus is, and
 * focus goes back to where the person was.
 */
export function DetailsPanel({ selection, focusSeq, fromId, targetId, onFrom, onTo, onSelect }: DetailsPanelProps) {
  const { role, transition, roleTitle } = useCatalog();
  const panelRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const [side, setSide] = useState<SheetSide>('left');
  const open = selection !== null;

  // Before the panel takes focus (the effect below): remember what had it, and open away from it.
  useLayoutEffect(() => {
    const panel = panelRef.current;
    if (open) {
      const active = document.activeElement;
      if (active instanceof HTMLElement && active !== document.body && !panel?.contains(active))
        opener.current = active;
      setSide(sheetSide(opener.current, window.innerWidth));
      // Opened from the graph on a narrow screen, the details are under it: bring them into view.
      if (!isSheet() && opener.current?.closest('[data-testid="role-graph"]'))
        panel?.scrollIntoView?.({ block: 'nearest' });
      return;
    }
    const back = opener.current;
    opener.current = null;
    const active = document.activeElement;
    // Only when focus was in the panel (or lost with it): a click elsewhere keeps its own focus.
    if (back?.isConnected && (active === null || active === document.body || panel?.contains(active))) back.focus();
  }, [open]);

  useEffect(() => {
    if (focusSeq > 0) {
      headingRef.current?.focus();
      headingRef.current?.scrollIntoView?.({ block: 'nearest' });
    }
  }, [focusSeq]);

  useEffect(() => {
    if (!open) return;
    // On the document, so Escape closes the panel however it was opened (a click on the graph
    // leaves focus outside it); after the page's own handlers, so an open list closes first.
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      onSelect(null);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [open, onSelect]);

  const selectedRole = selection?.kind === 'role' ? role(selection.id) : undefined;
  const selectedMove = selection?.kind === 'transition' ? transition(selection.from, selection.to) : undefined;
  const title = selectedRole
    ? selectedRole.title
    : selectedMove
      ? `${roleTitle(selectedMove.from)} → ${roleTitle(selectedMove.to)}`
      : 'Details';

  return (
    <section
      ref={panelRef}
      className={selectedRole || selectedMove ? `details panel sheet-${side}` : 'details panel empty'}
      aria-labelledby="details-heading"
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
        <RoleDetails
          role={selectedRole}
          isFrom={fromId === selectedRole.id}
          isTarget={targetId === selectedRole.id}
          onFrom={onFrom}
          onTo={onTo}
          onSelect={onSelect}
        />
      )}
      {selectedMove && <TransitionDetails transition={selectedMove} onSelect={onSelect} />}
      {!selectedRole && !selectedMove && (
        <p className="muted">
          Select a role or a move on the graph, in the plan or in the tables to see its pay, outlook, codes,
          requirements and sources.
        </p>
      )}
    </section>
  );
}
