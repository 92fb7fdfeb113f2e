import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumMissing, ensureClientBuilt, openBrowser, signIn, type Browser } from '../helpers/browser.js';
import { closeApp } from '../helpers/app-in-browser.js';
import { ADMIN, startTestServer, type TestServer } from '../helpers/test-server.js';

describe.skipIf(chromiumMissing)('team administration in Chromium', () => {
  let t: TestServer;
  let admin: Browser;
  let viewer: Browser;
  let oneTimePassword = '';
  const email = 'new.viewer@test.local';

  beforeAll(async () => {
    await ensureClientBuilt();
    t = await startTestServer('pglite');
    // Two browsers with their own profiles: two people signed in at once.
    admin = await openBrowser();
    viewer = await openBrowser();
  });
  afterAll(() => closeApp(t, viewer, admin));

  it('an administrator adds a viewer with a generated one-time password, shown once', async () => {
    await signIn(admin, t.url, ADMIN);
    const { page } = admin;
    await page.getByTestId('nav-users').click();
    await page.getByTestId('role-table').waitFor();
    await expect.poll(() => page.getByTestId('permission-import').textContent()).toContain('Import new customer files');
    await page.getByTestId('add-email').fill(email);
    await page.getByTestId('add-role').selectOption('VIEWER');
    await page.getByTestId('add-submit').click();
    await page.getByTestId('one-time-password').waitFor();
    oneTimePassword = (await page.getByTestId('one-time-password-value').textContent())!.trim();
    expect(oneTimePassword.length).toBeGreaterThanOrEqual(10);
    await expect.poll(() => page.getByTestId(`user-${email}`).getByTestId('user-status').textContent()).toBe('Waiting for a new password');
    await admin.screenshot('users');
  });

  it('the viewer signs in and must choose a new password before anything else', async () => {
    const { page } = viewer;
    await page.goto(`${t.url}/segments`);
    await page.getByTestId('login-email').fill(email);
    await page.getByTestId('login-password').fill(oneTimePassword);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('password-form').waitFor();
    expect(page.url()).toContain('/choose-password');
    await page.goto(`${t.url}/models`);
    await page.getByTestId('password-form').waitFor(); // still held here
    await page.getByTestId('password-current').fill(oneTimePassword);
    await page.getByTestId('password-new').fill('qwertyuiop');
    await page.getByTestId('password-repeat').fill('qwertyuiop');
    await page.getByTestId('password-submit').click();
    await expect.poll(() => page.getByTestId('password-error').textContent()).toContain('most common ones');
    await page.getByTestId('password-new').fill('copper-lantern-42');
    await page.getByTestId('password-repeat').fill('copper-lantern-42');
    await page.getByTestId('password-submit').click();
    await page.getByTestId('nav-overview').waitFor();
    await expect.poll(() => page.url()).toContain('/models');
    expect(await page.getByTestId('nav-users').count()).toBe(0);
    await page.getByTestId('my-account').click();
    await page.getByTestId('language-select').waitFor();
    await viewer.screenshot('my-account');
  });

  it('the administrator disables the viewer and the viewer’s open page is signed out', async () => {
    const { page } = admin;
    await page.reload();
    const row = page.getByTestId(`user-${email}`);
    await expect.poll(() => row.getByTestId('user-status').textContent()).toBe('Active');
    await row.getByTestId('user-toggle').click();
    await expect.poll(() => row.getByTestId('user-status').textContent()).toBe('Disabled');
    // The viewer does nothing: the open page notices within one session check (10 s).
    await expect.poll(() => viewer.page.getByTestId('login-email').isVisible(), { timeout: 30_000, interval: 500 }).toBe(true);
    await expect.poll(() => viewer.page.getByTestId('login-notice').textContent()).toBe('Your session has ended. Please sign in again.');
    await viewer.page.getByTestId('login-email').fill(email);
    await viewer.page.getByTestId('login-password').fill('copper-lantern-42');
    await viewer.page.getByTestId('login-submit').click();
    await expect
      .poll(() => viewer.page.getByTestId('login-error').textContent())
      .toBe('This account is disabled. Ask your administrator to enable it again.');
  });

  it('the audit trail shows the additions and changes, with filters', async () => {
    const { page } = admin;
    await page.getByTestId('nav-audit').click();
    await page.getByTestId('audit-table').waitFor();
    await expect.poll(() => page.getByTestId('audit-CREATE_USER').first().textContent()).toContain(email);
    await expect.poll(() => page.getByTestId('audit-UPDATE_USER').first().textContent()).toContain('disabled: yes');
    await page.getByTestId('audit-action').selectOption('CHANGE_PASSWORD');
    await page.getByTestId('audit-apply').click();
    await expect.poll(() => page.getByTestId('audit-count').textContent()).toContain('1 entry');
    await admin.screenshot('audit');
  });
});
