import type { Locale, Role } from '@/db/schema';
import type { TeamLines } from '@/seed/plan/team-lines';

/** The sizes of the synthetic organisation, as given on the command line. */
export interface LargeSizes {
  employees: number;
  teams: number;
  weeks: number;
}

/** Every row carries the id it gets in the (empty) database: the plan is written with COPY, ids included. */
export interface LargeDepartment {
  id: number;
  name: string;
  parentId: number | null;
}

export interface LargeTeam {
  id: number;
  name: string;
  departmentId: number;
  /** Members at the start, the demo accounts among them included. */
  size: number;
  lines: TeamLines;
  /** Nobody moves into or out of it: the demo's named teams and the teams smaller than k. */
  fixed: boolean;
}

export interface LargePerson {
  id: number;
  email: string;
  name: string;
  locale: Locale;
  roles: Role[];
}

export interface LargeMembership {
  id: number;
  personId: number;
  teamId: number;
  /** 'YYYY-MM-DD' */
  validFrom: string;
  validTo: string | null;
}

export interface LargeOrganisation {
  departments: LargeDepartment[];
  teams: LargeTeam[];
  people: LargePerson[];
  memberships: LargeMembership[];
  leaders: { teamId: number; personId: number }[];
  heads: { departmentId: number; personId: number }[];
}
