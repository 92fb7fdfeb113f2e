/** The Content-Security-Policy the server sends holds for the whole client: no violation on any page (issue 20, item 6). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumMissing, type Browser } from '../helpers/browser.js';
import { closeApp, openApp } from '../helpers/app-in-browser.js';
import { runSegmentation } from '../helpers/segments.js';
import { ADMIN, type TestServer } from '../helpers/test-server.js';

const PAGES = ['/', '/data', '/models', '/drivers', '/target-group', '/customer', '/segments', '/account', '/users', '/audit'];

describe.skipIf(chromiumMissing)('Content-Security-Policy in Chromium', () => {
  let t: TestServer, browser: Browser;
  const violations: string[] = [];
  beforeAll(async () => {
    // Pages with charts: a trained model and a segmentation of the demo data.
    const app = await openApp({ train: ['LOGISTIC_REGRESSION', 'DECISION_TREE'] });
    ({ t, browser } = app);
    await runSegmentation(t, app.token, app.datasetId);
    // Browser-side code as text: the tests are compiled without the DOM library.
    await browser.page.addInitScript({
      content: `document.addEventListener('securitypolicyviolation', (event) => {
        (window.__csp = window.__csp || []).push(event.violatedDirective + ' blocked ' + (event.blockedURI || 'inline') + ' (' + event.sourceFile + ':' + event.lineNumber + ')');
      });`,
    });
    browser.page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
  });
  afterAll(() => closeApp(t, browser));

  it('sends the policy with the client', async () => {
    const res = await fetch(`${t.url}/`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it('has no violation on the login page or any page after signing in', async () => {
    const { page } = browser;
    const collect = async (where: string) => {
      const seen = (await page.evaluate('window.__csp || []')) as string[];
      violations.push(...seen.map((v) => `${where}: ${v}`));
    };
    await page.goto(t.url);
    await page.getByTestId('login-email').waitFor();
    await collect('/login');
    await page.getByTestId('login-email').fill(ADMIN.email);
    await page.getByTestId('login-password').fill(ADMIN.password);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('dataset-picker').waitFor();
    for (const path of PAGES) {
      await page.goto(`${t.url}${path}`);
      await page.getByTestId('dataset-picker').waitFor();
      // Let the page's queries answer and its charts draw.
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(500);
      await collect(path);
    }
    expect(violations).toEqual([]);

    // The detector itself works: an inline script is refused and reported.
    await page.evaluate(
      `{ const script = document.createElement('script'); script.textContent = 'window.__ran = true;'; document.head.append(script); }`,
    );
    await expect.poll(() => page.evaluate('window.__csp || []')).toEqual([expect.stringMatching(/^script-src/)]);
    expect(await page.evaluate('window.__ran === true')).toBe(false);
  });
});
