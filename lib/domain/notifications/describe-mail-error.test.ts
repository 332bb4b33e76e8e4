import { describe, expect, it } from 'vitest';
import { describeMailError } from './describe-mail-error';

describe('describeMailError', () => {
  it('keeps the kind, code and message of an SMTP refusal, without the addresses it names', () => {
    const error = Object.assign(
      new Error(
        "Can't send mail - all recipients were rejected: 550 5.1.1 <an.peeters@example.be>: Recipient address rejected",
      ),
      {
        code: 'EENVELOPE',
        rejected: ['an.peeters@example.be'],
        response: '550 5.1.1 <an.peeters@example.be>: Recipient address rejected',
      },
    );
    const described = describeMailError(error);
    expect(described).toBe(
      "Error EENVELOPE: Can't send mail - all recipients were rejected: 550 5.1.1 <<address>>: Recipient address rejected",
    );
    expect(described).not.toContain('example.be');
  });

  it('says little about what is not an Error', () => {
    expect(describeMailError({ to: 'jan@example.be' })).toBe('an unknown error');
  });
});
