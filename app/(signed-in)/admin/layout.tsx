import { NextIntlClientProvider } from 'next-intl';
import type { ReactNode } from 'react';

/** The admin forms translate their results in the browser. */
export default function AdminLayout({ children }: { children: ReactNode }) {
  return <NextIntlClientProvider>{children}</NextIntlClientProvider>;
}
