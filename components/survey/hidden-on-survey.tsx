'use client';
import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';

/** Shows its children on every page but the survey itself, where a pointer to the survey says nothing. */
export function HiddenOnSurvey({ children }: { children: ReactNode }) {
  const pathname = usePathname();
  return pathname === '/survey' || pathname.startsWith('/survey/') ? null : children;
}
