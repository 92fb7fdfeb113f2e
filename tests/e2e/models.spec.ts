import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumMissing, signIn, type Browser } from '../helpers/browser.js';
import { closeApp, openApp } from '../helpers/app-in-browser.js';
import { ADMIN, type TestServer } from '../helpers/test-server.js';

describe.skipIf(chromiumMissing)('the Models page in Chromium', () => {
  let t: TestServer, browser: Browser;
  beforeAll(async () => ({ t, browser } = await openApp()));
  afterAll(() => closeApp(t, browser));

  it('offers training on a dataset without models', async () => {
    const { page } = browser;
    await signIn(browser, t.url, ADMIN);
    await page.getByTestId('nav-models').click();
    await page.getByTestId('train-button').waitFor();
    expect(await page.getByTestId('train-button').textContent()).toContain('Train models');
    expect(await page.getByTestId('model-table').count()).toBe(0);
  });

  it('trains from the page with a moving progress bar, then compares the four models', async () => {
    const { page } = browser;
    await page.getByTestId('train-button').click();
    const bar = page.getByTestId('training-progress').getByRole('progressbar');
    await bar.waitFor();
    // Record the bar's values while the run goes on: it must show progress between 0 and 100.
    const seen = new Set<string>();
    await expect
      .poll(
        async () => {
          seen.add((await bar.getAttribute('data-value')) ?? '');
          return page.getByTestId('training-progress').getAttribute('data-status');
        },
        { timeout: 150_000, interval: 150 },
      )
      .toBe('finished');
    const during = [...seen].filter((value) => value !== '' && value !== '100').map(Number);
    expect(during.some((value) => value > 0 && value < 100)).toBe(true);
    expect(await bar.getAttribute('data-value')).toBe('100');

    const rows = page.getByTestId('model-table').locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(4);
    const aucs = (await page.getByTestId('roc-auc').allTextContents()).map((text) => Number(text.trim()));
    expect(aucs).toHaveLength(4);
    for (const auc of aucs) expect(auc).toBeGreaterThan(0.5);
    expect(await page.getByTestId('model-table').getByText('Featured').count()).toBe(1);
    for (const algorithm of ['LOGISTIC_REGRESSION', 'RANDOM_FOREST', 'GRADIENT_BOOSTING', 'DECISION_TREE']) {
      expect(await page.getByTestId(`model-row-${algorithm}`).count()).toBe(1);
    }
  });

  it('draws the ROC chart and the other views of the models', async () => {
    const { page } = browser;
    const canvas = page.getByTestId('roc-chart').locator('canvas');
    await canvas.waitFor();
    const box = await canvas.boundingBox();
    expect(box?.width).toBeGreaterThan(200);
    expect(box?.height).toBeGreaterThan(200);
    // Something was painted: the canvas is not one flat colour.
    // The tests' TypeScript has no DOM types: the canvas is described by what is used of it.
    type Canvas2d = {
      width: number;
      height: number;
      getContext(kind: '2d'): { getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } } | null;
    };
    const colours = await canvas.evaluate((element) => {
      const c = element as unknown as Canvas2d;
      const data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? new Uint8ClampedArray();
      const seen = new Set<number>();
      for (let i = 0; i < data.length; i += 4 * 97) seen.add((data[i] ?? 0) * 65536 + (data[i + 1] ?? 0) * 256 + (data[i + 2] ?? 0));
      return seen.size;
    });
    expect(colours).toBeGreaterThan(3);
    for (const id of ['pr-chart', 'lift-chart', 'calibration-chart']) expect(await page.getByTestId(id).locator('canvas').count()).toBe(1);
    const matrix = page.getByTestId('confusion-matrix');
    expect(await matrix.getByTestId('confusion-tp').textContent()).toMatch(/\d/);
    await browser.screenshot('models-trained');
  });

  it('lets an administrator activate another version after retraining', async () => {
    const { page } = browser;
    await page.getByTestId('train-button').click();
    await expect.poll(() => page.getByTestId('training-progress').getAttribute('data-status'), { timeout: 150_000 }).toBe('running');
    await expect
      .poll(() => page.getByTestId('training-progress').getAttribute('data-status'), { timeout: 150_000, interval: 300 })
      .toBe('finished');
    const history = page.getByTestId('model-history');
    await expect.poll(() => history.locator('tbody tr').count()).toBe(8);
    expect(await history.getByText('Change since previous').count()).toBeGreaterThan(0);
    const button = history.locator('[data-testid^="activate-"]').first();
    const id = ((await button.getAttribute('data-testid')) ?? '').replace('activate-', '');
    await button.click();
    await expect.poll(() => page.getByTestId(`history-${id}`).getByText('Featured').count()).toBe(1);
    await page.evaluate('window.scrollTo(0, 0)'); // fixed bars otherwise land mid-page in full-page shots
    await browser.screenshot('models-history');
  });
});
