'use client';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { type FormEvent, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { MAX_COMMENT_LENGTH } from '@/lib/domain/responses/comment-limit';
import { LikertQuestion } from './likert-question';
import { usePulseDraft } from './use-pulse-draft';
import { SubmissionRefused, useSubmitResponse } from './use-submit-response';

/**
 * Every text the form shows, translated on the server (see pulse-form-labels.ts), so that the
 * phone that answers gets plain strings and no message formatter. A text that depends on how far
 * the person got comes once for each count the form can reach.
 */
export interface PulseFormLabels {
  /** `questions[i]`: the number of the statement at index i, "Question 1 of 8". */
  questions: string[];
  /** `progress[n]`: n of the statements answered. */
  progress: string[];
  /** `incomplete[n]`: n statements still unanswered. */
  incomplete: string[];
  /** Under each statement left unanswered at sending. */
  missing: string;
  /** The five points of the agreement scale, 1 first. */
  scale: string[];
  commentLabel: string;
  commentHelp: string;
  /** The comment's limit, shown after the number of characters typed: "/ 2,000 characters". */
  commentMax: string;
  /** The optional select that tags the comment with a connection line. */
  commentLineLabel: string;
  commentLineNone: string;
  /** `commentLines[i]`: the name of line i + 1. */
  commentLines: string[];
  draftKept: string;
  submit: string;
  update: string;
  saving: string;
  retry: string;
  /** Followed by the reason the server gave. */
  failed: string;
  offline: string;
  thanksTitle: string;
  thanksBody: string;
  change: string;
  toHistory: string;
}

export interface PulseFormProps {
  personId: number;
  /** The language of the labels, for the character count. */
  locale: string;
  pulse: { id: number; items: { id: number; text: string }[] };
  answered: { answers: Record<number, number>; comment: string; commentLine: number | null } | null;
  labels: PulseFormLabels;
}

/** Answering a pulse: one screen, eight statements, an optional comment; kept as a draft until it is saved. */
export function PulseForm({ personId, locale, pulse, answered, labels }: PulseFormProps) {
  const { draft, update, clear, restored } = usePulseDraft(
    personId,
    pulse.id,
    answered ?? { answers: {}, comment: '', commentLine: null },
  );
  const submit = useSubmitResponse(pulse.id);
  const [saved, setSaved] = useState(false);
  const [hasResponse, setHasResponse] = useState(answered !== null);
  const [incomplete, setIncomplete] = useState<number | null>(null);
  const thanksRef = useRef<HTMLHeadingElement>(null);
  const questionRefs = useRef(new Map<number, HTMLFieldSetElement>());
  const router = useRouter();

  const total = pulse.items.length;
  const answeredCount = pulse.items.filter((item) => draft.answers[item.id] !== undefined).length;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (answeredCount < total) return pointAtFirstUnanswered();
    setIncomplete(null);
    // Shown as saved at once; put back to editing if the server refuses or the retries fail.
    setSaved(true);
    const body = {
      answers: pulse.items.map((item) => ({ itemId: item.id, score: draft.answers[item.id]! })),
      comment: draft.comment.trim() || null,
      commentLine: draft.comment.trim() ? (draft.commentLine ?? null) : null,
    };
    submit.mutate(body, {
      onSuccess: () => {
        clear();
        setHasResponse(true);
        thanksRef.current?.focus();
        // The other pages' "pulse waiting" notice was rendered before this answer: render it anew.
        router.refresh();
      },
      onError: () => setSaved(false),
    });
  };

  /** Marks every unanswered statement, then scrolls to the first one and puts the focus on it. */
  const pointAtFirstUnanswered = () => {
    flushSync(() => setIncomplete(total - answeredCount));
    const first = pulse.items.find((item) => draft.answers[item.id] === undefined);
    const question = first && questionRefs.current.get(first.id);
    question?.scrollIntoView({ block: 'center' });
    question?.focus({ preventScroll: true });
  };

  if (saved) {
    return (
      <section aria-labelledby="thanks" className="rounded-lg border border-brand-600/30 bg-brand-50 p-5">
        <h2 id="thanks" ref={thanksRef} tabIndex={-1} className="text-lg font-semibold text-brand-900">
          {submit.isPending ? labels.saving : labels.thanksTitle}
        </h2>
        <p className="mt-1 text-slate-700">{labels.thanksBody}</p>
        <div className="mt-4 flex flex-wrap gap-3">
          <button
            type="button"
            onClick={() => setSaved(false)}
            className="rounded-md border border-brand-600 px-4 py-2 font-medium text-brand-700 hover:bg-white"
          >
            {labels.change}
          </button>
          <Link href="/me" className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
            {labels.toHistory}
          </Link>
        </div>
      </section>
    );
  }

  const failure = submit.error
    ? submit.error instanceof SubmissionRefused
      ? `${labels.failed} ${submit.error.message}`
      : labels.offline
    : null;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {restored ? <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">{labels.draftKept}</p> : null}
      <div className="sticky top-0 z-10 -mx-4 bg-slate-50/95 px-4 py-2 backdrop-blur">
        <p className="text-sm font-medium text-slate-700">{labels.progress[answeredCount]}</p>
        <div className="mt-1 h-2 overflow-hidden rounded-full bg-slate-200" aria-hidden="true">
          <div
            className="h-full bg-brand-600 transition-all"
            style={{ width: `${(answeredCount / Math.max(total, 1)) * 100}%` }}
          />
        </div>
      </div>
      {pulse.items.map((item, index) => (
        <LikertQuestion
          key={item.id}
          itemId={item.id}
          label={labels.questions[index] ?? ''}
          text={item.text}
          scale={labels.scale}
          value={draft.answers[item.id]}
          onChange={(score) => update({ ...draft, answers: { ...draft.answers, [item.id]: score } })}
          missing={incomplete !== null && draft.answers[item.id] === undefined ? labels.missing : null}
          ref={(element) => {
            if (element) questionRefs.current.set(item.id, element);
            return () => {
              questionRefs.current.delete(item.id);
            };
          }}
        />
      ))}
      <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <label htmlFor="comment" className="block font-medium text-slate-900">
          {labels.commentLabel}
        </label>
        <p id="comment-help" className="mt-1 text-sm text-slate-600">
          {labels.commentHelp}
        </p>
        <textarea
          id="comment"
          value={draft.comment}
          maxLength={MAX_COMMENT_LENGTH}
          rows={4}
          aria-describedby="comment-help comment-count"
          onChange={(event) => update({ ...draft, comment: event.target.value })}
          className="mt-2 block w-full rounded-md border border-slate-300 px-3 py-2 text-base focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30"
        />
        <p id="comment-count" className="mt-1 text-right text-xs text-slate-500">
          {draft.comment.length.toLocaleString(locale)} {labels.commentMax}
        </p>
        <label htmlFor="comment-line" className="mt-3 block text-sm font-medium text-slate-900">
          {labels.commentLineLabel}
        </label>
        <select
          id="comment-line"
          value={draft.commentLine ?? ''}
          onChange={(event) =>
            update({ ...draft, commentLine: event.target.value === '' ? null : Number(event.target.value) })
          }
          className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30 sm:w-auto"
        >
          <option value="">{labels.commentLineNone}</option>
          {labels.commentLines.map((name, index) => (
            <option key={index} value={index + 1}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <div role="alert" aria-live="assertive">
        {incomplete !== null ? (
          <p className="rounded-md bg-amber-50 px-3 py-2 text-amber-900">{labels.incomplete[incomplete]}</p>
        ) : null}
        {failure ? <p className="rounded-md bg-red-50 px-3 py-2 text-red-800">{failure}</p> : null}
      </div>
      <button
        type="submit"
        disabled={submit.isPending}
        className="w-full rounded-md bg-brand-600 px-4 py-3 text-lg font-semibold text-white shadow-sm hover:bg-brand-700 disabled:opacity-70"
      >
        {submit.isPending ? labels.saving : failure ? labels.retry : hasResponse ? labels.update : labels.submit}
      </button>
    </form>
  );
}
