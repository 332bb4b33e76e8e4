import { NextIntlClientProvider } from 'next-intl';
import type { ReactNode } from 'react';
import { QueryProvider } from '@/components/providers/query-provider';

/** The team dashboard translates in the browser and polls its participation with TanStack Query. */
export default function TeamLayout({ children }: { children: ReactNode }) {
  return (
    <NextIntlClientProvider>
      <QueryProvider>{children}</QueryProvider>
    </NextIntlClientProvider>
  );
}
