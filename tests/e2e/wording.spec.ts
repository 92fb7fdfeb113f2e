/**
 * Words a manager can paste, page by page: on the demo data with a trained model, every page's
 * text is read and must carry no template seam (a missing space after a full stop, "undefined",
 * "NaN", double spaces), no raw column name where a label exists (outside the Data page, which
 * maps names to labels), no "1 customers" and no plural noun with "is". Each page is saved as a
 * PNG to look at. The Target group page prints as one A4 page (Chromium's PDF) with its heading
 * (date, dataset, model), the description, the figures, the rate chart and the profit line.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumMissing, type Browser } from '../helpers/browser.js';
import { closeApp, openApp } from '../helpers/app-in-browser.js';
import type { TestServer } from '../helpers/test-server.js';

/** What a manager could not paste, found in a page's visible text. */
function seams(text: string, rawNames: readonly string[]): string[] {
  const found: string[] = [];
  for (const [name, pattern] of [
    ['"undefined"', /\bundefined\b/],
    ['"NaN"', /\bNaN\b/],
    ['"null"', /\bnull\b/],
    ['"[object"', /\[object /],
    ['missing space after a full stop', /[a-z]{2}\.[A-Z][a-z]/],
    ['double space', / {2,}/],
    ['space before punctuation', / [,.;:](?!\d)/],
    [
      '"1" with a plural noun',
      /(?<![\d.,])\b1 (customers|rows|segments|drivers|models|contacts|days|times|features|columns|campaigns|responders)\b/,
    ],
    ['plural noun with "is"', /\b(?:[2-9]|\d{2,}|no) [a-z]+s is\b/],
    ['"up to 0" / "at most 0"', /\b(up to|at most) 0\b/],
  ] as const) {
    const match = pattern.exec(text);
    if (match) found.push(`${name}: “…${text.slice(Math.max(0, match.index - 40), match.index + 40)}…”`);
  }
  for (const name of rawNames) if (new RegExp(`\\b${name}\\b`).test(text)) found.push(`raw column name ${name}`);
  return found;
}

describe.skipIf(chromiumMissing)('every page in words a manager can paste', () => {
  let t: TestServer;
  let browser: Browser;
  let rawNames: string[] = [];
  beforeAll(async () => {
    const app = await openApp({ train: ['LOGISTIC_REGRESSION'], signedIn: true });
    ({ t, browser } = app);
    const set = await t.gql(
      'mutation($d: ID!) { updateDatasetSettings(datasetId: $d, input: { currency: "EUR" }) { id } }',
      { d: app.datasetId },
      app.token,
    );
    expect(set.errors).toBeUndefined();
    const columns = await t.gql<{ dataset: { columns: { name: string; label: string }[] } }>(
      'query($d: ID!) { dataset(id: $d) { columns { name label } } }',
      { d: app.datasetId },
      app.token,
    );
    // Names a file writes that differ from their label and read like code (MntWines, Year_Birth, AcceptedCmp1).
    rawNames = columns.data!.dataset.columns.filter((c) => c.name !== c.label && /_|[a-z][A-Z]/.test(c.name)).map((c) => c.name);
    expect(rawNames).toEqual(expect.arrayContaining(['MntWines', 'Year_Birth', 'AcceptedCmp1']));
  }, 600_000);
  afterAll(() => closeApp(t, browser));

  const PAGES: [name: string, path: string, ready: string][] = [
    ['overview', '/', 'nav-overview'],
    ['models', '/models', 'model-table'],
    ['drivers', '/drivers', 'pdp-chart'],
    ['target-group', '/target-group', 'target-description'],
    ['segments', '/segments', 'nav-segments'],
    ['customer', '/customer', 'nav-customer'],
    ['score', '/score', 'nav-scoring'],
    ['activity', '/activity', 'nav-activity'],
    ['data', '/data', 'nav-data'],
  ];

  it.each(PAGES)('the %s page has no seams, raw names or plural slips', async (name, path, ready) => {
    const { page } = browser;
    await page.goto(`${t.url}${path}`);
    await page.getByTestId(ready).first().waitFor({ timeout: 60_000 });
    // Let the page's queries settle: no loading state left.
    await expect.poll(() => page.locator('[aria-busy="true"], .loading').count(), { timeout: 60_000 }).toBe(0);
    await page.waitForTimeout(500);
    const text = await page.locator('main').innerText();
    await page.evaluate('window.scrollTo(0, 0)');
    await browser.screenshot(`wording-${name}`);
    expect(seams(text, name === 'data' ? [] : rawNames), `${name} page`).toEqual([]);
  });

  it('the Overview leads with the featured model’s group, its freshness and the next step, in the Target group page’s figures', async () => {
    const { page } = browser;
    await page.goto(`${t.url}/`);
    const headline = page.getByTestId('overview-headline');
    await page.getByTestId('headline-who').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('headline-who').innerText()).toMatch(/^Customers (who|with|whose) .+\.$/);
    const customers = await page.getByTestId('headline-customers').innerText();
    const lift = await page.getByTestId('headline-lift').innerText();
    expect(customers).toMatch(/^[\d,]+ customers?$/);
    expect(lift).toMatch(/^respond \d+\.\d times as often as average$/);
    expect(await headline.innerText()).toMatch(
      /Featured model: Logistic regression v\d+, ROC AUC 0\.\d\d; the group is described with \d+ drivers?\./,
    );
    // Freshness: when it was trained and on which import (the demo data, imported today).
    const today = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    expect(await page.getByTestId('headline-fresh').innerText()).toMatch(new RegExp(`^Trained .+ on the data imported on ${today}\\.$`));
    expect(await page.getByTestId('headline-stale').count()).toBe(0);
    // The next step opens the same group: same count and lift on the Target group page.
    await page.getByTestId('headline-next').click();
    await page.getByTestId('target-description').waitFor({ timeout: 60_000 });
    await expect
      .poll(() => page.getByTestId('stat-customers').locator('.stat-value').innerText(), { timeout: 60_000 })
      .toBe(customers.split(' ')[0]);
    expect(await page.getByTestId('stat-lift').locator('.stat-value').innerText()).toBe(`${/\d+\.\d/.exec(lift)?.[0]}×`);
  });

  it('shows the help text of a metric on keyboard focus', async () => {
    const { page } = browser;
    await page.goto(`${t.url}/models`);
    const tip = page.getByTestId('help-rocAuc').first();
    await tip.waitFor();
    await tip.focus();
    const help = tip.locator('[role="tooltip"]');
    expect(await help.isVisible()).toBe(true);
    expect(await help.textContent()).toMatch(/0\.5 is guessing, 1 is perfect\./);
  });

  it('prints the target group as one page: heading, description, figures, rate chart, profit line', async () => {
    const { page } = browser;
    await page.goto(`${t.url}/target-group`);
    await page.getByTestId('target-description').waitFor({ timeout: 60_000 });
    // The demo file has no campaign costs: type them, as a manager would.
    await page.getByTestId('cost-input').fill('3');
    await page.getByTestId('value-input').fill('11');
    await page.getByTestId('profit-verdict').waitFor({ timeout: 60_000 });
    await page.emulateMedia({ media: 'print' });
    try {
      const head = page.getByTestId('print-head');
      expect(await head.isVisible()).toBe(true);
      const today = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
      expect(await head.innerText()).toMatch(new RegExp(`${today}.*Demo customers.*Logistic regression v\\d`, 's'));
      for (const id of ['target-description', 'stat-lift', 'rate-chart', 'profit-verdict'])
        expect(await page.getByTestId(id).first().isVisible(), id).toBe(true);
      // Controls stay off the paper.
      for (const id of ['topn-slider', 'copy-text', 'print-brief', 'cost-input', 'profit-chart'])
        expect(await page.getByTestId(id).first().isVisible(), id).toBe(false);
      expect(await page.locator('.shell-sidebar').isVisible()).toBe(false);
      expect(await page.getByTestId('profit-verdict').innerText()).toMatch(/€/);
      await browser.screenshot('target-group-print');
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
      const raw = pdf.toString('latin1');
      expect(raw.startsWith('%PDF')).toBe(true);
      // One page: a single page object in the file.
      expect(raw.match(/\/Type\s*\/Page(?!s)/g) ?? []).toHaveLength(1);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });
});
