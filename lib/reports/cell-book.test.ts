import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { brokenUnitsByPulse } from '@/lib/anonymity/publication';
import { randomOrganisationArbitrary } from '@/lib/anonymity/testing/random-organisation';
import { aggregatesCsv } from './aggregates-export';

describe('the cell book', { timeout: 60_000 }, () => {
  it('shows the same cells from remembered blocks as from the team counts they came from', () => {
    fc.assert(
      fc.property(randomOrganisationArbitrary(5), ({ data }) => {
        const pulses = data.pulses.map((pulse) => ({ pulseId: pulse.id, month: pulse.labels.month, respondentsByTeam: data.teamPulseRespondents.get(pulse.id) ?? new Map<number, number>() }));
        const knownBreaks = brokenUnitsByPulse(data.structure, pulses, data.thresholds.minGroupSize);
        expect(aggregatesCsv({ ...data, knownBreaks, teamPulseRespondents: new Map() })).toBe(aggregatesCsv(data));
      }),
      { numRuns: 60 },
    );
  });
});
