/**
 * Whether giving `departmentId` the parent `parentId` would make the department its own
 * ancestor: true when the department is the new parent or lies above it in the tree.
 */
export function wouldCreateCycle(
  parentOf: ReadonlyMap<number, number | null>,
  departmentId: number,
  parentId: number | null,
): boolean {
  const seen = new Set<number>();
  for (let current = parentId; current !== null && !seen.has(current); current = parentOf.get(current) ?? null) {
    if (current === departmentId) return true;
    seen.add(current);
  }
  return false;
}
