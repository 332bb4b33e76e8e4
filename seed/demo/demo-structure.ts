import type { Role } from '@/db/schema';

/** Every seeded person signs in with this password. */
export const DEMO_PASSWORD = 'verbinding-demo';

export const DEMO_PULSE_COUNT = 26;

/** Team A: a normal team of ten with employee@ and leader@ as members. */
export const DEMO_TEAM_A = 'Applicatiebeheer';
/** Team B: also led by leader@; its line 2 (role) holds steady, then declines sharply. */
export const DEMO_TEAM_B = 'Servicedesk';
/** Always smaller than the anonymity threshold k = 5, so its results are never shown on their own. */
export const DEMO_SMALL_TEAM = 'Juridische Zaken';
/** Teams whose four lines rise steadily over the half year. */
export const DEMO_IMPROVING_TEAMS: readonly string[] = ['Kwaliteitscontrole', 'Magazijn', 'Data & Rapportering'];
/** A team with no trend at all, only noise. */
export const DEMO_STABLE_TEAM = 'Boekhouding';
/** head@'s department, with a nested sub-department below it. */
export const DEMO_HEAD_DEPARTMENT = 'Productie';
export const DEMO_NESTED_DEPARTMENT = 'Productie Logistiek';
/** The department whose line 4 (integrity) drops by about a point from the pulse index below. */
export const DEMO_DECLINING_DEPARTMENT = 'Verkoop & Marketing';
/** Index (0 = oldest pulse) of the first pulse after the integrity drop in the declining department. */
export const DEMO_INTEGRITY_DROP_PULSE_INDEX = 16;
/** Index of the last pulse before team B's role line starts to decline. */
export const DEMO_ROLE_DECLINE_LAST_STABLE_INDEX = 9;

export interface DemoTeam {
  name: string;
  /** Members throughout, not counting a leader who belongs to another team. */
  size: number;
}

export interface DemoDepartment {
  name: string;
  parent: string | null;
  teams: readonly DemoTeam[];
}

export const DEMO_DEPARTMENTS: readonly DemoDepartment[] = [
  {
    name: DEMO_HEAD_DEPARTMENT,
    parent: null,
    teams: [
      { name: 'Directie Productie', size: 6 },
      { name: 'Assemblage Vroege Ploeg', size: 14 },
      { name: 'Assemblage Late Ploeg', size: 14 },
      { name: 'Kwaliteitscontrole', size: 9 },
      { name: 'Technisch Onderhoud', size: 12 },
    ],
  },
  {
    name: DEMO_NESTED_DEPARTMENT,
    parent: DEMO_HEAD_DEPARTMENT,
    teams: [
      { name: 'Magazijn', size: 12 },
      { name: 'Transport & Planning', size: 8 },
      { name: 'Inkomende Goederen', size: 7 },
    ],
  },
  {
    name: DEMO_DECLINING_DEPARTMENT,
    parent: null,
    teams: [
      { name: 'Binnendienst Verkoop', size: 12 },
      { name: 'Buitendienst Verkoop', size: 9 },
      { name: 'Marketing & Communicatie', size: 8 },
      { name: 'Klantenservice', size: 14 },
      { name: 'Export', size: 6 },
    ],
  },
  {
    name: 'IT & Digitaal',
    parent: null,
    teams: [
      { name: DEMO_TEAM_A, size: 10 },
      { name: DEMO_TEAM_B, size: 12 },
      { name: 'Infrastructuur', size: 9 },
      { name: 'Data & Rapportering', size: 7 },
    ],
  },
  {
    name: 'Financiën & Administratie',
    parent: null,
    teams: [
      { name: DEMO_STABLE_TEAM, size: 9 },
      { name: 'Controlling', size: 6 },
      { name: 'Aankoop', size: 9 },
      { name: DEMO_SMALL_TEAM, size: 3 },
    ],
  },
  {
    name: 'Mens & Organisatie',
    parent: null,
    teams: [
      { name: 'HR Business Partners', size: 6 },
      { name: 'Rekrutering & Onboarding', size: 7 },
      { name: 'Payroll', size: 6 },
      { name: 'Opleiding & Ontwikkeling', size: 6 },
    ],
  },
  {
    name: 'Onderzoek & Ontwikkeling',
    parent: null,
    teams: [
      { name: 'Productontwikkeling', size: 13 },
      { name: 'Procesinnovatie', size: 10 },
      { name: 'Labo & Testing', size: 10 },
    ],
  },
];

export interface DemoAccount {
  email: string;
  name: string;
  roles: readonly Role[];
  /** The team the account belongs to, or null for the admin, who answers no pulses. */
  team: string | null;
  leads: readonly string[];
  heads: readonly string[];
}

export const DEMO_ACCOUNTS = {
  employee: {
    email: 'employee@demo.test',
    name: 'Emma Claes',
    roles: ['employee'],
    team: DEMO_TEAM_A,
    leads: [],
    heads: [],
  },
  leader: {
    email: 'leader@demo.test',
    name: 'Pieter Janssens',
    roles: ['employee', 'leader'],
    team: DEMO_TEAM_A,
    leads: [DEMO_TEAM_A, DEMO_TEAM_B],
    heads: [],
  },
  head: {
    email: 'head@demo.test',
    name: 'Katrien Wouters',
    roles: ['employee', 'leader'],
    team: 'Directie Productie',
    leads: ['Directie Productie'],
    heads: [DEMO_HEAD_DEPARTMENT],
  },
  hr: {
    email: 'hr@demo.test',
    name: 'Sofie Maes',
    roles: ['employee', 'hr'],
    team: 'HR Business Partners',
    leads: [],
    heads: [],
  },
  admin: { email: 'admin@demo.test', name: 'Lieven Desmet', roles: ['admin'], team: null, leads: [], heads: [] },
} as const satisfies Record<string, DemoAccount>;
