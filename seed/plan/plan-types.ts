import type { Locale, Role } from '@/db/schema';

/** Departments and teams are referred to by their (unique) names, people by their email. */
export interface PlannedDepartment {
  name: string;
  parent: string | null;
}

export interface PlannedTeam {
  name: string;
  department: string;
}

export interface PlannedPerson {
  email: string;
  name: string;
  locale: Locale;
  roles: Role[];
}

export interface PlannedMembership {
  email: string;
  team: string;
  /** 'YYYY-MM-DD' */
  validFrom: string;
  validTo: string | null;
}

export interface PlannedPulse {
  opensAt: Date;
  closesAt: Date;
  /** Indexes into QUESTION_BANK, in position order. */
  itemIndexes: number[];
}

export interface PlannedAnswer {
  itemIndex: number;
  score: number;
}

export interface PlannedResponse {
  pulseIndex: number;
  email: string;
  team: string;
  submittedAt: Date;
  answers: PlannedAnswer[];
  comment: string | null;
}

export interface DemoPlan {
  departments: PlannedDepartment[];
  teams: PlannedTeam[];
  people: PlannedPerson[];
  memberships: PlannedMembership[];
  leaders: { team: string; email: string }[];
  heads: { department: string; email: string }[];
  pulses: PlannedPulse[];
  responses: PlannedResponse[];
}
