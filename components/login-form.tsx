'use client';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { type SignInState, signInWithPassword } from '@/app/login/actions';
import { LoginFormError } from './login-form-error';

/** `callbackUrl`: the page to come back to once signed in, already checked to be a path on this site. */
export function LoginForm({ callbackUrl }: { callbackUrl: string | null }) {
  const t = useTranslations('login');
  const [state, action, pending] = useActionState<SignInState, FormData>(signInWithPassword, {});
  const inputClass =
    'mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30';
  return (
    <form action={action} className="space-y-4" noValidate aria-describedby={state.error ? 'login-error' : undefined}>
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <div>
        <label htmlFor="email" className="block text-sm font-medium text-slate-800">
          {t('email')}
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={state.email}
          className={inputClass}
        />
      </div>
      <div>
        <label htmlFor="password" className="block text-sm font-medium text-slate-800">
          {t('password')}
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className={inputClass}
        />
      </div>
      <div id="login-error" aria-live="polite" role="status">
        <LoginFormError state={state} />
      </div>
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-md bg-brand-600 px-4 py-2.5 font-semibold text-white shadow-sm hover:bg-brand-700 disabled:opacity-70"
      >
        {pending ? t('submitting') : t('submit')}
      </button>
    </form>
  );
}
