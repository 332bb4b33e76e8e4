export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { refuseToStartUnconfigured } = await import('@/lib/domain/auth/refuse-unconfigured-start');
  refuseToStartUnconfigured();
  const minutes = Number(process.env.NOTIFY_EVERY_MINUTES);
  if (minutes > 0) {
    const { notifyPeriodically } = await import('@/lib/server/notifications/notify-periodically');
    notifyPeriodically(minutes);
  }
}
