import { z } from 'zod';
import { formContract, numberOf, textOf } from '@/lib/domain/forms/form-contract';
import { CONNECTION_LINES } from '@/lib/domain/model/connection-lines';
import { databaseId } from '@/lib/domain/validation/database-id';

export const ITEM_TEXT_MAX = 300;

const itemText = (language: string) =>
  z
    .string()
    .trim()
    .min(5, `Write the ${language} question (at least 5 characters).`)
    .max(ITEM_TEXT_MAX, `A question has at most ${ITEM_TEXT_MAX} characters.`);
const itemId = databaseId('There is no such question.');

/** A question of the bank: the line it measures and its Dutch and English text. */
export const surveyItemSchema = z.object({
  line: z
    .number()
    .refine(
      (line) => (CONNECTION_LINES as readonly number[]).includes(line),
      'Choose one of the four connection lines.',
    ),
  textNl: itemText('Dutch'),
  textEn: itemText('English'),
});
export const surveyItemForm = formContract(surveyItemSchema, (form) => ({
  line: numberOf(form, 'line'),
  textNl: textOf(form, 'textNl'),
  textEn: textOf(form, 'textEn'),
}));

/** New wording for a question; its line stays, so that its answers keep measuring the same line. */
export const surveyItemTextSchema = z.object({ itemId, textNl: itemText('Dutch'), textEn: itemText('English') });
export const surveyItemTextForm = formContract(surveyItemTextSchema, (form) => ({
  itemId: numberOf(form, 'itemId'),
  textNl: textOf(form, 'textNl'),
  textEn: textOf(form, 'textEn'),
}));

export const surveyItemReferenceSchema = z.object({ itemId });
export const surveyItemReferenceForm = formContract(surveyItemReferenceSchema, (form) => ({
  itemId: numberOf(form, 'itemId'),
}));

export type SurveyItemInput = z.infer<typeof surveyItemSchema>;
export type SurveyItemTextInput = z.infer<typeof surveyItemTextSchema>;
