import type { OrgStructure } from '@/lib/organisation/org-structure';

/** A set of teams whose answers to one pulse are only ever shown together. */
export interface Block {
  teamIds: number[];
  respondents: number;
}

interface SubtreeResult {
  blocks: Block[];
  /** Teams below the minimum that could not be merged inside the subtree (fewer than k together). */
  pending: Block | null;
}

const merge = (a: Block, b: Block): Block => ({ teamIds: [...a.teamIds, ...b.teamIds], respondents: a.respondents + b.respondents });
const bySize = (a: Block, b: Block) => a.respondents - b.respondents || Math.min(...a.teamIds) - Math.min(...b.teamIds);

/**
 * Partitions the teams for one pulse into blocks of at least k respondents (or none at all),
 * walking the department tree bottom-up: teams below k are pooled with each other and, while the
 * pool is still below k, with a sibling team (else a block of a sub-department) — secondary
 * suppression. The partner is preferably a team whose month is hidden anyway (`alreadyHidden`),
 * so that one small team costs as few other teams' results as possible; then the smallest. Every shown figure is a union of whole blocks, so no
 * sum or difference of shown figures can isolate fewer than k people.
 */
export function buildPulseBlocks(
  structure: OrgStructure,
  respondentsByTeam: ReadonlyMap<number, number>,
  k: number,
  alreadyHidden: ReadonlySet<number> = new Set(),
): Block[] {
  const teamsByDepartment = new Map<number | null, number[]>();
  const childrenByDepartment = new Map<number | null, number[]>();
  for (const team of structure.teams.values()) teamsByDepartment.set(team.departmentId, [...(teamsByDepartment.get(team.departmentId) ?? []), team.id]);
  for (const department of structure.departments.values()) {
    childrenByDepartment.set(department.parentId, [...(childrenByDepartment.get(department.parentId) ?? []), department.id]);
  }

  const visit = (departmentId: number | null): SubtreeResult => {
    const own = (teamsByDepartment.get(departmentId) ?? [])
      .sort((a, b) => a - b)
      .map((teamId): Block => ({ teamIds: [teamId], respondents: respondentsByTeam.get(teamId) ?? 0 }));
    const children = (childrenByDepartment.get(departmentId) ?? []).sort((a, b) => a - b).map(visit);
    const isSmall = (block: Block) => block.respondents > 0 && block.respondents < k;
    const ownLarge = own.filter((block) => !isSmall(block));
    const childBlocks = children.flatMap((child) => child.blocks);
    const small = [...own.filter(isSmall), ...children.flatMap((child) => (child.pending ? [child.pending] : []))];
    if (small.length === 0) return { blocks: [...ownLarge, ...childBlocks], pending: null };

    const pool = small.reduce(merge);
    if (pool.respondents >= k) return { blocks: [...ownLarge, ...childBlocks, pool], pending: null };
    const partner = choosePartner(ownLarge, k, alreadyHidden) ?? choosePartner(childBlocks, k, alreadyHidden);
    if (!partner) return { blocks: [...ownLarge, ...childBlocks], pending: pool };
    const blocks = [...ownLarge, ...childBlocks].map((block) => (block === partner ? merge(block, pool) : block));
    return { blocks, pending: null };
  };

  const root = visit(null);
  return root.pending ? [...root.blocks, root.pending] : root.blocks;
}

function choosePartner(blocks: Block[], k: number, alreadyHidden: ReadonlySet<number>): Block | undefined {
  const hiddenFirst = (a: Block, b: Block) => Number(!a.teamIds.some((id) => alreadyHidden.has(id))) - Number(!b.teamIds.some((id) => alreadyHidden.has(id)));
  return blocks.filter((block) => block.respondents >= k).sort((a, b) => hiddenFirst(a, b) || bySize(a, b))[0];
}
