import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumMissing, signIn, type Browser } from '../helpers/browser.js';
import { closeApp, openApp } from '../helpers/app-in-browser.js';
import { upload, waitForImport } from '../helpers/imports.js';
import { regionsCsv } from '../helpers/regions.js';
import { ADMIN, type TestServer } from '../helpers/test-server.js';

describe.skipIf(chromiumMissing)('where customers live, in Chromium', () => {
  let t: TestServer, browser: Browser;
  const { records, csv } = regionsCsv();
  beforeAll(async () => {
    let token: string;
    ({ t, browser, token } = await openApp({ demo: false }));
    const answer = await upload(t, token, csv, '/api/datasets?name=Regions&target=Response');
    expect((await waitForImport(t, token, answer.body.importId!)).status).toBe('SUCCEEDED');
    await signIn(browser, t.url, ADMIN);
  });
  afterAll(() => closeApp(t, browser));

  it('shows customers and response per country on the Overview page: a world map, bars and a table', async () => {
    const { page } = browser;
    await page.getByTestId('nav-overview').click();
    const card = page.getByTestId('regions-card');
    await card.waitFor({ timeout: 30_000 });
    await card.locator('[data-testid="region-map"][data-kind="world"] canvas').waitFor();
    await card.getByTestId('region-bars').locator('canvas').waitFor();
    const rows = card.getByTestId('region-table').locator('tbody tr');
    expect(await rows.count()).toBe(4);
    const usa = records.filter((r) => r.Country === 'USA').length;
    expect(await card.getByTestId('region-table').textContent()).toContain(`United States of America${usa}`);
    // The map has painted something: the canvas is not blank.
    const painted = await card.locator('[data-testid="region-map"] canvas').evaluate((c) => {
      // Runs in the page: a canvas (the test itself is typed without the DOM library).
      const canvas = c as unknown as {
        width: number;
        height: number;
        getContext(kind: '2d'): { getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } };
      };
      const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
      let coloured = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i] > 0) coloured++;
      return coloured;
    });
    expect(painted).toBeGreaterThan(1000);
    await card.getByTestId('region-column').selectOption('State');
    await card.locator('[data-testid="region-map"][data-kind="us"] canvas').waitFor();
    await expect.poll(() => card.getByTestId('region-table').textContent()).toContain('California');
    await card.scrollIntoViewIfNeeded();
    await browser.screenshot('regions-overview');
  });

  it('shows the segment mix per region on the Segments page', async () => {
    const { page } = browser;
    await page.getByTestId('nav-segments').click();
    await page.getByTestId('segment-button').click();
    await page.locator('[data-testid="segment-progress"][data-status="succeeded"]').waitFor({ timeout: 60_000 });
    const card = page.getByTestId('regions-card');
    await card.waitFor();
    await expect.poll(() => card.getByTestId('region-table').locator('thead').textContent()).toContain('Segment mix');
    await card.locator('[data-testid="region-map"] canvas').waitFor();
    await card.scrollIntoViewIfNeeded();
    await browser.screenshot('regions-segments');
  });

  it('sets a column as not a place on the Data page, and the Overview stops offering it', async () => {
    const { page } = browser;
    await page.getByTestId('nav-data').click();
    await page.getByTestId('column-edit-State').click();
    const editor = page.getByTestId('column-editor');
    expect(await editor.getByTestId('column-region-select').inputValue()).toBe('STATE');
    await editor.getByTestId('column-region-select').selectOption('NONE');
    await editor.getByTestId('column-save').click();
    await editor.waitFor({ state: 'detached' });
    await page.getByTestId('nav-overview').click();
    const card = page.getByTestId('regions-card');
    await card.waitFor({ timeout: 30_000 });
    // Only Country is left, so there is no column to choose between; the world map stays.
    await expect.poll(() => card.getByTestId('region-column').count(), { timeout: 15_000 }).toBe(0);
    await card.locator('[data-testid="region-map"][data-kind="world"] canvas').waitFor();
  });
});
