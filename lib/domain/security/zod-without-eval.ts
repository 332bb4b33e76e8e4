/**
 * Zod compiles object parsers with `new Function` where eval is allowed, and probes for it as it
 * builds its first object schema; the pages' Content-Security-Policy forbids eval, and the browser
 * reports the probe as a violation. Zod keeps its configuration in one object on `globalThis`, shared
 * by every copy of zod on the page, and adopts one that is already there. Setting `jitless` on it
 * before any schema is built does what `z.config({ jitless: true })` does, without loading zod on
 * pages that have no form (the survey stays light); zod-without-eval.test.ts holds zod to it.
 */
export const ZOD_WITHOUT_EVAL = {
  globalName: '__zod_globalConfig',
  apply(): void {
    const scope = globalThis as Record<string, unknown>;
    const config = (scope[this.globalName] ??= {}) as { jitless?: boolean };
    config.jitless = true;
  },
};
