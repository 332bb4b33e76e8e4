import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type SurfaceEntry, urlPatternOf } from './authorization-surface';

/**
 * What the production build says it serves, to hold the enumeration of the code to it: the app's
 * pages and route handlers (`app-paths-manifest.json`) and the id of every server action
 * (`server-reference-manifest.json`), which a request names in its `Next-Action` header.
 */
const SERVER = path.join(process.cwd(), '.next', 'server');

interface ManifestAction {
  filename: string;
  exportedName: string;
  workers: Record<string, unknown>;
}

/** Next compiles the n-th inline 'use server' function of a file to this export. */
const INLINE_PREFIX = '$$RSC_SERVER_ACTION_';

export interface BuiltAction {
  /** The value of the `Next-Action` header. */
  actionId: string;
  /** The URL pattern of the page the action is posted to, as the browser would from that page. */
  postTo: string;
  /** How many parameters the function takes, which decides how its arguments are encoded. */
  parameters: number;
}

const readJson = (name: string): unknown => JSON.parse(readFileSync(path.join(SERVER, name), 'utf8'));

function manifestActions(): [string, ManifestAction][] {
  const manifest = readJson('server-reference-manifest.json') as { node: Record<string, ManifestAction> };
  return Object.entries(manifest.node);
}

/**
 * The page to post an action to: /login when it is one (the proxy leaves it to the page itself, so
 * an anonymous visitor reaches the action), otherwise the first page without dynamic segments, or
 * the first page at all.
 */
function postTarget(workers: string[]): string {
  const patterns = workers.map((worker) => urlPatternOf(`${worker}.js`)).sort();
  return (
    patterns.find((pattern) => pattern === '/login') ??
    patterns.find((pattern) => !pattern.includes('[')) ??
    patterns[0]!
  );
}

/** Each enumerated action's id and page, and what does not match: an action the build lacks, or one the enumeration missed. */
export function builtActions(actions: Extract<SurfaceEntry, { kind: 'action' }>[]): {
  built: Map<string, BuiltAction>;
  problems: string[];
} {
  const built = new Map<string, BuiltAction>();
  const problems: string[] = [];
  const entries = manifestActions();
  const claimed = new Set<string>();
  for (const action of actions) {
    const inFile = entries.filter(([, entry]) => entry.filename === action.file);
    const inlineOrder = (name: string) => Number(name.slice(INLINE_PREFIX.length));
    const inline = inFile
      .filter(([, entry]) => entry.exportedName.startsWith(INLINE_PREFIX))
      .sort(([, a], [, b]) => inlineOrder(a.exportedName) - inlineOrder(b.exportedName));
    const ordinal = actions.filter((other) => other.file === action.file && other.inline).indexOf(action);
    const match = action.inline ? inline[ordinal] : inFile.find(([, entry]) => entry.exportedName === action.name);
    if (!match) {
      problems.push(
        `${action.id} is not in the build's server-reference-manifest.json: no page uses it (remove it), or the build is older than the code (build again)`,
      );
      continue;
    }
    claimed.add(match[0]);
    built.set(action.id, {
      actionId: match[0],
      postTo: postTarget(Object.keys(match[1].workers)),
      parameters: action.parameters,
    });
  }
  for (const [actionId, entry] of entries) {
    if (!claimed.has(actionId))
      problems.push(
        `the build has a server action the enumeration of the code missed: ${entry.filename}#${entry.exportedName} (${actionId})`,
      );
  }
  return { built, problems };
}

/** Next's own pages (`/_not-found`, `/_global-error`) are not the app's. */
const isNextsOwn = (key: string) => key.split('/').some((segment) => segment.startsWith('_'));

/** Pages and route handlers the build serves that the enumeration of the code does not know, and the other way round. */
export function unmatchedBuiltFiles(entries: SurfaceEntry[]): string[] {
  const keyOf = (file: string) => `/${file.replace(/^app\//, '').replace(/\.[jt]sx?$/, '')}`;
  const enumerated = new Set(entries.filter((entry) => entry.kind !== 'action').map((entry) => keyOf(entry.file)));
  const served = Object.keys(readJson('app-paths-manifest.json') as Record<string, string>).filter(
    (key) => !isNextsOwn(key),
  );
  return [
    ...served
      .filter((key) => !enumerated.has(key))
      .map((key) => `the build serves ${key}, which the enumeration of the code does not know`),
    ...[...enumerated]
      .filter((key) => !served.includes(key))
      .map((key) => `app${key} is not in the build's app-paths-manifest.json: build again`),
  ];
}
