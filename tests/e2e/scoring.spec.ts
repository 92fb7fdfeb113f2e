/**
 * The Score a list page in Chromium: upload a fresh list (the demo customers of a new seed,
 * without their outcome, with a column the model does not use and a value that does not fit),
 * follow the progress, read the warnings, the profit line and the table (decile filter, search,
 * sort, paging), and download exactly the top k % chosen.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumMissing, ensureClientBuilt, openBrowser, screenshotsDir, signIn, type Browser } from '../helpers/browser.js';
import { demoList } from '../helpers/scorings.js';
import { ADMIN, signedInTestServer, type TestServer } from '../helpers/test-server.js';
import { trainDemo } from '../helpers/training.js';

const ROWS = 400;

/** The list as a team would send it: an extra "Notes" column, and a word where a number belongs on one row. */
function list(): string {
  const lines = demoList(ROWS, 4242).trim().split('\n');
  const income = lines[0].split(',').indexOf('Income');
  return (
    lines
      .map((line, i) => {
        const cells = line.split(',');
        if (i === 3) cells[income] = 'lots';
        return [...cells, i === 0 ? 'Notes' : 'called twice'].join(',');
      })
      .join('\n') + '\n'
  );
}

/** "1,234" -> 1234 */
const count = (text: string | null): number => Number((text ?? '').replace(/[^\d.-]/g, ''));

