import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumMissing, type Browser } from '../helpers/browser.js';
import { closeApp, openApp } from '../helpers/app-in-browser.js';
import { type TestServer } from '../helpers/test-server.js';

describe.skipIf(chromiumMissing)('correcting how sentences speak of a column on the Data page, in Chromium', () => {
  let t: TestServer, browser: Browser, token: string;
  beforeAll(async () => ({ t, browser, token } = await openApp({ signedIn: true })));
  afterAll(() => closeApp(t, browser));

  // One dataset at a time: the list of datasets with every column's phrasing costs more than a request may.
  const stored = async () => {
    const ids = await t.gql<{ datasets: { id: string }[] }>('{ datasets { id } }', {}, token);
    const res = await t.gql<{
      dataset: {
        settings: { currency: string | null };
        columns: {
          name: string;
          phrasing: { kind: string; verb: string | null; one: string | null; levels: { value: string; text: string }[] | null };
        }[];
      };
    }>(
      'query($id: ID!) { dataset(id: $id) { settings { currency } columns { name phrasing { kind verb one levels { value text } } } } }',
      { id: ids.data!.datasets[0]!.id },
      token,
    );
    return res.data!.dataset;
  };

  it('shows the inferred phrasing, takes a correction and the currency, and keeps them', async () => {
    const { page } = browser;
    await page.getByTestId('nav-data').click();
    await page.getByTestId('schema-table').waitFor();
    await page.getByTestId('dataset-currency-input').fill('eur');
    await page.getByTestId('dataset-currency-save').click();
    await expect.poll(async () => (await stored()).settings.currency).toBe('EUR');

    await page.getByTestId('column-edit-Teenhome').click();
    const editor = page.getByTestId('column-editor');
    expect(await editor.getByTestId('column-phrasing-kind').inputValue()).toBe('COUNT');
    expect(await editor.getByTestId('column-phrasing-one').inputValue()).toBe('teenager at home');
    // A count needs both forms: the page says so and will not save.
    await editor.getByTestId('column-phrasing-one').fill('');
    expect(await editor.getByTestId('column-phrasing-problem').textContent()).toMatch(/one and for several/);
    expect(await editor.getByTestId('column-save').isDisabled()).toBe(true);
    await editor.getByTestId('column-cancel').click();

    await page.getByTestId('column-edit-MntWines').click();
    const wine = page.getByTestId('column-editor');
    expect(await wine.getByTestId('column-phrasing-kind').inputValue()).toBe('MONEY');
    await wine.getByTestId('column-phrasing-verb').fill('spent {value} on wine');
    await wine.getByTestId('column-save').click();
    await expect.poll(async () => (await stored()).columns.find((c) => c.name === 'MntWines')?.phrasing.verb).toBe('spent {value} on wine');
    await browser.screenshot('data-phrasing');
  });

  it('words a category level by level: shows the inferred words and keeps a correction', async () => {
    const { page } = browser;
    await page.getByTestId('column-edit-Education').click();
    const editor = page.getByTestId('column-editor');
    expect(await editor.getByTestId('column-phrasing-kind').inputValue()).toBe('CATEGORY');
    expect(await editor.getByTestId('column-phrasing-level-PhD').inputValue()).toBe('have a PhD');
    await editor.getByTestId('column-phrasing-level-PhD').fill('hold a doctorate');
    await browser.screenshot('data-phrasing-levels');
    await editor.getByTestId('column-save').click();
    const words = async () => (await stored()).columns.find((c) => c.name === 'Education')?.phrasing.levels ?? [];
    await expect.poll(async () => (await words()).find((level) => level.value === 'PhD')?.text).toBe('hold a doctorate');
    // The other levels keep the words they had.
    expect((await words()).length).toBeGreaterThan(1);
  });
});
