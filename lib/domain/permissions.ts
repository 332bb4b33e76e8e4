/**
 * Who may do what: the one map that both the navigation and the server read.
 * Scope (which teams a leader sees) is decided at the data, in lib/server/access.
 */
export const ROLES = ['employee', 'leader', 'hr', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = {
  'survey:answer': ['employee'],
  'team:view': ['leader'],
  'org:view': ['hr'],
  /** Replying in a comment's conversation; the server allows it only on a shown comment of a team the person may see. */
  'comment:reply': ['leader', 'hr'],
  'org:manage': ['hr'],
  'admin:manage': ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(roles: readonly Role[], permission: Permission): boolean {
  const allowed: readonly Role[] = PERMISSIONS[permission];
  return roles.some((role) => allowed.includes(role));
}

export type NavigationKey = 'survey' | 'me' | 'team' | 'org' | 'people' | 'pulses' | 'admin' | 'audit';

export interface NavigationItem {
  key: NavigationKey;
  href: string;
  permission: Permission;
}

/** The menu, in reading order. */
export const NAVIGATION: readonly NavigationItem[] = [
  { key: 'survey', href: '/survey', permission: 'survey:answer' },
  { key: 'me', href: '/me', permission: 'survey:answer' },
  { key: 'team', href: '/team', permission: 'team:view' },
  { key: 'org', href: '/org', permission: 'org:view' },
  { key: 'people', href: '/org/people', permission: 'org:manage' },
  { key: 'pulses', href: '/org/pulses', permission: 'org:manage' },
  { key: 'admin', href: '/admin', permission: 'admin:manage' },
  { key: 'audit', href: '/admin/audit', permission: 'admin:manage' },
];

/** Where a person lands after signing in: the home of their most responsible role first. */
const HOMES: readonly NavigationItem[] = ['admin', 'org', 'team', 'survey'].map((key) =>
  NAVIGATION.find((item) => item.key === key)!,
);

export function navigationFor(roles: readonly Role[]): NavigationItem[] {
  return NAVIGATION.filter((item) => can(roles, item.permission));
}

/** The home page of a person's most responsible role, or null when they hold none. */
export function homeFor(roles: readonly Role[]): string | null {
  return HOMES.find((item) => can(roles, item.permission))?.href ?? null;
}
