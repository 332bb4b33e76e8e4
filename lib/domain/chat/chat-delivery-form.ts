import { z } from 'zod';
import { formContract, textOf } from '@/lib/domain/forms/form-contract';
import { CHAT_CHANNELS, chatDeliverySchema } from './chat-delivery-setting';

/** HR's choice of channels: a checkbox for e-mail, and one per chat channel for each kind of message. */
export const chatDeliveryForm = formContract(
  z
    .object({
      pulseEmail: z.enum(['on', ''], { message: 'pulseEmail' }).transform((value) => value === 'on'),
      pulseChat: z.array(z.enum(CHAT_CHANNELS, { message: 'pulseChat' })),
      alertChat: z.array(z.enum(CHAT_CHANNELS, { message: 'alertChat' })),
    })
    .pipe(chatDeliverySchema),
  (form) => ({
    pulseEmail: textOf(form, 'pulseEmail'),
    pulseChat: form.getAll('pulseChat').map(String),
    alertChat: form.getAll('alertChat').map(String),
  }),
);
