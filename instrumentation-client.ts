import { config } from 'zod/v4/core';

// Zod compiles object parsers with `new Function` where eval is allowed, and probes for it as it builds
// its first schema. The pages' Content-Security-Policy forbids eval and reports the probe as a violation;
// this runs before any of the browser's code builds a schema. From zod's core, so that pages without
// forms do not load the rest of zod for it.
config({ jitless: true });
