import { describe, expect, it } from 'vitest';
import { isNearDuplicate, looseKey } from './similar-names';

describe('near-duplicate names', () => {
  it('ignores case, accents, spaces and punctuation', () => {
    expect(looseKey(' Magazÿn  Noord ')).toBe('magazynnoord');
    expect(isNearDuplicate('Financien & Administratie', 'Financiën & Administratie')).toBe(true);
    expect(isNearDuplicate('Data&Rapportering', 'Data & Rapportering')).toBe(true);
  });

  it('finds small typing mistakes in longer names', () => {
    expect(isNearDuplicate('Magazyn', 'Magazijn')).toBe(true);
    expect(isNearDuplicate('Productiee', 'Productie')).toBe(true);
    expect(isNearDuplicate('Exprt', 'Export')).toBe(true);
  });

  it('is not the same name, nor a short name that differs, nor a different word', () => {
    expect(isNearDuplicate('magazijn', 'Magazijn')).toBe(false);
    expect(isNearDuplicate('IT', 'HR')).toBe(false);
    expect(isNearDuplicate('Sales', 'Sales Desk')).toBe(false);
    expect(isNearDuplicate('Payroll', 'Controlling')).toBe(false);
  });
});
