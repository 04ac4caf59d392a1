import { useCatalog } from '../catalog.ts';

/**
 * Sources as links. The URLs are data (checked as http(s) at build time); they open in a new
 * tab without giving the opened page a handle on this one.
 */
export function SourceLinks({ ids, label = 'Sources' }: { ids: readonly string[]; label?: string }) {
  const { source } = useCatalog();
  const unique = [...new Set(ids)];
  if (unique.length === 0) return null;
  return (
    <ul className="sources" aria-label={label}>
      {unique.map((id) => {
        const s = source(id);
        if (!s || !/^https?:\/\//.test(s.url)) return <li key={id}>{id}</li>;
        return (
          <li key={id}>
            <a href={s.url} target="_blank" rel="noopener noreferrer">
              {s.title}
            </a>{' '}
            <span className="muted">
              — {s.publisher}, read {s.accessed}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
