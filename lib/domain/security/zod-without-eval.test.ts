import { describe, expect, it } from 'vitest';
import { ZOD_WITHOUT_EVAL } from './zod-without-eval';

describe('zod without eval, set before zod loads', () => {
  it('is the configuration zod itself reads, so no schema compiles with new Function', async () => {
    ZOD_WITHOUT_EVAL.apply();
    const { globalConfig } = await import('zod/v4/core');
    const { z } = await import('zod');
    expect(globalConfig).toBe((globalThis as Record<string, unknown>)[ZOD_WITHOUT_EVAL.globalName]);
    expect(globalConfig.jitless).toBe(true);
    expect(z.object({ a: z.number() }).parse({ a: 1 })).toEqual({ a: 1 });
  });
});
