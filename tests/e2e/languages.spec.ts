import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumMissing, type Browser } from '../helpers/browser.js';
import { closeApp, openApp } from '../helpers/app-in-browser.js';
import { repoRoot } from '../helpers/datasets.js';
import { ADMIN, type TestServer } from '../helpers/test-server.js';
import { flatten, type Catalogue } from '../helpers/catalogues.js';
import { demoList, scoreList } from '../helpers/scorings.js';

/**
 * Every page in every language: after switching the language in My account, each page must
 * show no raw catalogue key and no English sentence from the client catalogue (only names
 * and acronyms stay as they are), and the browser tab's title follows at once. Screenshots
 * of each page in Polish and Russian are kept to look at text lengths.
 */

const catalogue = (locale: string) => JSON.parse(readFileSync(join(repoRoot, `client/src/locales/${locale}.json`), 'utf8')) as Catalogue;
const english = flatten(catalogue('en'));
const catalogues: Record<string, Map<string, string>> = {
  es: flatten(catalogue('es')),
  pl: flatten(catalogue('pl')),
  ru: flatten(catalogue('ru')),
};
const topLevel = Object.keys(catalogue('en'));
/** A catalogue key showing as text: "overview.title", "nav.target-group". */
const rawKey = new RegExp(`\\b(?:${topLevel.join('|')})\\.[a-zA-Z][\\w.-]*\\b`);

/** English sentences that must not show in another language: fixed text (no placeholders) of two words or more, translated differently there. */
function englishLeftovers(text: string, locale: string): string[] {
  const translated = catalogues[locale]!;
  return (
    [...english]
      .filter(([key, value]) => !/[{}|]/.test(value) && /\p{L}+ \p{L}+/u.test(value) && translated.get(key) !== value)
      .map(([, value]) => value)
      .filter((value) => text.includes(value))
      // The line it sits in, to find the element that shows it.
      .map(
        (value) =>
          `${value} — in “${text
            .split('\n')
            .find((line) => line.includes(value))
            ?.trim()
            .slice(0, 120)}”`,
      )
  );
}

/**
 * English words that are no word of Spanish, Polish or Russian ("no", "a", "to", "was" and
 * "on" are left out: they are Spanish or Polish words too). A line with two of them is an
 * English sentence nobody put in the catalogue: a hard-coded text the catalogue check above
 * cannot see.
 */
const ENGLISH_WORDS = new Set(
  'the and of is are were for with from this that these those your you its not yet or who which what how why when than each every all have has been will can could should there their they our into only more about after before'.split(
    ' ',
  ),
);

function englishLines(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => (line.toLowerCase().match(/[a-z]+/g) ?? []).filter((word) => ENGLISH_WORDS.has(word)).length >= 2);
}

/** Every page a signed-in administrator opens from the sidebar and the user menu (the login page has its own test below). */
const PAGES = [
  'overview',
  'data',
  'models',
  'drivers',
  'target-group',
  'customer',
  'scoring',
  'segments',
  'activity',
  'users',
  'audit',
  'account',
] as const;

/**
 * Pages still being translated, with why: checked for raw keys only until their texts are in
 * the catalogues (then they leave this list and get the English checks too).
 */
const PENDING: ReadonlyMap<string, string> = new Map([]);

/** Segments the demo customers (k-means on RFM, the page's default) and waits for the result. */
async function segment(t: TestServer, token: string, datasetId: string): Promise<void> {
  const started = await t.gql<{ segmentCustomers: { id: string } }>(
    'mutation($d: ID!) { segmentCustomers(datasetId: $d) { id } }',
    { d: datasetId },
    token,
  );
  const id = started.data!.segmentCustomers.id;
  const query = 'query($id: ID!) { segmentation(id: $id) { status error } }';
  for (const deadline = Date.now() + 90_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 300))) {
    const run = (await t.gql<{ segmentation: { status: string; error: string | null } }>(query, { id }, token)).data?.segmentation;
    if (run?.status === 'SUCCEEDED') return;
    if (run?.status === 'FAILED') throw new Error(`segmentation failed: ${run.error}`);
  }
  throw new Error('segmentation still running after 90 s');
}

