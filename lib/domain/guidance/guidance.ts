import { z } from 'zod';
import type { AppLocale } from '@/lib/domain/i18n/locales';
import type { ConnectionLine } from '@/lib/domain/model/connection-lines';
import content from './guidance-content.json';

export const FIELDS = ['we-inside', 'i-inside', 'i-outside', 'we-outside'] as const;
export type Field = (typeof FIELDS)[number];

const inLocales = <T extends z.ZodType>(schema: T) => z.object({ nl: schema, en: schema });

const fieldSchema = inLocales(
  z.object({
    short: z.string().min(1),
    name: z.string().min(1),
    company: z.string().min(1),
    roles: z.tuple([z.string().min(1), z.string().min(1)]),
    gives: z.string().min(1),
  }),
);
const lineSchema = z.object({
  fields: z.tuple([z.enum(FIELDS), z.enum(FIELDS)]),
  ...inLocales(
    z.object({
      meaning: z.string().min(1),
      levers: z.string().min(1),
      actions: z.tuple([z.string().min(1), z.string().min(1), z.string().min(1)]),
    }),
  ).shape,
});

/** The model's guidance, written as data in Dutch and English; checked once when first read. */
const guidanceContentSchema = z.object({
  fields: z.object({
    'we-inside': fieldSchema,
    'i-inside': fieldSchema,
    'i-outside': fieldSchema,
    'we-outside': fieldSchema,
  }),
  lines: z.object({ 1: lineSchema, 2: lineSchema, 3: lineSchema, 4: lineSchema }),
});

const guidanceContent = guidanceContentSchema.parse(content);

export interface FieldGuidance {
  key: Field;
  /** The field in the model's words, e.g. IK-ZIJN. */
  short: string;
  name: string;
  company: string;
  roles: [string, string];
  gives: string;
}

export interface LineGuidance {
  line: ConnectionLine;
  meaning: string;
  levers: string;
  actions: [string, string, string];
  fields: [FieldGuidance, FieldGuidance];
}

/** What a line means, the two fields it connects with their leader roles, and three things to do — in one language. */
export function guidanceFor(line: ConnectionLine, locale: AppLocale): LineGuidance {
  const entry = guidanceContent.lines[line];
  const field = (key: Field): FieldGuidance => ({ key, ...guidanceContent.fields[key][locale] });
  return { line, ...entry[locale], fields: [field(entry.fields[0]), field(entry.fields[1])] };
}
