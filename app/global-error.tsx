'use client';
import './globals.css';
import { FailurePage } from '@/components/failure-page';

/** When even the root layout failed: the page of app/error.tsx, in a document of its own. */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="nl">
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        <FailurePage retry={reset} />
      </body>
    </html>
  );
}
