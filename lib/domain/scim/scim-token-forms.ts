import { z } from 'zod';
import { formContract, numberOf, textOf } from '@/lib/domain/forms/form-contract';
import { databaseId } from '@/lib/domain/validation/database-id';

export const SCIM_TOKEN_NAME_LENGTH = 100;

/** A new token, named after the identity provider that will use it ("Entra ID productie"). */
export const scimTokenCreationSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'Give the token a name, e.g. the identity provider that will use it.')
    .max(SCIM_TOKEN_NAME_LENGTH, `A token's name is at most ${SCIM_TOKEN_NAME_LENGTH} characters long.`),
});
export const scimTokenCreationForm = formContract(scimTokenCreationSchema, (form) => ({ name: textOf(form, 'name') }));

export const scimTokenRevocationSchema = z.object({ tokenId: databaseId('There is no such token.') });
export const scimTokenRevocationForm = formContract(scimTokenRevocationSchema, (form) => ({
  tokenId: numberOf(form, 'tokenId'),
}));

export type ScimTokenCreationInput = z.infer<typeof scimTokenCreationSchema>;
export type ScimTokenRevocationInput = z.infer<typeof scimTokenRevocationSchema>;
