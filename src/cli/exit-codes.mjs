// Plain JavaScript, so the launcher (secpath.mjs) can exit with these names before the
// TypeScript sources or their bundle are loaded.

/**
 * Exit codes, each with one meaning, documented in `secpath --help` and the README.
 * ok: done (a role you already hold is done too). fault: a fault outside the command line: the
 * input data, a plan or résumé file, the file system, standard output. usage: the command line
 * is wrong. noRoute: no route to the target.
 */
export const EXIT = Object.freeze({ ok: 0, fault: 1, usage: 2, noRoute: 3 });
