/**
 * lib/ in three layers that import only downward: domain (pure TypeScript) ← queries (SQL, no
 * viewer) ← server (per feature: the viewer, access, primary or replica) ← app/ and components/.
 * README's Architecture section explains what belongs in each.
 */
const zones = [
  {
    target: './lib/domain',
    from: ['./lib/queries', './lib/server', './db', './app', './components'],
    message: 'lib/domain is pure TypeScript: no SQL, no viewer, no Next.',
  },
  {
    target: './lib/queries',
    from: ['./lib/server', './app', './components'],
    message: 'lib/queries knows nothing of the viewer or of the pages that call it.',
  },
  {
    target: './lib/server',
    from: ['./app', './components'],
    message: 'lib/server is called by pages, routes and components, never the other way round.',
  },
  {
    target: ['./app', './components'],
    from: ['./lib/queries', './db'],
    message: 'Pages, routes and components reach the data through lib/server only.',
  },
];

const fixtureZone = {
  target: ['./lib', './app', './components', './db'],
  from: './testing',
  message: 'Test fixtures are for tests.',
};

// Its tests may reach up (a migration test flushes rollups with lib/queries), as tests may use fixtures.
const groundFloorZone = {
  target: './db',
  from: ['./lib', './seed', './bench', './app', './components'],
  message: 'db/ is the ground floor (client, schema, migrations): it imports nothing of the app above it.',
};

// The SQL of a feature lives in lib/queries; its server functions check access and orchestrate.
const serverSqlZone = {
  target: './lib/server',
  from: ['./db/schema', './db/rows.ts'],
  message: 'lib/server runs no SQL of its own: put it in lib/queries.',
};

const toolsZone = {
  target: ['./lib', './app', './components', './db'],
  from: ['./seed', './bench', './scripts'],
  message: 'The app imports neither the seeder, the bench nor the scripts.',
};

const framework = ['next', 'next/*', 'next-auth', 'next-auth/*', 'next-intl', 'next-intl/*', 'react', 'react-dom'];
const database = ['drizzle-orm', 'drizzle-orm/*', 'postgres', '@electric-sql/*'];
const refused = (group, message) => ({
  '@typescript-eslint/no-restricted-imports': ['error', { patterns: [{ group, message }] }],
});

const testFiles = ['**/*.test.ts', '**/*.test.tsx'];

export const layerRules = [
  { rules: { 'import/no-restricted-paths': ['error', { zones }] } },
  {
    ignores: testFiles,
    rules: {
      'import/no-restricted-paths': [
        'error',
        { zones: [...zones, fixtureZone, groundFloorZone, serverSqlZone, toolsZone] },
      ],
    },
  },
  {
    files: ['lib/domain/**'],
    rules: refused([...framework, 'server-only', ...database], 'lib/domain is pure TypeScript: no database, no Next.'),
  },
  { files: ['lib/queries/**'], rules: refused(framework, 'lib/queries is SQL only: no Next, no React.') },
  {
    files: ['lib/server/**'],
    ignores: testFiles,
    rules: refused(database, 'lib/server runs no SQL of its own: put it in lib/queries.'),
  },
];
