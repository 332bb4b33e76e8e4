'use client';
import { useTranslations } from 'next-intl';
import type { ImportRowError, ImportRowWarning } from '@/lib/domain/people-import/people-csv-format';

/** Problems whose message names the candidates itself; for the others, candidates are a suggestion. */
const NAMES_CANDIDATES = new Set(['ambiguousDepartment', 'ambiguousTeam']);

const TONES = {
  error: { box: 'border-red-200 bg-red-50', text: 'text-red-900' },
  warning: { box: 'border-amber-300 bg-amber-50', text: 'text-amber-950' },
} as const;

/** Lines of a dry run with what is said about each, and how many more the page leaves out. */
function LineList(props: {
  tone: keyof typeof TONES;
  title: string;
  intro: string;
  items: { line: number; text: string }[];
  count: number;
}) {
  const t = useTranslations('people.import');
  const tone = TONES[props.tone];
  const id = `import-${props.tone}s`;
  return (
    <section aria-labelledby={id} className={`rounded-lg border p-5 ${tone.box}`}>
      <h2 id={id} className={`text-lg font-semibold ${tone.text}`}>
        {props.title}
      </h2>
      <p className={`mb-2 ${tone.text}`}>{props.intro}</p>
      <ul className={`list-disc space-y-1 pl-5 ${tone.text}`}>
        {props.items.map((item, index) => (
          <li key={`${item.line}-${index}`}>
            <strong>{t('line', { line: item.line })}</strong>: {item.text}
          </li>
        ))}
      </ul>
      {props.count > props.items.length ? (
        <p className={`mt-2 ${tone.text}`}>{t('more', { count: props.count - props.items.length })}</p>
      ) : null}
    </section>
  );
}

/** Every error of every line of a dry run. */
export function ImportErrors({ errors, count }: { errors: ImportRowError[]; count: number }) {
  const t = useTranslations('people.import');
  const items = errors.map((error) => {
    const values = { detail: error.detail ?? '', candidates: (error.candidates ?? []).join('; ') };
    const message = t(`problems.${error.problem}`, values);
    const suggest = values.candidates !== '' && !NAMES_CANDIDATES.has(error.problem);
    return { line: error.line, text: suggest ? `${message} ${t('didYouMean', values)}` : message };
  });
  return (
    <LineList tone="error" title={t('errorsTitle', { count })} intro={t('errorsIntro')} items={items} count={count} />
  );
}

/** New names that resemble existing ones: the import may go ahead, but HR should look first. */
export function ImportWarnings({ warnings, count }: { warnings: ImportRowWarning[]; count: number }) {
  const t = useTranslations('people.import');
  const items = warnings.map((warning) => ({
    line: warning.line,
    text: t(`warnings.${warning.warning}`, { detail: warning.detail, candidates: warning.candidates.join('; ') }),
  }));
  return (
    <LineList
      tone="warning"
      title={t('warningsTitle', { count })}
      intro={t('warningsIntro')}
      items={items}
      count={count}
    />
  );
}
