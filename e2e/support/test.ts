import { type BrowserContext, test as base, expect } from '@playwright/test';
import { endWorkerDatabase } from './e2e-people';

/** Chromium's console words for what a Content-Security-Policy refused ("… violates the following Content Security Policy directive …"). */
const CSP_MESSAGE = /Content Security Policy/i;
const REPORTED = 'securitypolicyviolation:';

export interface CspViolations {
  /** The violations seen so far, forgotten once taken: for a test that causes one on purpose. */
  take(): string[];
  /** How many are seen and not taken: a test may wait for one to arrive. */
  count(): number;
}

/**
 * Every test fails on any CSP violation in any browser context it opens (its own page and those of
 * `browser.newContext()`), from the console or from a `securitypolicyviolation` event.
 */
export const test = base.extend<{ cspViolations: CspViolations }, { workerDatabaseEnd: void }>({
  workerDatabaseEnd: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern.
    async ({}, use) => {
      await use();
      await endWorkerDatabase();
    },
    { scope: 'worker', auto: true },
  ],
  cspViolations: [
    async ({ browser }, use) => {
      let seen: string[] = [];
      const watch = (context: BrowserContext) => {
        context.on('console', (message) => {
          if (CSP_MESSAGE.test(message.text()) || message.text().startsWith(REPORTED))
            seen.push(`${message.page()?.url()}: ${message.text()}`);
        });
        void context.addInitScript((prefix) => {
          document.addEventListener('securitypolicyviolation', (event) =>
            console.error(
              `${prefix} ${event.effectiveDirective} refused ${event.blockedURI || 'inline'} in ${event.sourceFile}:${event.lineNumber}`,
            ),
          );
        }, REPORTED);
      };
      browser.on('context', watch);
      await use({
        take: () => {
          const taken = seen;
          seen = [];
          return taken;
        },
        count: () => seen.length,
      });
      browser.off('context', watch);
      expect(seen, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
