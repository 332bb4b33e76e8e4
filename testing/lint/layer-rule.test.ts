import { readdirSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The layer rule of eslint-layers.js, run through the repo's own ESLint config on fixture code,
 * linted as the text of a file that exists in its layer (the zones go by file path). Typed linting
 * is turned off: the layer rules need no types, and building the project's program first would
 * take this test from seconds to a minute.
 */
const root = path.resolve(import.meta.dirname, '../..');
const LAYER_RULES = new Set(['import/no-restricted-paths', '@typescript-eslint/no-restricted-imports']);

/** A source file of a folder, as its path and as the `@/` import of it: the first found, so renames do no harm. */
function moduleIn(folder: string): { filePath: string; specifier: string } {
  const file = readdirSync(path.join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    .sort()[0];
  if (!file) throw new Error(`no module in ${folder}`);
  return { filePath: path.join(root, folder, file), specifier: `@/${folder}/${file.replace(/\.ts$/, '')}` };
}

let eslint: ESLint;

/** What the layer rules say of `code` as the text of `filePath`, each as `rule: message`. */
async function layerErrors(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  expect(result?.fatalErrorCount, JSON.stringify(result?.messages)).toBe(0);
  return (result?.messages ?? [])
    .filter((message) => LAYER_RULES.has(message.ruleId ?? ''))
    .map(({ ruleId, message }) => `${ruleId}: ${message}`);
}

function expectRefusals(errors: string[], expected: [rule: string, says: string][]) {
  expect(errors).toHaveLength(expected.length);
  expected.forEach(([rule, says], index) => expect(errors[index]).toMatch(new RegExp(`^${rule}: .*${says}`)));
}

/** Code that imports each module whole and uses it. */
function importing(specifiers: string[]): string {
  const names = specifiers.map((_, index) => `module${index}`);
  const imports = specifiers.map((specifier, index) => `import * as ${names[index]} from '${specifier}';`);
  return [...imports, `export const used = [${names.join(', ')}];`, ''].join('\n');
}

const domain = moduleIn('lib/domain');
const queries = moduleIn('lib/queries');
const server = moduleIn('lib/server');

const UPWARD: { name: string; filePath: string; imports: string[]; refusals: [rule: string, says: string][] }[] = [
  {
    name: 'refuses SQL, the server layer and the database driver in lib/domain',
    filePath: domain.filePath,
    imports: [queries.specifier, server.specifier, 'drizzle-orm'],
    refusals: [
      ['import/no-restricted-paths', 'lib/domain is pure TypeScript'],
      ['import/no-restricted-paths', 'lib/domain is pure TypeScript'],
      ['@typescript-eslint/no-restricted-imports', "'drizzle-orm'"],
    ],
  },
  {
    name: 'refuses the server layer and Next in lib/queries',
    filePath: queries.filePath,
    imports: [server.specifier, 'next/navigation'],
    refusals: [
      ['import/no-restricted-paths', 'lib/queries knows nothing of the viewer'],
      ['@typescript-eslint/no-restricted-imports', "'next/navigation'"],
    ],
  },
];

describe('the layer rule', { timeout: 60_000 }, () => {
  beforeAll(() => {
    eslint = new ESLint({ cwd: root, overrideConfig: tseslint.configs.disableTypeChecked });
  });

  it.each(UPWARD)('$name', async ({ filePath, imports, refusals }) => {
    expectRefusals(await layerErrors(importing(imports), filePath), refusals);
  });

  it('lets each layer import the ones below it', async () => {
    expect(await layerErrors(importing([domain.specifier, 'drizzle-orm']), queries.filePath)).toEqual([]);
    expect(await layerErrors(importing([queries.specifier, domain.specifier]), server.filePath)).toEqual([]);
  });
});
