import { defineConfig, devices } from '@playwright/test';
import { E2E_AUTH_SECRET, E2E_BASE_URL, E2E_PORT, e2eDatabaseEnv } from './e2e/support/e2e-environment';
import { E2E_IDP, identityProviderEnv } from './e2e/support/e2e-identity-provider';

const baseURL = E2E_BASE_URL;
/** Where the server's Teams and Slack addresses point: a port where nothing listens (the identity provider has E2E_PORT + 1000). */
const CHAT_STAND_IN_PORT = E2E_PORT + 2000;
const build = process.env.E2E_SKIP_BUILD ? '' : 'npx next build && ';

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  // Axe checks of several pages in one test take a while on a 2-core machine that also runs the server.
  timeout: 90_000,
  workers: process.env.CI ? 2 : undefined,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  globalTeardown: './e2e/support/global-teardown.ts',
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: {
      // Debian's Chromium: Playwright never downloads a browser here.
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: [
    {
      // The OpenID Connect provider the app is configured with besides passwords (e2e/oidc-sign-in.spec.ts).
      command: 'npx tsx e2e/support/identity-provider-server.ts',
      url: `${E2E_IDP.issuer}/.well-known/openid-configuration`,
      reuseExistingServer: false,
    },
    {
      command: `${build}npx tsx e2e/support/prepare-database.ts && npx next start -H 127.0.0.1 -p ${E2E_PORT}`,
      url: `${baseURL}/api/health`,
      timeout: 300_000,
      reuseExistingServer: false,
      stdout: 'pipe',
      // One trusted proxy hop: a spec can then sign in from an address of its own with X-Forwarded-For,
      // as the throttling spec's attacker does, while every other request counts as 127.0.0.1.
      env: {
        ...e2eDatabaseEnv(),
        AUTH_SECRET: E2E_AUTH_SECRET,
        AUTH_URL: baseURL,
        NODE_ENV: 'production',
        TRUSTED_PROXY_HOPS: '1',
        // Teams and Slack configured, at a local port where nothing listens: HR's page offers both, and a
        // message queued during the suite fails to connect and waits for a retry (e2e/chat-delivery.spec.ts).
        TEAMS_WORKFLOW_URL: `http://127.0.0.1:${CHAT_STAND_IN_PORT}/workflow`,
        SLACK_BOT_TOKEN: 'xoxb-e2e',
        SLACK_API_URL: `http://127.0.0.1:${CHAT_STAND_IN_PORT}/api`,
        ...identityProviderEnv(),
      },
    },
  ],
});
