import { describe, expect, it } from 'vitest';
import { CONNECTION_LINES } from '@/lib/domain/model/connection-lines';
import { guidanceFor } from './guidance';

describe('guidance from the model', () => {
  it('ties each line to the two fields the model says it connects, with their leader roles', () => {
    const fields = CONNECTION_LINES.map((line) => guidanceFor(line, 'en').fields.map((field) => field.key));
    expect(fields).toEqual([
      ['i-inside', 'we-inside'],
      ['i-inside', 'i-outside'],
      ['i-outside', 'we-outside'],
      ['we-inside', 'we-outside'],
    ]);
    expect(guidanceFor(2, 'en').fields.map((field) => field.roles)).toEqual([
      ['Host', 'Mentor'],
      ['Challenger', 'Coach'],
    ]);
    expect(guidanceFor(4, 'nl').fields.map((field) => field.roles)).toEqual([
      ['Inspirator', 'Strateeg'],
      ['Organisator', 'Bouwer'],
    ]);
  });

  it('has three things to do for every line, different in Dutch and English', () => {
    for (const line of CONNECTION_LINES) {
      const [nl, en] = [guidanceFor(line, 'nl'), guidanceFor(line, 'en')];
      expect(nl.actions).toHaveLength(3);
      expect(en.actions).toHaveLength(3);
      expect(nl.meaning).not.toEqual(en.meaning);
      expect(nl.meaning).toContain(`Lijn ${line}`);
      expect(en.meaning).toContain(`Line ${line}`);
    }
  });
});
