import { config } from 'zod';

// zod compiles fast parsers with new Function() when a schema is built, which the page's
// Content-Security-Policy forbids (the refused probe is reported as a violation). This module
// is imported before any schema, so every schema in the page is built without it.
config({ jitless: true });
