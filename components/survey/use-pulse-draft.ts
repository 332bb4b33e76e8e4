'use client';
import { useEffect, useState } from 'react';

export interface PulseDraft {
  answers: Record<number, number>;
  comment: string;
  /** The connection line the comment is tagged with, if any (absent in drafts kept before tags existed). */
  commentLine?: number | null;
}

const keyOf = (personId: number, pulseId: number) => `verbinding:pulse-draft:${personId}:${pulseId}`;

function readDraft(key: string): PulseDraft | null {
  try {
    const parsed = JSON.parse(window.localStorage.getItem(key) ?? 'null') as PulseDraft | null;
    return parsed && typeof parsed.answers === 'object' && typeof parsed.comment === 'string' ? parsed : null;
  } catch {
    return null;
  }
}

/**
 * The answers being given, kept in this browser as they change, so that leaving the page (or
 * losing the connection) never loses them. The draft is this person's and this pulse's alone.
 */
export function usePulseDraft(personId: number, pulseId: number, initial: PulseDraft) {
  const key = keyOf(personId, pulseId);
  const [draft, setDraft] = useState<PulseDraft>(initial);
  const [restored, setRestored] = useState(false);

  useEffect(() => {
    const saved = readDraft(key);
    if (saved && Object.keys(saved.answers).length > 0) {
      // Reading browser storage after hydration is the point of this effect.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setDraft(saved);
      setRestored(true);
    }
  }, [key]);

  const update = (next: PulseDraft) => {
    setDraft(next);
    window.localStorage.setItem(key, JSON.stringify(next));
  };
  const clear = () => window.localStorage.removeItem(key);
  return { draft, update, clear, restored };
}
