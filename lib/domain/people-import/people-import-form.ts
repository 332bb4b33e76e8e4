import { z } from 'zod';
import { formContract, textOf } from '@/lib/domain/forms/form-contract';

/** About 25,000 people at 200 bytes a line; next.config.js lets server actions receive this much. */
export const MAX_IMPORT_CHARACTERS = 5_000_000;

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * A dry run of a CSV text or of an XLSX workbook (its bytes in base64, as the page reads the
 * chosen file), or applying it with the digest of the dry run that was shown.
 */
export const peopleImportSchema = z
  .object({
    csv: z.string().max(MAX_IMPORT_CHARACTERS, 'The file is too large; split it up.'),
    xlsx: z.base64().max(MAX_IMPORT_CHARACTERS, 'The file is too large; split it up.').nullable(),
    mode: z.enum(['dry-run', 'apply']),
    digest: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .nullable(),
  })
  .refine((input) => input.xlsx !== null || input.csv !== '', {
    path: ['csv'],
    message: 'Choose a CSV or XLSX file or paste its contents.',
  });

export const peopleImportForm = formContract(peopleImportSchema, (form) => {
  const csv = form.get('csv');
  return {
    // Not trimmed: leading blank lines count in the line numbers.
    csv: typeof csv === 'string' && csv.trim() !== '' ? csv : '',
    xlsx: textOf(form, 'xlsx') || null,
    mode: textOf(form, 'mode') || 'dry-run',
    digest: textOf(form, 'digest') || null,
  };
});

export type PeopleImportInput = z.infer<typeof peopleImportSchema>;
