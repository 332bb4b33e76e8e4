export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { refuseToStartWithoutSecret } = await import('./lib/auth/refuse-without-secret');
    refuseToStartWithoutSecret();
  }
}
