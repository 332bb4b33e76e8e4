import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const HTTP_METHODS = ['GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/** `page /org/people/[personId]`, `GET /api/v1/teams/[teamId]/trends`, `action app/(signed-in)/org/people/actions.ts#personActivationAction`. */
export type SurfaceId =
  `page /${string}` | `${(typeof HTTP_METHODS)[number]} /${string}` | `action ${string}#${string}`;

/**
 * Everything a request can reach, read from the code itself: every page, every HTTP method a route
 * handler exports, and every server action. The authorization matrix holds an expectation for each,
 * so that nothing new goes untested.
 */
export type SurfaceEntry =
  | { kind: 'page'; id: SurfaceId; file: string; pattern: string }
  | { kind: 'route'; id: SurfaceId; file: string; pattern: string; method: string }
  | { kind: 'action'; id: SurfaceId; file: string; name: string; parameters: number; inline: boolean };

const ROOT = process.cwd();
const ACTION_FOLDERS = ['app', 'lib', 'components'];

function filesUnder(folder: string): string[] {
  return readdirSync(path.join(ROOT, folder), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && !entry.parentPath.split(path.sep).includes('node_modules'))
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/**
 * The URL pattern of a file under app/: route groups `(name)` and parallel-route slots `@name` are
 * not part of the URL; dynamic segments stay as they are written (`[teamId]`, `[...nextauth]`).
 */
export function urlPatternOf(file: string): string {
  const segments = file
    .split('/')
    .slice(1, -1)
    .filter((segment) => !/^\(.+\)$/.test(segment) && !segment.startsWith('@'));
  return `/${segments.join('/')}`;
}

/** Folders starting with `_` are private to the app directory: Next serves nothing from them. */
const routable = (file: string) => !file.split('/').some((segment) => segment.startsWith('_'));

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(
    file,
    readFileSync(path.join(ROOT, file), 'utf8'),
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
}

const isExported = (node: ts.Node) =>
  ts.canHaveModifiers(node) &&
  (ts.getModifiers(node) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword);

function bindingNames(name: ts.BindingName): string[] {
  if (ts.isIdentifier(name)) return [name.text];
  return name.elements.flatMap((element) => (ts.isOmittedExpression(element) ? [] : bindingNames(element.name)));
}

interface ExportedValue {
  name: string;
  /** The exported function, when the export is one written in this file. */
  fn: ts.SignatureDeclaration | null;
}

/** Every value a module exports: functions, variables (destructured ones too) and `export { … }` lists. */
function exportedValues(source: ts.SourceFile): ExportedValue[] {
  return source.statements.flatMap((statement): ExportedValue[] => {
    if (ts.isFunctionDeclaration(statement) && isExported(statement) && statement.name)
      return [{ name: statement.name.text, fn: statement }];
    if (ts.isVariableStatement(statement) && isExported(statement)) {
      return statement.declarationList.declarations.flatMap((declaration) => {
        const { initializer } = declaration;
        const fn =
          initializer && (ts.isArrowFunction(initializer) || ts.isFunctionExpression(initializer)) ? initializer : null;
        return bindingNames(declaration.name).map((name) => ({ name, fn }));
      });
    }
    if (
      ts.isExportDeclaration(statement) &&
      !statement.isTypeOnly &&
      statement.exportClause &&
      ts.isNamedExports(statement.exportClause)
    ) {
      return statement.exportClause.elements
        .filter((element) => !element.isTypeOnly)
        .map((element) => ({ name: element.name.text, fn: null }));
    }
    return [];
  });
}

const startsWithUseServer = (statements: readonly ts.Statement[]) => {
  const first = statements[0];
  return (
    first !== undefined &&
    ts.isExpressionStatement(first) &&
    ts.isStringLiteral(first.expression) &&
    first.expression.text === 'use server'
  );
};

/** Functions declared inside a module whose body begins with 'use server': inline server actions. */
function inlineActions(source: ts.SourceFile): { name: string; fn: ts.SignatureDeclaration }[] {
  const found: { name: string; fn: ts.SignatureDeclaration }[] = [];
  const visit = (node: ts.Node) => {
    if (
      (ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node) || ts.isArrowFunction(node)) &&
      node.body &&
      ts.isBlock(node.body) &&
      startsWithUseServer(node.body.statements)
    ) {
      const named = ts.isFunctionDeclaration(node)
        ? node.name
        : ts.isVariableDeclaration(node.parent) && ts.isIdentifier(node.parent.name)
          ? node.parent.name
          : undefined;
      found.push({ name: named?.text ?? `inline action ${found.length}`, fn: node });
    }
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(source, visit);
  return found;
}

export function enumeratePages(): SurfaceEntry[] {
  return filesUnder('app')
    .filter((file) => /\/page\.(tsx|ts|jsx|js)$/.test(file) && routable(file))
    .map((file) => ({
      kind: 'page',
      id: `page ${urlPatternOf(file)}` as SurfaceId,
      file,
      pattern: urlPatternOf(file),
    }));
}

export function enumerateRouteHandlers(): SurfaceEntry[] {
  return filesUnder('app')
    .filter((file) => /\/route\.(ts|js)$/.test(file) && routable(file))
    .flatMap((file) => {
      const pattern = urlPatternOf(file);
      return exportedValues(parse(file))
        .map((value) => value.name)
        .filter((name): name is (typeof HTTP_METHODS)[number] => (HTTP_METHODS as readonly string[]).includes(name))
        .map((method): SurfaceEntry => ({
          kind: 'route',
          id: `${method} ${pattern}` as SurfaceId,
          file,
          pattern,
          method,
        }));
    });
}

/**
 * Every server action: each export of a module that starts with 'use server', and each function
 * whose own body starts with it, in app/, lib/ and components/.
 */
export function enumerateServerActions(): SurfaceEntry[] {
  return ACTION_FOLDERS.flatMap(filesUnder)
    .filter((file) => /\.(tsx|ts)$/.test(file) && !/\.test\.tsx?$/.test(file))
    .flatMap((file) => {
      const source = parse(file);
      const exported = startsWithUseServer(source.statements)
        ? exportedValues(source).map((value) => ({
            name: value.name,
            parameters: value.fn?.parameters.length ?? 0,
            inline: false,
          }))
        : [];
      const inline = inlineActions(source).map(({ name, fn }) => ({
        name,
        parameters: fn.parameters.length,
        inline: true,
      }));
      return [...exported, ...inline].map((action): SurfaceEntry => ({
        kind: 'action',
        id: `action ${file}#${action.name}`,
        file,
        ...action,
      }));
    });
}

export function enumerateSurface(): SurfaceEntry[] {
  return [...enumeratePages(), ...enumerateRouteHandlers(), ...enumerateServerActions()];
}
