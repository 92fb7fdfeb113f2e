import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumMissing, signIn, type Browser } from '../helpers/browser.js';
import { closeApp, openApp } from '../helpers/app-in-browser.js';
import { ADMIN, type TestServer } from '../helpers/test-server.js';

describe.skipIf(chromiumMissing)('the Drivers page in Chromium', () => {
  let t: TestServer, browser: Browser;
  // Two models are enough to compare; training and the client build take minutes on the shared machine.
  beforeAll(async () => ({ t, browser } = await openApp({ train: ['LOGISTIC_REGRESSION', 'DECISION_TREE'] })), 300_000);
  afterAll(() => closeApp(t, browser));

  it('shows the featured model’s importances and three response curves by default', async () => {
    const { page } = browser;
    await signIn(browser, t.url, ADMIN);
    await page.getByTestId('nav-drivers').click();
    await page.getByTestId('importance-chart').locator('canvas').waitFor();
    expect(await page.getByTestId('driver-model').locator('option:checked').textContent()).toContain('(featured)');
    expect(await page.getByTestId('topn-slider').inputValue()).toBe('3');
    await expect.poll(() => page.getByTestId('pdp-chart').count()).toBe(3);
    await expect.poll(() => page.getByTestId('pdp-chart').locator('canvas').count()).toBe(3);
  });

  it('shows five curves with shaded regions when the top-N slider moves to 5', async () => {
    const { page } = browser;
    await page.getByTestId('topn-slider').fill('5');
    await expect.poll(() => page.getByTestId('topn-value').textContent()).toBe('5');
    await expect.poll(() => page.getByTestId('pdp-chart').count()).toBe(5);
    await expect.poll(() => page.getByTestId('pdp-chart').locator('canvas').count(), { timeout: 30_000 }).toBe(5);
    await expect.poll(() => page.getByTestId('region-shade').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('region-shade').first().isVisible()).toBe(true);
    // Every region reads as a range or levels with a predicted response rate.
    for (const text of await page.getByTestId('region-shade').allTextContents()) expect(text).toMatch(/\d+(\.\d)?% predicted to respond/);
    expect(await page.getByTestId('agreement-badge').count()).toBeGreaterThan(0);
    await page.evaluate('window.scrollTo(0, 0)'); // fixed bars otherwise land mid-page in full-page shots
    await browser.screenshot('drivers-top5');
  });

  it('adds ICE and ALE lines and compares two models', async () => {
    const { page } = browser;
    await page.getByTestId('toggle-ice').check();
    await page.getByTestId('toggle-ale').check();
    const second = await page.getByTestId('driver-compare').locator('option').nth(1).getAttribute('value');
    await page.getByTestId('driver-compare').selectOption(second ?? '');
    await expect.poll(() => page.getByTestId('pdp-chart').locator('canvas').count()).toBe(5);
    expect(await page.getByTestId('importance-chart').locator('canvas').count()).toBe(1);
    // The legend names both models' lines, ALE included, once for all the cards.
    expect(await page.getByTestId('legend-second').textContent()).toContain('PD (solid) and ALE (dashed)');
    expect(await page.getByTestId('legend-ale').textContent()).toContain('Logistic regression: local effect (ALE)');
    expect(await page.getByTestId('curves-explained').textContent()).toContain('trust ALE');
    await page.evaluate('window.scrollTo(0, 0)'); // fixed bars otherwise land mid-page in full-page shots
    await browser.screenshot('drivers-ice-ale-compare');
  });

  it('opens the Target group page on the same model and number of drivers', async () => {
    const { page } = browser;
    await page.getByTestId('topn-slider').fill('4');
    const modelId = await page.getByTestId('driver-model').inputValue();
    expect(await page.getByTestId('drivers-target-link').textContent()).toContain('these 4 drivers');
    await page.getByTestId('drivers-target-link').click();
    await page.getByTestId('target-model').waitFor();
    expect(await page.getByTestId('target-model').inputValue()).toBe(modelId);
    // The linked N stays: the page's own suggestion does not replace it.
    await page.getByTestId('topn-suggested').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('topn-value').textContent()).toBe('4');
    expect(await page.getByTestId('topn-slider').inputValue()).toBe('4');
  });
});
