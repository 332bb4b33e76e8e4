'use client';
import './globals.css';
import { StatusPage } from '@/components/status-page';

/**
 * When even the root layout failed, there is no language setting to read: the message is in
 * Dutch and English, styled by classes only (the Content-Security-Policy refuses inline styles).
 */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="nl">
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        <StatusPage title="Er liep iets mis · Something went wrong" body="Er is niets gewijzigd; probeer het opnieuw. · Nothing was changed; please try again." linkLabel="Startpagina · Start page">
          <button type="button" onClick={reset} className="rounded-md border border-slate-300 bg-white px-4 py-2 font-semibold text-brand-900 hover:bg-slate-50">
            Opnieuw · Try again
          </button>
        </StatusPage>
      </body>
    </html>
  );
}
