import { NextIntlClientProvider } from 'next-intl';
import type { ReactNode } from 'react';

/** The sign-in form translates its errors in the browser. */
export default function LoginLayout({ children }: { children: ReactNode }) {
  return <NextIntlClientProvider>{children}</NextIntlClientProvider>;
}
