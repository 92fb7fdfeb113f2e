import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumMissing, type Browser } from '../helpers/browser.js';
import { closeApp, openApp } from '../helpers/app-in-browser.js';
import { IFOOD, reasonIfMissing } from '../helpers/datasets.js';
import { type TestServer } from '../helpers/test-server.js';

describe.skipIf(chromiumMissing || reasonIfMissing(IFOOD))('importing the iFood file in Chromium', () => {
  let t: TestServer, browser: Browser;
  beforeAll(async () => ({ t, browser } = await openApp({ demo: false, signedIn: true })));
  afterAll(() => closeApp(t, browser));

  it('uploads the file with a progress bar and shows 2,240 rows and the inferred schema', async () => {
    const { page } = browser;
    await page.getByTestId('nav-data').click();
    await page.getByTestId('upload-input').setInputFiles(IFOOD);
    await page.getByTestId('upload-submit').click();
    await page.getByTestId('upload-progress').waitFor();
    await expect.poll(() => page.getByTestId('import-status').getAttribute('data-status'), { timeout: 60_000 }).toBe('SUCCEEDED');
    await expect.poll(() => page.getByTestId('import-status').textContent()).toContain('2,240');
    await page.getByTestId('schema-table').waitFor();
    for (const column of ['ID', 'Income', 'Dt_Customer', 'Response']) await page.getByTestId(`schema-row-${column}`).waitFor();
    expect(await page.getByTestId('schema-row-ID').textContent()).toMatch(/identifier/i);
    expect(await page.getByTestId('schema-row-Z_CostContact').textContent()).toMatch(/ignored/i);
    await browser.screenshot('data-ifood');
  });

  it('offers to train the models after the import, remembers automatic retraining, and trains with progress', async () => {
    const { page } = browser;
    await page.getByTestId('nav-data').click();
    const offer = page.getByTestId('retrain-offer');
    await offer.waitFor();
    expect(await offer.textContent()).toContain('Train models');

    await page.getByTestId('auto-retrain').check();
    const token = await t.login();
    const autoRetrain = async () => {
      const res = await t.gql<{ datasets: { name: string; settings: { autoRetrain: boolean } }[] }>(
        '{ datasets { name settings { autoRetrain } } }',
        {},
        token,
      );
      return res.data?.datasets.find((d) => /ifood/i.test(d.name))?.settings.autoRetrain;
    };
    await expect.poll(autoRetrain).toBe(true);

    await page.getByTestId('retrain-button').click();
    await page.getByTestId('retrain-progress').waitFor();
    await expect.poll(() => page.getByTestId('retrain-progress').textContent(), { timeout: 120_000 }).toContain('Training finished');
    await browser.screenshot('data-retrain-offer');
  });

  it('shows the five past campaigns and the response with their rates on the Overview', async () => {
    const { page } = browser;
    await page.getByTestId('nav-overview').click();
    await expect.poll(() => page.getByTestId('fact-rows').textContent()).toContain('2,240');
    const chart = page.getByTestId('campaign-chart');
    await chart.waitFor();
    await chart.locator('summary').click();
    const table = await chart.locator('table').textContent();
    for (let i = 1; i <= 5; i++) expect(table).toContain(`Accepted campaign ${i}`);
    expect(table).toMatch(/14\.9\s?%/);
    await browser.screenshot('overview-ifood');
  });
});
