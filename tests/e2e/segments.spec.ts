import { copyFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumMissing, signIn, type Browser } from '../helpers/browser.js';
import { closeApp, openApp } from '../helpers/app-in-browser.js';
import { ADMIN, type TestServer } from '../helpers/test-server.js';

describe.skipIf(chromiumMissing)('the Segments page in Chromium', () => {
  let t: TestServer, browser: Browser;
  beforeAll(async () => ({ t, browser } = await openApp({ train: ['LOGISTIC_REGRESSION'] })));
  afterAll(() => closeApp(t, browser));

  it('runs a segmentation on the demo data and shows cards, the scatter, the k choice, the heatmap and briefs', async () => {
    const { page } = browser;
    await signIn(browser, t.url, ADMIN);
    await page.getByTestId('nav-segments').click();
    await page.getByTestId('segment-button').click();
    await page.locator('[data-testid="segment-progress"][data-status="succeeded"]').waitFor({ timeout: 60_000 });
    await expect.poll(() => page.getByTestId('segment-card').count()).toBeGreaterThanOrEqual(2);
    const cards = await page.getByTestId('segment-card').allTextContents();
    for (const text of cards) expect(text).toMatch(/\d customers · \d+%/);
    expect(cards.join(' ')).not.toMatch(/undefined|NaN|Kidhome|Mnt[A-Z]|Num[A-Z]|\bsd\)/);
    expect(await page.getByTestId('segment-target-group').count()).toBe(cards.length);
    for (const text of await page.getByTestId('segment-target-group').allTextContents())
      expect(text).toMatch(/^\s*(\d[\d,]* of them \(\d+%\) are in the\s+target group|None of them are in the target group)/);
    await page.getByTestId('segment-scatter').locator('canvas').waitFor();
    await page.getByTestId('k-choice-chart').locator('canvas').waitFor();
    // The chart lists the k values it could not choose, and why; the page says why this k.
    expect(await page.getByTestId('k-left-out').textContent()).toMatch(/k = 2: Left out: fewer than 3 segments/);
    expect(await page.getByTestId('segmentation-reason').textContent()).toMatch(/^k = \d: /);
    // Distinguishing features in words, medians labelled ("Last bought more recently (median 22 days vs 48 days)").
    expect(cards.join(' ')).toMatch(/(median|on average) [\d,.]+( days)? vs [\d,.]+/);
    expect(cards.join(' ')).not.toMatch(/: [\d,.]+ vs [\d,.]+ overall/);
    const rows = page.getByTestId('segment-heatmap').locator('tbody tr');
    expect(await rows.count()).toBe(cards.length + 1);
    expect(await rows.last().textContent()).toContain('All customers');
    expect(await page.getByTestId('segment-heatmap').locator('thead th').count()).toBe(7);
    expect(await page.getByTestId('segment-briefs').textContent()).toContain('Tone:');
    expect(await page.getByTestId('segment-briefs').textContent()).toContain('described on the Target group page (customers ');
    expect(await page.getByTestId('segment-history').locator('tbody tr').count()).toBe(1);
    await page.evaluate('window.scrollTo(0, 0)');
    copyFileSync(await browser.screenshot('segments'), '/tmp/segments.png');
  });

  it('edits a brief and re-runs with another k from the k-choice chart', async () => {
    const { page } = browser;
    await page.getByTestId('edit-brief-0').click();
    await page.getByTestId('brief-0').locator('textarea').fill('Tone: cheerful.\nOffer: free delivery.');
    await page.getByTestId('brief-0').getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByTestId('brief-0').textContent()).toContain('free delivery');
    expect(await page.getByTestId('brief-0').textContent()).toContain('edited');
    const k = Number(
      (await page.locator('[data-testid^="rerun-k-"]:not([disabled])').first().getAttribute('data-testid'))!.replace('rerun-k-', ''),
    );
    await page.getByTestId(`rerun-k-${k}`).click();
    await expect.poll(() => page.getByTestId('segment-history').locator('tbody tr').count(), { timeout: 60_000 }).toBe(2);
    await page.locator('[data-testid="segment-progress"][data-status="succeeded"]').waitFor({ timeout: 60_000 });
    await expect.poll(() => page.getByTestId('segment-card').count()).toBe(k);
  });

  it('runs RFM scores and shows the R x F grid coloured by segment, with counts adding up to every customer', async () => {
    const { page } = browser;
    await page.getByTestId('algorithm-rfm-scores').check();
    await page.getByTestId('segment-button').click();
    await expect.poll(() => page.getByTestId('segment-history').locator('tbody tr').count(), { timeout: 60_000 }).toBe(3);
    await page.locator('[data-testid="segment-progress"][data-status="succeeded"]').waitFor({ timeout: 60_000 });
    await page.getByTestId('rfm-grid').waitFor();
    expect(await page.getByTestId('segmentation-header').textContent()).toContain('RFM scores');
    const cells = page.getByTestId('rfm-grid').locator('td');
    expect(await cells.count()).toBe(25);
    const counts = (await cells.locator('strong').allTextContents()).map((t) => Number(t.replace(/,/g, '')));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(2000);
    expect(await page.getByTestId('rfm-cell-5-5').textContent()).toContain('Champions');
    expect(await page.getByTestId('rfm-cell-1-1').textContent()).toContain('Lost');
    const cards = await page.getByTestId('segment-card').allTextContents();
    expect(cards.join(' ')).toContain('Champions');
    await page.getByTestId('rfm-grid').scrollIntoViewIfNeeded();
    copyFileSync(await browser.screenshot('segments-rfm'), '/tmp/segments-rfm.png');
  });

  it('runs DBSCAN, shows its own settings and warns when one segment holds nearly everyone', async () => {
    const { page } = browser;
    await page.locator('input[type="radio"][value="DBSCAN"]').check();
    await page.getByTestId('segment-button').click();
    await expect.poll(() => page.getByTestId('segment-history').locator('tbody tr').count(), { timeout: 60_000 }).toBe(4);
    await page.locator('[data-testid="segment-progress"][data-status="succeeded"]').waitFor({ timeout: 90_000 });
    expect(await page.getByTestId('segmentation-header').textContent()).toMatch(/DBSCAN on RFM, eps = [\d.]+, minPts = \d+/);
    const warnings = (await page.getByTestId('segmentation-warning').allTextContents()).join(' ');
    expect(warnings).toMatch(/One segment holds 9\d\.\d ?% of the customers/);
    expect(warnings).toMatch(/fewer than 30 customers: too few to tell/);
    expect(await page.getByTestId('segment-briefs').textContent()).toMatch(/too few customers to tell which past campaigns worked/);
    await page.evaluate('window.scrollTo(0, 0)');
    copyFileSync(await browser.screenshot('segments-dbscan'), '/tmp/segments-dbscan.png');
  });
});
