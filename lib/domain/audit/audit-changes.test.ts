import { describe, expect, it } from 'vitest';
import { auditWordingFor } from '@/testing/audit-wording';
import { auditChanges } from './audit-changes';
import { auditReferences } from './audit-references';
import { changeWords } from './audit-value-words';
import type { AuditNames } from './audit-wording';

const NAMES: AuditNames = {
  people: new Map([[7, { name: 'An Peeters', email: 'an@example.test' }]]),
  teams: new Map([[3, 'Expeditie']]),
  departments: new Map(),
  surveyItems: new Map(),
};

describe('auditChanges', () => {
  it('leaves out what did not change and what only identifies, in a fixed order', () => {
    expect(
      auditChanges({
        before: { validFrom: '2026-01-01', teamName: 'Magazijn', teamId: 2 },
        after: { corrected: false, teamId: 3, validFrom: '2026-01-01', id: 9 },
      }),
    ).toEqual([
      { field: 'teamId', kind: 'team', before: { value: 2, recordedName: 'Magazijn' }, after: { value: 3 } },
      { field: 'corrected', kind: 'boolean', after: { value: false } },
    ]);
  });

  it('collects the rows an entry names', () => {
    const entry = {
      action: 'team.leader.add',
      entity: 'team',
      entityId: '3',
      before: { leaders: [7] },
      after: { personId: 8, leaders: [7, 8] },
    };
    expect(auditReferences([entry])).toEqual({ people: [8, 7], teams: [3], departments: [], surveyItems: [] });
  });
});

describe('changeWords', () => {
  it('says a team that is gone by the name recorded, or by its number, and shortens a long list', async () => {
    const w = await auditWordingFor('nl');
    const [team] = auditChanges({ before: { teamId: 2, teamName: 'Magazijn' }, after: { teamId: 4 } });
    expect(changeWords(w, NAMES, team!)).toEqual({
      label: 'Team',
      before: 'Magazijn (bestaat niet meer)',
      after: 'team 4 (bestaat niet meer)',
    });
    const emails = Array.from({ length: 12 }, (_, index) => `p${index}@example.test`);
    const [people] = auditChanges({ before: null, after: { newPeople: emails } });
    expect(changeWords(w, NAMES, people!).after).toBe(`${emails.slice(0, 10).join(', ')} en nog 2`);
  });

  it('shows a field it does not know as its value reads', async () => {
    const [unknown] = auditChanges({ before: { openingHour: 0 }, after: { openingHour: 6 } });
    expect(changeWords(await auditWordingFor('en'), NAMES, unknown!)).toEqual({
      label: 'openingHour',
      before: '0',
      after: '6',
    });
  });
});
