import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { SESSION_COOKIE } from '../support/session-cookie';

export interface WeighedPage {
  path: string;
  /** `name=value` of the session cookie the page is opened with. */
  cookie: string;
}

export interface PageWeight {
  path: string;
  scripts: number;
  rawKiB: number;
  gzipKiB: number;
  /** The heaviest first-load scripts, to tell what to cut. */
  largest: { script: string; gzipKiB: number }[];
  /** Scripts fetched after the load event (prefetches of linked routes), not counted above. */
  laterScripts: number;
  laterGzipKiB: number;
}

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** How long to let prefetches settle after the load event before the page is left. */
const SETTLE_MS = 10_000;

/**
 * First-load JavaScript of each page as a browser gets it: every script requested before the load
 * event of a fresh load (no cache), each body gzipped with zlib (level 9, as Next's own size report
 * does) and summed. Scripts the page fetches afterwards, for links it prefetches, are counted apart.
 */
export async function measurePageWeight(origin: string, pages: readonly WeighedPage[]): Promise<PageWeight[]> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    const weights: PageWeight[] = [];
    for (const page of pages) {
      const context = await browser.newContext();
      const [name = SESSION_COOKIE, value = ''] = page.cookie.split(/=(.*)/s);
      await context.addCookies([{ name, value, url: origin }]);
      const tab = await context.newPage();
      let loaded = false;
      const before = new Map<string, Promise<Buffer>>();
      const after = new Map<string, Promise<Buffer>>();
      tab.on('load', () => (loaded = true));
      tab.on('request', (request) => {
        if (request.resourceType() !== 'script' || before.has(request.url()) || after.has(request.url())) return;
        (loaded ? after : before).set(
          request.url(),
          request.response().then((response) => response?.body() ?? Buffer.alloc(0)),
        );
      });
      const response = await tab.goto(`${origin}${page.path}`, { waitUntil: 'load' });
      if (!response?.ok() || new URL(tab.url()).pathname !== page.path)
        throw new Error(`${page.path} did not load (status ${response?.status()}, ended on ${tab.url()})`);
      // A page whose prefetches keep the network busy is measured all the same.
      await tab.waitForLoadState('networkidle', { timeout: SETTLE_MS }).catch(() => undefined);
      const [scripts, later] = await Promise.all([Promise.all(before.values()), Promise.all(after.values())]);
      const names = [...before.keys()].map((url) => new URL(url).pathname.split('/').at(-1) ?? url);
      weights.push({
        path: page.path,
        scripts: scripts.length,
        rawKiB: kib(total(scripts, (body) => body.length)),
        gzipKiB: kib(total(scripts, gzippedLength)),
        largest: scripts
          .map((body, index) => ({ script: names[index] ?? '?', gzipKiB: kib(gzippedLength(body)) }))
          .sort((a, b) => b.gzipKiB - a.gzipKiB)
          .slice(0, 5),
        laterScripts: later.length,
        laterGzipKiB: kib(total(later, gzippedLength)),
      });
      await context.close();
    }
    return weights;
  } finally {
    await browser.close();
  }
}

const kib = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
const gzippedLength = (body: Buffer) => gzipSync(body, { level: 9 }).length;
const total = (bodies: readonly Buffer[], size: (body: Buffer) => number) =>
  bodies.reduce((sum, body) => sum + size(body), 0);
