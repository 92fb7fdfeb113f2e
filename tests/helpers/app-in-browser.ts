/**
 * The app in Chromium for one e2e file: a server on the embedded database (the demo data unless
 * told otherwise) and a fresh browser. In a file:
 *   let t: TestServer; let browser: Browser;
 *   beforeAll(async () => ({ t, browser } = await openApp({ train: ['LOGISTIC_REGRESSION'] })));
 *   afterAll(() => closeApp(t, browser));
 */
import { openBrowser, ensureClientBuilt, signIn, type Browser } from './browser.js';
import { ADMIN, startTestServer, type TestServer } from './test-server.js';
import { trainDemo } from './training.js';

export interface AppOptions {
  /** Seed the demo dataset (default true). */
  demo?: boolean;
  /** Train these algorithms on the demo data first ('all': every algorithm), through GraphQL: quicker than the Models page. */
  train?: string[] | 'all';
  /** Open the browser signed in as the administrator. */
  signedIn?: boolean;
}

export interface App {
  t: TestServer;
  browser: Browser;
  /** The administrator's token, for setting data up through GraphQL. */
  token: string;
  /** The demo dataset's id ('' without demo data). */
  datasetId: string;
}

export async function openApp(options: AppOptions = {}): Promise<App> {
  await ensureClientBuilt();
  const t = await startTestServer('pglite', options.demo === false ? {} : { SEED_DEMO: 'true' });
  const token = await t.login();
  const datasetId = options.train ? (await trainDemo(t, token, options.train === 'all' ? undefined : options.train)).datasetId : '';
  const browser = await openBrowser();
  if (options.signedIn) await signIn(browser, t.url, ADMIN);
  return { t, browser, token, datasetId };
}

export async function closeApp(t: TestServer | undefined, ...browsers: (Browser | undefined)[]): Promise<void> {
  for (const browser of browsers) await browser?.close();
  await t?.stop();
}
