import { tierWord } from '../../export/plan-wording.ts';
import { useCatalog } from '../catalog.ts';

/**
 * Sources as links, each with its tier (official, survey, publisher, secondary) and the date it
 * was read. The URLs are data (checked as http(s) at build time); they open in a new tab without
 * giving the opened page a handle on this one. `numbered` lists them in the order given, so the
 * "[3]" beside a number in a plan points at the third.
 */
export function SourceLinks({
  ids,
  label = 'Sources',
  numbered = false,
}: {
  ids: readonly string[];
  label?: string;
  numbered?: boolean;
}) {
  const { source } = useCatalog();
  const unique = [...new Set(ids)];
  if (unique.length === 0) return null;
  const items = unique.map((id) => {
    const s = source(id);
    if (!s) return <li key={id}>{id}</li>;
    const title = /^https?:\/\//.test(s.url) ? (
      <a href={s.url} target="_blank" rel="noopener noreferrer">
        {s.title}
      </a>
    ) : (
      s.title
    );
    return (
      <li key={id}>
        <span className={`tier tier-${s.tier}`}>{tierWord(s)}</span> {title}{' '}
        <span className="muted">
          — {s.publisher}
          {s.edition ? `, ${s.edition}` : ''}, read {s.accessed}
        </span>
      </li>
    );
  });
  return numbered ? (
    <ol className="sources numbered" aria-label={label}>
      {items}
    </ol>
  ) : (
    <ul className="sources" aria-label={label}>
      {items}
    </ul>
  );
}

/** "[1][3]" beside a number: which of the route's numbered sources it rests on. */
export function Cite({ ids, order }: { ids: readonly string[]; order: readonly string[] | undefined }) {
  if (!order) return null;
  const numbers = [...new Set(ids.map((id) => order.indexOf(id) + 1).filter((n) => n > 0))].sort((a, b) => a - b);
  if (numbers.length === 0) return null;
  return (
    <span
      className="cite"
      title={`${numbers.length === 1 ? 'Source' : 'Sources'} ${numbers.join(', ')} in the list of sources`}
    >
      {' '}
      {numbers.map((n) => `[${n}]`).join('')}
    </span>
  );
}
