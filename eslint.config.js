// ESLint (flat config), run by `npm run lint` and so by `npm test`. Formatting is Prettier's
// job (.prettierrc.json); these rules are about what the code does.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  {
    // Build output, test reports and the CLI bundle (node_modules/.cache/secpath-cli, ignored
    // with node_modules) are made by tools, not written by hand.
    ignores: ['dist/', '.test-results/', 'coverage/', '.scratch/'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // secpath takes text from files, links and résumés and strips or escapes the control
      // characters in it (src/export/text-safety.ts, notices, CLI messages), and its tests check
      // they are gone: every such pattern names them on purpose, as \u escapes. The rule only
      // finds those patterns, so it is off.
      'no-control-regex': 'off',
      // A leading underscore marks a value left unused on purpose, e.g. a field dropped by
      // destructuring ({ note: _note, ...source }).
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
    },
  },
  {
    // The web app runs in the browser.
    files: ['src/ui/**', 'src/main.tsx'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  {
    // The CLI, the benchmarks, the tests and the build run in Node; component and end-to-end
    // tests also touch the browser's globals (happy-dom, or code sent to Chromium).
    files: ['src/cli/**', 'bench/**', 'tests/**', 'vite.config.ts', 'eslint.config.js'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['tests/ui/**', 'tests/e2e/**', 'bench/**'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
);
