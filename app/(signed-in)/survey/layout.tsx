import type { ReactNode } from 'react';
import { QueryProvider } from '@/components/providers/query-provider';

/**
 * The pulse form sends its answers through a TanStack Query mutation. It gets its texts translated
 * from the page, so this part of the app ships no message formatter to the phone that answers.
 */
export default function SurveyLayout({ children }: { children: ReactNode }) {
  return <QueryProvider>{children}</QueryProvider>;
}
