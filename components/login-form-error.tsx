'use client';
import { useTranslations } from 'next-intl';
import { useAppFormatter } from '@/components/i18n/use-app-formatter';
import type { SignInState, ThrottleNotice } from '@/app/login/actions';

const MINUTE = 60_000;

/** Why the sign-in failed, in plain words: a short wait in seconds, a lock as the time it ends. */
export function LoginFormError({ state }: { state: SignInState }) {
  const t = useTranslations('login');
  const format = useAppFormatter();
  if (!state.error) return null;
  const throttled = ({ scope, retryAt, waitSeconds }: ThrottleNotice) => {
    if (waitSeconds < 60) return t(`throttled.${scope}.wait`, { seconds: waitSeconds });
    // Rounded up to the minute, so that "after 14:36" holds.
    const until = new Date(Math.ceil(new Date(retryAt).getTime() / MINUTE) * MINUTE);
    return t(`throttled.${scope}.until`, { time: format.dateTime(until, { timeStyle: 'short' }) });
  };
  const message =
    state.error === 'throttled' ? throttled(state.throttle) : t(state.error === 'credentials' ? 'error' : state.error);
  return <p className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">{message}</p>;
}
