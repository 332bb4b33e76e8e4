import { NextIntlClientProvider } from 'next-intl';
import type { ReactNode } from 'react';

/** The organisation's forms and charts translate in the browser. */
export default function OrgLayout({ children }: { children: ReactNode }) {
  return <NextIntlClientProvider>{children}</NextIntlClientProvider>;
}
