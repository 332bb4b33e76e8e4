import { describe, expect, it } from 'vitest';
import { chatDeliveryForm } from './chat-delivery-form';
import { DEFAULT_CHAT_DELIVERY, alertChannels, chatDeliverySchema, pulseChannels } from './chat-delivery-setting';

const formOf = (entries: [string, string][]) => {
  const form = new FormData();
  for (const [name, value] of entries) form.append(name, value);
  return chatDeliveryForm.schema.safeParse(chatDeliveryForm.read(form));
};

describe("HR's choice of channels", () => {
  it('keeps e-mail only until HR chooses', () => {
    expect(pulseChannels(DEFAULT_CHAT_DELIVERY, ['teams', 'slack'])).toEqual({ email: true, chat: [] });
    expect(alertChannels(DEFAULT_CHAT_DELIVERY, ['teams', 'slack'])).toEqual([]);
  });

  it('sends only to configured channels, and falls back to e-mail when none of the chosen is configured', () => {
    const slackOnly = { pulseEmail: false, pulseChat: ['slack' as const], alertChat: ['teams' as const] };
    expect(pulseChannels(slackOnly, ['slack'])).toEqual({ email: false, chat: ['slack'] });
    expect(pulseChannels(slackOnly, ['teams'])).toEqual({ email: true, chat: [] });
    expect(alertChannels(slackOnly, ['slack'])).toEqual([]);
    expect(alertChannels(slackOnly, ['teams', 'slack'])).toEqual(['teams']);
  });

  it('refuses invitations and reminders that would reach nobody', () => {
    expect(chatDeliverySchema.safeParse({ pulseEmail: false, pulseChat: [], alertChat: ['slack'] }).success).toBe(
      false,
    );
  });

  it('reads the form: checkboxes, each channel once in a fixed order, and nothing unknown', () => {
    expect(
      formOf([
        ['pulseEmail', 'on'],
        ['pulseChat', 'slack'],
        ['pulseChat', 'teams'],
        ['pulseChat', 'slack'],
      ]),
    ).toEqual({
      success: true,
      data: { pulseEmail: true, pulseChat: ['teams', 'slack'], alertChat: [] },
    });
    expect(
      formOf([
        ['pulseChat', 'teams'],
        ['alertChat', 'slack'],
      ]),
    ).toMatchObject({
      success: true,
      data: { pulseEmail: false, pulseChat: ['teams'], alertChat: ['slack'] },
    });
    expect(formOf([])).toMatchObject({ success: false });
    expect(
      formOf([
        ['pulseEmail', 'on'],
        ['alertChat', 'whatsapp'],
      ]),
    ).toMatchObject({ success: false });
    expect(formOf([['pulseEmail', 'yes']])).toMatchObject({ success: false });
  });
});
