import { MissingAuthSecretError } from './secret';

/** A production server without AUTH_SECRET stops at start, saying why, instead of failing at first sign-in. */
export function refuseToStartWithoutSecret(): void {
  if (process.env.NODE_ENV !== 'production' || process.env.AUTH_SECRET) return;
  console.error(`\n${new MissingAuthSecretError().message}\n`);
  process.exit(1);
}
