// `npm install` runs this (the "prepare" script): it bundles the CLI into
// node_modules/.cache/secpath-cli/main.mjs with vite, a development dependency. A production
// install (`npm ci --omit=dev`) has no vite, so it builds nothing and says so: the CLI then runs
// from its TypeScript sources through tsx, a runtime dependency for exactly this reason.
let vite;
try {
  vite = await import('vite');
} catch {
  // Not a failure: the install goes on, and the CLI runs from its sources.
  console.log(
    'secpath: vite is not installed (a production install), so the CLI is not bundled; it runs from its sources through tsx',
  );
}
if (vite) {
  const root = new URL('../..', import.meta.url).pathname;
  await vite.build({ root, configFile: `${root}vite.config.ts`, mode: 'cli', logLevel: 'warn' });
}
