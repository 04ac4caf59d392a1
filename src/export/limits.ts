/** Imported files (plans, résumés) larger than this are refused before they are parsed. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
