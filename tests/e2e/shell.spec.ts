import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumMissing, type Browser } from '../helpers/browser.js';
import { closeApp, openApp } from '../helpers/app-in-browser.js';
import { ADMIN, type TestServer } from '../helpers/test-server.js';

describe.skipIf(chromiumMissing)('the app in Chromium', () => {
  let t: TestServer, browser: Browser;
  beforeAll(async () => ({ t, browser } = await openApp()));
  afterAll(() => closeApp(t, browser));

  it('shows the login page and refuses a wrong password with a readable message', async () => {
    const { page } = browser;
    await page.goto(t.url);
    await page.getByTestId('login-email').waitFor();
    await browser.screenshot('login');
    await page.getByTestId('login-email').fill(ADMIN.email);
    await page.getByTestId('login-password').fill('wrong password');
    await page.getByTestId('login-submit').click();
    await expect.poll(() => page.getByText('Email or password is not right.').isVisible()).toBe(true);
  });

  it('logs in and shows the demo dataset on the Overview', async () => {
    const { page } = browser;
    await page.getByTestId('login-password').fill(ADMIN.password);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('dataset-picker').waitFor();
    await expect.poll(() => page.getByTestId('dataset-picker').textContent()).toContain('Demo customers');
    await page.getByTestId('campaign-chart').waitFor();
    await expect.poll(() => page.getByTestId('fact-rows').textContent()).toContain('2,000');
    await browser.screenshot('overview-demo');
  });

  it('navigates the shell and logs out', async () => {
    const { page } = browser;
    for (const name of ['data', 'models', 'drivers', 'target-group', 'segments', 'activity', 'overview']) {
      await page.getByTestId(`nav-${name}`).click();
      await expect.poll(() => page.url()).toContain(name === 'overview' ? '/' : name);
      // The Activity page lists the demo data's import, started by the app itself.
      if (name === 'activity') await expect.poll(() => page.getByTestId('activity-table').textContent()).toContain('Import');
    }
    await browser.screenshot('shell');
    await page.getByTestId('logout').click();
    await page.getByTestId('login-email').waitFor();
  });
});
