import { describe, expect, it } from 'vitest';
import { alertPreferencesForm, alertSettingsForm, markAlertsReadForm } from './alert-forms';
import { alertLinkSchema } from './alert-kinds';

const formOf = (entries: [string, string][]) => {
  const form = new FormData();
  for (const [name, value] of entries) form.append(name, value);
  return form;
};
const parse = <T>(
  contract: { schema: { safeParse: (value: unknown) => T }; read: (form: FormData) => unknown },
  entries: [string, string][],
) => contract.schema.safeParse(contract.read(formOf(entries)));

describe('the alert forms', () => {
  it('reads ticked checkboxes as choices, in the order of the kinds', () => {
    expect(
      parse(alertPreferencesForm, [
        ['kinds', 'comments'],
        ['kinds', 'published'],
        ['email', 'on'],
      ]),
    ).toEqual({ success: true, data: { kinds: ['published', 'comments'], email: true, inApp: false } });
  });

  it('refuses a kind or a checkbox value it does not know', () => {
    expect(parse(alertPreferencesForm, [['kinds', 'everything']])).toMatchObject({ success: false });
    expect(parse(alertPreferencesForm, [['email', 'yes']])).toMatchObject({ success: false });
    expect(parse(alertSettingsForm, [['leaderEmails', 'true']])).toMatchObject({ success: false });
    expect(parse(alertSettingsForm, [])).toEqual({ success: true, data: { leaderEmails: false } });
  });

  it('marks one alert by a positive id, or all', () => {
    expect(parse(markAlertsReadForm, [['alertId', '12']])).toEqual({ success: true, data: { alertId: 12 } });
    expect(parse(markAlertsReadForm, [['all', 'on']])).toEqual({ success: true, data: { all: 'on' } });
    expect(parse(markAlertsReadForm, [['alertId', 'x']])).toMatchObject({ success: false });
    expect(parse(markAlertsReadForm, [['alertId', '-1']])).toMatchObject({ success: false });
  });

  it('links only to pages of the app', () => {
    expect(alertLinkSchema.safeParse('/team/3?period=month&at=2026-11').success).toBe(true);
    for (const link of ['https://evil.example', '//evil.example', '/\\evil.example', 'team/3', '/a b'])
      expect(alertLinkSchema.safeParse(link).success, link).toBe(false);
  });
});
