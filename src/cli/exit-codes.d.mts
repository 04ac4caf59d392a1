/** The exit codes of exit-codes.mjs; their values live there only. */
export declare const EXIT: Readonly<Record<'ok' | 'fault' | 'usage' | 'noRoute', number>>;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