describe.skipIf(chromiumMissing)('every page in every language', () => {
  let t: TestServer, browser: Browser;
  beforeAll(async () => {
    // Trained models and a segmentation, so the Models, Drivers, Target group and Segments
    // pages show their charts, tables and texts rather than their empty states.
    const app = await openApp({ signedIn: true, train: ['LOGISTIC_REGRESSION', 'DECISION_TREE'] });
    ({ t, browser } = app);
    await segment(t, app.token, app.datasetId);
    // A scored list, so Score a list shows its history, warnings, profit and scored customers.
    const models = await t.gql<{ dataset: { models: { id: string; isFeatured: boolean }[] } }>(
      'query($d: ID!) { dataset(id: $d) { models { id isFeatured } } }',
      { d: app.datasetId },
      app.token,
    );
    const featured = models.data!.dataset.models.find((model) => model.isFeatured)!;
    await scoreList(t, app.token, featured.id, demoList(300, 19));
  }, 420_000); // training, segmenting and scoring on a shared machine take a while
  afterAll(() => closeApp(t, browser));

  async function open(name: string): Promise<string> {
    const { page } = browser;
    if (name === 'account') await page.getByTestId('my-account').click();
    else await page.getByTestId(`nav-${name}`).click();
    await page.waitForLoadState('networkidle');
    await page
      .getByTestId('loading')
      .waitFor({ state: 'detached' })
      .catch(() => undefined);
    if (name === 'customer') {
      // One customer with everything the page shows: reasons, bars, curve, the smallest change, the what-if.
      await page.getByTestId('customer-search').fill('1');
      await page.getByTestId('customer-suggestions').locator('button').first().click();
      await page.getByTestId('contribution-bars').locator('[role=listitem]').first().waitFor({ timeout: 60_000 });
      await page.getByTestId('customer-curve').waitFor({ timeout: 60_000 });
      await page.getByTestId('counterfactual-text').waitFor({ timeout: 60_000 });
    }
    if (name === 'scoring') await page.getByTestId('score-table').locator('tbody tr').first().waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    return page.locator('body').innerText();
  }

  /**
   * The page's text without what the server wrote or the data holds (elements marked
   * data-server-text: column labels and notes, import messages), which the server's
   * catalogue tests check; that text is returned apart so the run can list it.
   */
  async function clientText(): Promise<{ client: string; server: string[] }> {
    const { page } = browser;
    // Read, hidden and shown again in one task, so the page cannot re-render in between (a
    // re-rendered element would come back without being hidden). Hidden through the CSS
    // object model: the app's Content-Security-Policy forbids inline style tags.
    const { server, shown } = await page.evaluate<{ server: string[]; shown: string }>(`(() => {
      const marked = [...document.querySelectorAll('[data-server-text]')];
      const server = marked.map((element) => element.innerText.trim()).filter(Boolean);
      for (const element of marked) element.style.display = 'none';
      const shown = document.body.innerText;
      for (const element of marked) element.style.display = '';
      return { server, shown };
    })()`);
    // A select lists every option's text even when an option is hidden: those lines go by value.
    const serverLines = new Set(server);
    const client = shown
      .split('\n')
      .filter((line) => !serverLines.has(line.trim()))
      .join('\n');
    return { client, server };
  }

  async function switchTo(locale: string): Promise<void> {
    const { page } = browser;
    await open('account');
    await page.getByTestId('language-select').selectOption(locale);
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(locale);
    await page.getByTestId('language-saved').waitFor();
  }

  for (const locale of ['es', 'pl', 'ru', 'en']) {
    it(`${locale}: no raw key and no English left on any page, and the tab's title in the language at once`, async () => {
      await switchTo(locale);
      // No navigation since the switch: the title must have followed the language by itself.
      const messages = catalogue(locale) as { app: { titleSuffix: string }; nav: { account: string } };
      expect(await browser.page.title()).toBe(messages.app.titleSuffix.replace('{title}', messages.nav.account));
      for (const name of PAGES) {
        const text = await open(name);
        expect(text.match(rawKey)?.[0], `${locale} ${name}: raw key`).toBeUndefined();
        if (locale !== 'en' && !PENDING.has(name)) {
          const { client, server } = await clientText();
          expect(englishLeftovers(client, locale), `${locale} ${name}`).toEqual([]);
          expect(englishLines(client), `${locale} ${name}: English sentence`).toEqual([]);
          const serverEnglish = server.filter((line) => englishLines(line).length > 0);
          if (serverEnglish.length > 0)
            console.warn(`${locale} ${name}: English from the server: ${serverEnglish.slice(0, 5).join(' | ')}`);
        }
        if (locale === 'pl' || locale === 'ru') await browser.screenshot(`lang-${locale}-${name}`);
      }
    });
  }

  it('the login page offers the languages and remembers the choice after signing out', async () => {
    const { page } = browser;
    await switchTo('pl');
    await page.getByTestId('logout').click();
    await page.getByTestId('login-language').waitFor();
    expect(await page.getByTestId('login-submit').innerText()).toBe('Zaloguj się');
    for (const locale of ['es', 'pl', 'ru']) {
      await page.getByTestId('login-language').selectOption(locale);
      await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(locale);
      const { client } = await clientText();
      expect(client.match(rawKey)?.[0], `${locale} login: raw key`).toBeUndefined();
      expect(englishLeftovers(client, locale), `${locale} login`).toEqual([]);
      expect(englishLines(client), `${locale} login: English sentence`).toEqual([]);
      const title = catalogue(locale) as { app: { titleSuffix: string }; nav: { login: string } };
      expect(await page.title()).toBe(title.app.titleSuffix.replace('{title}', title.nav.login));
    }
    expect(await page.getByTestId('login-submit').innerText()).toBe('Войти');
    await browser.screenshot('lang-ru-login');
    // Signing in after choosing on the login page saves the choice to the account.
    await page.getByTestId('login-email').fill(ADMIN.email);
    await page.getByTestId('login-password').fill(ADMIN.password);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('dataset-picker').waitFor();
    await expect.poll(() => page.getByTestId('nav-overview').innerText()).toBe('Обзор');
    const me = await t.gql<{ me: { language: string } }>('{ me { language } }', {}, await t.login());
    expect(me.data?.me.language).toBe('RU');
  });
});
