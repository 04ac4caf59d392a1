import { describe, expect, it } from 'vitest';
import { skeleton } from '../../src/data/confusables.ts';
import { formatIssue } from '../../src/input/issues.ts';
import { loadGraphData } from '../../src/data/load.ts';
import { loadGraphDataDir } from '../../src/data/read-dir.ts';
import { MINIMAL_GRAPH_DIR, readGraphTexts, SHIPPED_GRAPH_DIR } from '../helpers/graph-fixtures.ts';

type Roles = { roles: Array<Record<string, unknown> & { id: string; title: string; aliases: string[] }> };

function withRoles(change: (roles: Roles['roles']) => void) {
  const texts = readGraphTexts(MINIMAL_GRAPH_DIR);
  const doc = JSON.parse(texts['roles.json']!) as Roles;
  change(doc.roles);
  return loadGraphData({ ...texts, 'roles.json': JSON.stringify(doc) });
}

function problems(result: ReturnType<typeof loadGraphData>): string[] {
  return result.ok ? [] : result.issues.map(formatIssue);
}

describe('graph-data text', () => {
  const hostile: Array<[string, string]> = [
    ['a carriage return', 'IT support\rX-INJ:cr-only'],
    ['an escape (ESC)', 'Help desk \u001b]0;pwned\u0007'],
    ['a bell (BEL)', 'Help desk\u0007'],
    ['a NUL', 'Help\u0000desk'],
    ['a right-to-left override (U+202E)', 'Help desk \u202egnp.exe'],
    ['a line separator (U+2028)', 'Help desk\u2028# heading'],
    ['a line feed', 'Help desk\n---'],
    ['a tab', 'Help\tdesk'],
    ['a control character (U+0085)', 'Help desk\u0085'],
    ['a bidirectional control (U+2066)', 'Help desk\u2066'],
  ];
  for (const [name, title] of hostile) {
    it(`refuses a title with ${name}, naming the file, the field and the place`, () => {
      const found = problems(withRoles((roles) => (roles[0]!.title = title)));
      expect(found).toContainEqual(
        expect.stringMatching(
          new RegExp(`^graph-data/roles\\.json \\$\\.roles\\[0\\]\\.title: contains ${name.replace(/[()+]/g, '\\$&')}`),
        ),
      );
    });
  }

  it('refuses control characters in every text field, aliases and notes included', () => {
    const found = problems(
      withRoles((roles) => {
        roles[1]!.aliases = ['SOC analyst', 'analyst\u001b[2J'];
        roles[2]!.summary = 'Leads the security team.\r\nATTACH:http://evil.example/a';
      }),
    );
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/\$\.roles\[1\]\.aliases\[1\]: contains an escape/),
        expect.stringMatching(/\$\.roles\[2\]\.summary: contains a carriage return at character 25/),
      ]),
    );
  });

  it('keeps accented and non-Latin text that is one script', () => {
    expect(
      problems(
        withRoles((roles) => roles[2]!.aliases.push('Responsable de la sécurité', 'Специалист по безопасности')),
      ),
    ).toEqual([]);
  });
});

describe('look-alike role names', () => {
  it('refuses a title that mixes Latin with a Cyrillic look-alike letter', () => {
    const found = problems(
      withRoles((roles) =>
        roles.push({ ...roles[1]!, id: 'security-analyst-twin', title: 'S\u0435curity analyst', aliases: [] }),
      ),
    );
    expect(found).toContainEqual(
      'graph-data/roles.json $.roles[4].title: "Sеcurity analyst" mixes Latin letters with the Cyrillic letter "е" (U+0435), which can look like another letter (write every letter of a title or alias in one script)',
    );
    expect(found).toContainEqual(
      expect.stringMatching(
        /\$\.roles\[4\]\.title: "Sеcurity analyst" looks the same as "Security analyst", which names role "security-analyst" \(\$\.roles\[1\]\)/,
      ),
    );
  });

  it('refuses names of two roles that read the same in one script each', () => {
    const found = problems(
      withRoles((roles) =>
        roles.push({ ...roles[3]!, id: 'c1so', title: 'Chief information security 0fficer', aliases: ['ClSO'] }),
      ),
    );
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /\.title: "Chief information security 0fficer" looks the same as "Chief information security officer"/,
        ),
        expect.stringMatching(/\.aliases\[0\]: "ClSO" looks the same as "CISO"/),
      ]),
    );
  });

  it('maps look-alikes to the letter they imitate', () => {
    expect(skeleton('SОC analyst')).toBe(skeleton('SOC analyst'));
    expect(skeleton('ΙΤ manager')).toBe(skeleton('IT manager'));
    expect(skeleton('Ｓｅｃｕｒｉｔｙ')).toBe(skeleton('security'));
    expect(skeleton('mod\u200bern')).toBe(skeleton('modem'));
    expect(skeleton('security analyst')).not.toBe(skeleton('security manager'));
  });

  it('finds nothing to refuse in the shipped data', () => {
    expect(loadGraphDataDir(SHIPPED_GRAPH_DIR).ok).toBe(true);
  });
});
