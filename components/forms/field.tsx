import { type InputHTMLAttributes, type ReactElement, type SelectHTMLAttributes, useId } from 'react';

const CONTROL =
  'mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30 aria-invalid:border-red-700';

interface FieldProps {
  label: string;
  /** Shown below the label, read with the control. */
  hint?: string;
  /** Shown when the value was refused, read with the control. */
  error?: string;
}

function Field({
  label,
  hint,
  error,
  control,
}: FieldProps & { control: (ids: { id: string; describedBy?: string }) => ReactElement }) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {control({ id, describedBy })}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function TextField({
  label,
  hint,
  error,
  ...input
}: FieldProps & InputHTMLAttributes<HTMLInputElement> & { name: string }) {
  return (
    <Field
      label={label}
      hint={hint}
      error={error}
      control={({ id, describedBy }) => (
        <input
          id={id}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          className={CONTROL}
          {...input}
        />
      )}
    />
  );
}

export function SelectField({
  label,
  hint,
  error,
  children,
  ...select
}: FieldProps & SelectHTMLAttributes<HTMLSelectElement> & { name: string }) {
  return (
    <Field
      label={label}
      hint={hint}
      error={error}
      control={({ id, describedBy }) => (
        <select
          id={id}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          className={CONTROL}
          {...select}
        >
          {children}
        </select>
      )}
    />
  );
}
