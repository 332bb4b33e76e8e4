'use client';
import { FailurePage } from '@/components/failure-page';

/** Next's own error page styles itself with an inline style element, which the Content-Security-Policy refuses. */
export default function PageError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <FailurePage retry={reset} />;
}
