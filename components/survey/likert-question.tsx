'use client';
import type { Ref } from 'react';

const SCORES = [1, 2, 3, 4, 5] as const;

interface LikertQuestionProps {
  itemId: number;
  /** Which statement this is: "Question 1 of 8". */
  label: string;
  text: string;
  /** The five points of the scale, 1 first. */
  scale: string[];
  value: number | undefined;
  onChange: (score: number) => void;
  /** Said under the statement when it was left unanswered at sending; the statement is then marked invalid. */
  missing?: string | null;
  /** The statement's group, which the form scrolls to and focuses when it is the first one left unanswered. */
  ref?: Ref<HTMLFieldSetElement>;
}

/** One statement on the 5-point agreement scale: a native radio group, so keys and screen readers just work. */
export function LikertQuestion({ itemId, label, text, scale, value, onChange, missing, ref }: LikertQuestionProps) {
  const missingId = `item-${itemId}-missing`;
  return (
    <fieldset
      ref={ref}
      tabIndex={-1}
      aria-invalid={missing ? true : undefined}
      aria-describedby={missing ? missingId : undefined}
      className={`scroll-mt-24 rounded-lg border bg-white p-4 shadow-sm focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600/40 ${
        missing ? 'border-red-600 ring-1 ring-red-600' : 'border-slate-200'
      }`}
    >
      <legend className="sr-only">
        {label}: {text}
      </legend>
      <p aria-hidden="true" className="text-xs font-semibold uppercase tracking-wide text-brand-700">
        {label}
      </p>
      <p aria-hidden="true" className="mt-1 text-base font-medium text-slate-900">
        {text}
      </p>
      {missing ? (
        <p id={missingId} className="mt-2 text-sm font-medium text-red-700">
          {missing}
        </p>
      ) : null}
      <div className="mt-3 grid grid-cols-5 gap-1.5">
        {SCORES.map((score) => {
          const id = `item-${itemId}-${score}`;
          return (
            <label
              key={score}
              htmlFor={id}
              className="flex cursor-pointer flex-col items-center gap-1 rounded-md border border-slate-300 px-1 py-2 text-center text-xs leading-tight text-slate-700 has-checked:border-brand-700 has-checked:bg-brand-50 has-checked:font-semibold has-checked:text-brand-900 sm:text-sm"
            >
              <input
                id={id}
                type="radio"
                name={`item-${itemId}`}
                value={score}
                checked={value === score}
                onChange={() => onChange(score)}
                className="h-5 w-5 accent-brand-600"
              />
              <span aria-hidden="true" className="font-semibold">
                {score}
              </span>
              {scale[score - 1]}
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
