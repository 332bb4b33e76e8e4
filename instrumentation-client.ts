import { ZOD_WITHOUT_EVAL } from '@/lib/domain/security/zod-without-eval';

// Runs in the browser before any of the app's code: see lib/domain/security/zod-without-eval.ts.
ZOD_WITHOUT_EVAL.apply();
