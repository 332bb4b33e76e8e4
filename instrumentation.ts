export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { refuseToStartWithoutSecret } = await import('./lib/auth/refuse-without-secret');
  refuseToStartWithoutSecret();
  const minutes = Number(process.env.NOTIFY_EVERY_MINUTES);
  if (minutes > 0) {
    const { notifyPeriodically } = await import('./lib/notifications/notify-periodically');
    notifyPeriodically(minutes);
  }
}
