/**
 * Who may do what: the one map that both the navigation and the server read.
 * Scope (which teams a leader sees) is decided at the data, in lib/dal.
 */
export const ROLES = ['employee', 'leader', 'hr', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = {
  'survey:answer': ['employee'],
  'team:view': ['leader'],
  'org:view': ['hr'],
  'admin:manage': ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(roles: readonly Role[], permission: Permission): boolean {
  const allowed: readonly Role[] = PERMISSIONS[permission];
  return roles.some((role) => allowed.includes(role));
}

export type NavigationKey = 'survey' | 'team' | 'org' | 'admin';

export interface NavigationItem {
  key: NavigationKey;
  href: string;
  permission: Permission;
}

/** In the order of precedence for choosing where a person lands after signing in. */
export const NAVIGATION: readonly NavigationItem[] = [
  { key: 'admin', href: '/admin', permission: 'admin:manage' },
  { key: 'org', href: '/org', permission: 'org:view' },
  { key: 'team', href: '/team', permission: 'team:view' },
  { key: 'survey', href: '/survey', permission: 'survey:answer' },
];

export function navigationFor(roles: readonly Role[]): NavigationItem[] {
  return NAVIGATION.filter((item) => can(roles, item.permission));
}

/** The home page of a person's most responsible role, or null when they hold none. */
export function homeFor(roles: readonly Role[]): string | null {
  return navigationFor(roles)[0]?.href ?? null;
}
