const STYLES = {
  primary: 'bg-brand-600 text-white hover:bg-brand-700',
  secondary: 'border border-slate-300 bg-white text-brand-900 hover:bg-slate-50',
  danger: 'bg-red-700 text-white hover:bg-red-800',
} as const;

export function SubmitButton({
  pending,
  label,
  pendingLabel,
  variant = 'primary',
  name,
  value,
}: {
  pending: boolean;
  label: string;
  pendingLabel: string;
  variant?: keyof typeof STYLES;
  name?: string;
  value?: string;
}) {
  return (
    <button
      type="submit"
      name={name}
      value={value}
      disabled={pending}
      className={`rounded-md px-4 py-2 font-semibold shadow-sm disabled:opacity-70 ${STYLES[variant]}`}
    >
      {pending ? pendingLabel : label}
    </button>
  );
}
