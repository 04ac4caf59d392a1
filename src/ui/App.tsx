import { ROLE_LEVELS } from '../model/constants.ts';
import { shippedData } from './shipped-graph.ts';

export function App() {
  const roles = shippedData().roles;
  return (
    <main className="page">
      <h1>secpath</h1>
      <p>{roles.length} roles in information security, from the jobs people start in to the CISO.</p>
      {ROLE_LEVELS.map((level) => (
        <section key={level} aria-labelledby={`level-${level}`}>
          <h2 id={`level-${level}`}>{level}</h2>
          <ul>
            {roles
              .filter((r) => r.level === level)
              .map((r) => (
                <li key={r.id}>
                  <strong>{r.title}</strong> — {r.summary}
                </li>
              ))}
          </ul>
        </section>
      ))}
    </main>
  );
}
