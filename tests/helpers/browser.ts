/**
 * Real headless Chromium for end-to-end tests: Debian's `chromium` driven by
 * playwright-core (its own browser download cannot run here), a fresh profile per test file.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { repoRoot } from './datasets.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const chromiumMissing = !existsSync(CHROMIUM);
if (chromiumMissing) console.warn(`Skipping browser tests: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH).`);

export const screenshotsDir = join(repoRoot, 'tests/.artifacts/screenshots');

export interface Browser {
  context: BrowserContext;
  page: Page;
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

export async function openBrowser(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'cp-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1360, height: 860 },
    // Charts honour reduced motion and draw at once: no waiting on animations in screenshots.
    reducedMotion: 'reduce',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  mkdirSync(screenshotsDir, { recursive: true });
  return {
    context,
    page,
    async screenshot(name) {
      const file = join(screenshotsDir, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
      if (errors.length) throw new Error(`The page threw: ${errors.join('; ')}`);
    },
  };
}

/** Builds the client once when its build is missing or older than its sources. */
export async function ensureClientBuilt(): Promise<void> {
  const dist = join(repoRoot, 'client/dist/index.html');
  const newest = (dir: string): number =>
    readdirSync(dir, { withFileTypes: true }).reduce((latest, entry) => {
      const path = join(dir, entry.name);
      return Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
    }, 0);
  if (existsSync(dist) && statSync(dist).mtimeMs >= newest(join(repoRoot, 'client/src'))) return;
  const { build } = await import('vite');
  await build({ root: join(repoRoot, 'client'), configFile: join(repoRoot, 'client/vite.config.ts'), logLevel: 'warn' });
}

/** Opens the app and signs in through the login form; resolves once the shell is shown. */
export async function signIn(browser: Browser, url: string, user: { email: string; password: string }): Promise<void> {
  const { page } = browser;
  await page.goto(url);
  await page.getByTestId('login-email').fill(user.email);
  await page.getByTestId('login-password').fill(user.password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('nav-overview').waitFor();
}