describe.skipIf(chromiumMissing)('the Score a list page in Chromium', () => {
  let t: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    await ensureClientBuilt();
    let token: string;
    ({ t, token } = await signedInTestServer('pglite', { SEED_DEMO: 'true' }));
    // The forest only: the model lists are scored with in production, and the slowest to explain.
    await trainDemo(t, token, ['RANDOM_FOREST']);
    browser = await openBrowser();
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  it('uploads a list with progress, then shows its warnings, profit line and table', async () => {
    const { page } = browser;
    await signIn(browser, t.url, ADMIN);
    await page.getByTestId('nav-scoring').click();
    await page.getByTestId('score-history-empty').waitFor();
    expect(await page.getByTestId('score-model').locator('option:checked').textContent()).toContain('(featured)');
    await page.getByTestId('upload-input').setInputFiles({ name: 'next-campaign.csv', mimeType: 'text/csv', buffer: Buffer.from(list()) });
    await page.getByTestId('score-start').click();
    // The bar shows at once and follows the job to its end.
    await page.getByTestId('score-progress').waitFor();
    await expect.poll(() => page.getByTestId('score-progress').textContent(), { timeout: 180_000 }).toContain('List scored');
    expect(await page.getByTestId('score-progress').textContent()).toContain(`${ROWS} customers`);

    // The history: file, model version, who, counts.
    const entry = page.getByTestId('score-history-row').first();
    expect(await entry.textContent()).toContain('next-campaign.csv');
    expect(await entry.textContent()).toMatch(/version \d+/);
    expect(await entry.textContent()).toContain(ADMIN.email);
    expect(await page.getByTestId('score-shown-title').textContent()).toContain('next-campaign.csv, scored by');

    // Warnings: the column not used, the value treated as unknown.
    expect(await page.getByTestId('score-warning-ignored').textContent()).toBe('This column of the file was not used: “Notes”.');
    expect(await page.getByTestId('score-warnings').textContent()).toMatch(
      /1 value did not fit the column and was treated as unknown\. For example: “lots”\./,
    );

    // The table: 25 rows a page, best first, with reasons.
    await expect.poll(() => page.getByTestId('score-row').count(), { timeout: 30_000 }).toBe(25);
    expect(await page.getByTestId('score-shown').textContent()).toBe(`1–25 of ${ROWS}`);
    const chances = (await page.getByTestId('score-row').locator('td:nth-child(2)').allTextContents()).map(count);
    expect(chances).toEqual([...chances].sort((a, b) => b - a));
    expect(await page.getByTestId('score-row').first().locator('.reasons li').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('score-row').first().locator('.reasons').textContent()).toMatch(/(raises|lowers) the chance by/);

    // The profit line: priced with the dataset's cost and value (the demo file has none: typed here), the best k marked, the chart drawn.
    if ((await page.getByTestId('score-cost').inputValue()) === '') {
      expect(await page.getByTestId('score-no-money').textContent()).toContain('Enter what a contact costs');
      await page.getByTestId('score-cost').fill('3');
      await page.getByTestId('score-value').fill('11');
    }
    await page.getByTestId('score-profit-table').waitFor();
    expect(await page.getByTestId('score-best').textContent()).toMatch(
      /Most profitable: the top \d+% of the list, about|No part of the list pays/,
    );
    expect(await page.getByTestId('profit-chart').locator('canvas').count()).toBe(1);
    await browser.screenshot('scoring-page');
    for (const part of ['score-upload', 'score-warnings', 'score-profit', 'score-table'])
      await page.getByTestId(part).screenshot({ path: join(screenshotsDir, `scoring-${part}.png`) });
  });

  it('filters by decile, searches, sorts and pages through the scored rows', async () => {
    const { page } = browser;
    await page.getByTestId('score-decile').selectOption('1');
    await expect.poll(() => page.getByTestId('score-shown').textContent()).toBe(`1–25 of ${ROWS / 10}`);
    const deciles = await page.getByTestId('score-row').locator('td:nth-child(3)').allTextContents();
    expect(new Set(deciles)).toEqual(new Set(['1']));
    await page.getByTestId('score-next').click();
    await expect.poll(() => page.getByTestId('score-shown').textContent()).toBe(`26–40 of ${ROWS / 10}`);
    await page.getByTestId('score-decile').selectOption('');
    await expect.poll(() => page.getByTestId('score-shown').textContent()).toBe(`1–25 of ${ROWS}`);

    // Lowest chance first, then the search finds a customer by identifier.
    await page.getByTestId('score-sort-chance').click();
    await expect
      .poll(async () => {
        const shown = (await page.getByTestId('score-row').locator('td:nth-child(2)').allTextContents()).map(count);
        return shown.length === 25 && shown.every((c, i) => i === 0 || c >= shown[i - 1]);
      })
      .toBe(true);
    const key = ((await page.getByTestId('score-row').nth(3).locator('.key').textContent()) ?? '').trim();
    await page.getByTestId('score-search').fill(key);
    await expect.poll(() => page.getByTestId('score-row').first().locator('.key').textContent()).toBe(key);
    await page.getByTestId('score-search').fill('');
    await expect.poll(() => page.getByTestId('score-shown').textContent()).toBe(`1–25 of ${ROWS}`);
  });

  it('downloads exactly the top k % chosen, in the file’s order', async () => {
    const { page } = browser;
    await page.getByTestId('score-k').fill('15');
    expect(await page.getByTestId('score-k-value').textContent()).toBe('top 15%');
    const button = page.getByTestId('score-download');
    expect(await button.textContent()).toContain('Download the top 15% (60 customers)');
    expect(await page.getByTestId('score-profit-chosen').textContent()).toContain('Your choice, the top 15%: 60 customers');
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toBe('next-campaign-scored-top-15-percent.csv');
    const lines = readFileSync((await download.path())!, 'utf8')
      .trim()
      .split(/\r\n/);
    expect(lines[0]).toBe('ID,probability,decile,reason_1,reason_2,reason_3,in_target_group,segment');
    expect(lines).toHaveLength(1 + 60);
    // The best-rated 15 %: deciles 1 and the first half of 2, in the order of the uploaded file.
    const deciles = lines.slice(1).map((line) => Number(line.split(',')[2]));
    expect(deciles.every((d) => d === 1 || d === 2)).toBe(true);
    const uploaded = list()
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(',')[0]);
    const order = lines.slice(1).map((line) => uploaded.indexOf(line.split(',')[0]));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    await expect.poll(() => page.getByTestId('score-downloaded').textContent()).toBe('Downloaded a file with 60 customers.');
    await browser.screenshot('scoring-downloaded');
  });
});
