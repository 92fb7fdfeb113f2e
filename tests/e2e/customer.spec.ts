import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumMissing, signIn, type Browser } from '../helpers/browser.js';
import { closeApp, openApp } from '../helpers/app-in-browser.js';
import { ADMIN, type TestServer } from '../helpers/test-server.js';

describe.skipIf(chromiumMissing)('the Customer page in Chromium', () => {
  let t: TestServer, browser: Browser;
  beforeAll(async () => ({ t, browser } = await openApp({ train: ['GRADIENT_BOOSTING', 'RANDOM_FOREST'] })));
  afterAll(() => closeApp(t, browser));

  it('finds a customer, reads the reasons, edits two values, sees the chance change, and resets', async () => {
    const { page } = browser;
    await signIn(browser, t.url, ADMIN);
    await page.getByTestId('nav-customer').click();
    // Once in a CI run (stop 14, e2e beside the integration project on 2 cores) the search box was
    // not there after 30 s, while the spec passes alone in 8-9 s; the cause is not found yet. Wait
    // longer, and if it still is not there, say what the page shows instead.
    await page
      .getByTestId('customer-search')
      .waitFor({ timeout: 90_000 })
      .catch(async (error: unknown) => {
        const shown = (await page.locator('main').textContent())?.replace(/\s+/g, ' ').slice(0, 400);
        throw new Error(`The Customer page showed no search box; it showed: ${shown}`, { cause: error });
      });
    await page.getByTestId('customer-search').fill('1');
    // Suggestions as you type; the first one opens that customer.
    await page.getByTestId('customer-suggestions').locator('button').first().waitFor();
    await page.getByTestId('customer-suggestions').locator('button').first().click();
    await expect
      .poll(() => page.getByTestId('customer-reasons').textContent(), { timeout: 30_000 })
      .toMatch(/Predicted chance of responding: \d/);
    const reasons = (await page.getByTestId('customer-reasons').textContent()) ?? '';
    expect(reasons).toMatch(/Reasons (for|against):/);
    expect(reasons).not.toMatch(/NaN|undefined|null/);
    expect(await page.getByTestId('contribution-bars').locator('[role=listitem]').count()).toBeGreaterThan(3);
    // The customer's standing and the smallest change that would make them likely, in words.
    await expect.poll(() => page.getByTestId('customer-decile').textContent(), { timeout: 30_000 }).toMatch(/^\d+ of 10$/);
    expect(await page.getByTestId('customer-target-group').textContent()).toMatch(/^(Yes|No|No target group for this model)$/);
    await expect
      .poll(() => page.getByTestId('counterfactual-text').textContent(), { timeout: 60_000 })
      .toMatch(/^(If .+, their chance would rise from [\d.]+% to [\d.]+%\.|This customer is already likely.+|No change .+)$/);
    await page.evaluate('window.scrollTo(0, 0)');
    await browser.screenshot('customer-found');
    const before = (await page.getByTestId('customer-probability').textContent())!.trim();
    // The ceteris-paribus curve of the days since the last purchase, this customer's value marked.
    await page.getByTestId('curve-feature').selectOption('Recency');
    await page.getByTestId('curve-marker').waitFor();

    // Two edits: the days since the last purchase to its lowest, and another education level.
    await page.getByTestId('whatif-Recency').fill('0');
    const education = page.getByTestId('whatif-Education');
    const current = await education.inputValue();
    const other = (
      await education.locator('option').evaluateAll((options) => options.map((o) => (o as unknown as { value: string }).value))
    ).find((v) => v !== '' && v !== current)!;
    await education.selectOption(other);
    await expect.poll(() => page.getByTestId('customer-probability').textContent(), { timeout: 30_000 }).not.toBe(before);
    await page.getByTestId('customer-stored-probability').waitFor();
    await page.evaluate('window.scrollTo(0, 0)'); // fixed bars otherwise land mid-page in full-page shots
    await browser.screenshot('customer-what-if');

    await page.getByTestId('customer-reset').click();
    await expect.poll(() => page.getByTestId('customer-probability').textContent(), { timeout: 30_000 }).toBe(before);
    expect(await page.getByTestId('whatif-Education').inputValue()).toBe(current);
  });
});
