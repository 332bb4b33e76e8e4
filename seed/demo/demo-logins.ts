import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-structure';

/** The demo accounts as a small aligned table, for the seed and demo scripts to print. */
export function formatDemoLogins(): string {
  const rows = Object.values(DEMO_ACCOUNTS).map((account) => [
    account.email,
    account.roles.join(', '),
    [
      account.team ? `member of ${account.team}` : 'no team',
      account.leads.length > 0 ? `leads ${account.leads.join(', ')}` : '',
      account.heads.length > 0 ? `heads ${account.heads.join(', ')}` : '',
    ]
      .filter(Boolean)
      .join('; '),
  ]);
  const widths = [0, 1].map((column) => Math.max(...rows.map((row) => row[column]?.length ?? 0)));
  return [
    `Demo logins (every seeded person's password is ${DEMO_PASSWORD}):`,
    ...rows.map(
      (row) =>
        `  ${row
          .map((cell, column) => cell.padEnd(widths[column] ?? 0))
          .join('  ')
          .trimEnd()}`,
    ),
  ].join('\n');
}
