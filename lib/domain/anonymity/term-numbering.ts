/**
 * Numbers person-mean terms (person-mean-terms.ts): the same person and team over the same pulses get
 * the same number, whichever figure they come from. A decision hashes millions of terms; small whole
 * numbers cost far less to make, hash and keep than names. Numbers mean nothing outside the one
 * numbering that gave them.
 */
export class TermNumbering {
  /** Terms over one pulse, by pulse, team and person: an atom's are found with one lookup each. */
  private readonly single = new Map<number, Map<number, Map<number, number>>>();
  /** Terms over several pulses, by person, team and pulses (fewer: people who answered more than once). */
  private readonly spanning = new Map<string, number>();
  private next = 0;

  /** The numbers of one atom's terms, by person. */
  ofAtom(pulseId: number, teamId: number): (person: number) => number {
    let ofPulse = this.single.get(pulseId);
    if (!ofPulse) this.single.set(pulseId, (ofPulse = new Map<number, Map<number, number>>()));
    let ofAtom = ofPulse.get(teamId);
    if (!ofAtom) ofPulse.set(teamId, (ofAtom = new Map<number, number>()));
    const numbers = ofAtom;
    return (person) => {
      let number = numbers.get(person);
      if (number === undefined) numbers.set(person, (number = this.next++));
      return number;
    };
  }

  /** The number of a person's term in a team over these pulses (ascending). */
  of(person: number, teamId: number, pulses: readonly number[]): number {
    if (pulses.length === 1) return this.ofAtom(pulses[0]!, teamId)(person);
    const key = `${person}|${teamId}|${pulses.join('.')}`;
    let number = this.spanning.get(key);
    if (number === undefined) this.spanning.set(key, (number = this.next++));
    return number;
  }
}
