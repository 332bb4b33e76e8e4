import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';

/** The alert forms translate in the browser: they get the alerts' messages only, wherever they are placed. */
export async function AlertMessages({ children }: { children: ReactNode }) {
  const { alerts } = await getMessages();
  return <NextIntlClientProvider messages={{ alerts }}>{children}</NextIntlClientProvider>;
}
