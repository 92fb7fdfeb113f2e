import { describe, expect, it } from 'vitest';
import en from '../../../client/src/locales/en.json';
import es from '../../../client/src/locales/es.json';
import pl from '../../../client/src/locales/pl.json';
import ru from '../../../client/src/locales/ru.json';
import { i18n } from '../../../client/src/i18n';
import { flatten, type Catalogue } from '../../helpers/catalogues.js';

/**
 * Every key of every client catalogue: the same keys as English (none missing, none extra),
 * every message compiles and renders, plural messages have each language's forms, and no
 * English sentence is left in another language (only names and acronyms may stay as written).
 */

const catalogues = { es, pl, ru } as Record<string, Catalogue>;
const english = flatten(en as Catalogue);

/** Words that are the same in every language: product names, acronyms, units, placeholders. */
const SAME_IN_EVERY_LANGUAGE = [
  'Campaign Profiler',
  'ROC AUC',
  'PR AUC',
  'AUC',
  'CSV',
  'ICE',
  'ALE',
  'PDP',
  'RFM',
  // The recency and frequency scores of RFM ('R 5', 'F 1').
  'R',
  'F',
  'SHAP',
  'TreeSHAP',
  'DBSCAN',
  // The segment-separation score keeps its name in every language, as the server's texts write it.
  'Silhouette',
  'silhouette',
  'k-means',
  'K-means',
  'XGBoost',
  'LightGBM',
  'Random forest',
  'Logistic regression',
  'Gradient boosting',
  'Naive Bayes',
  'iFood',
  'B',
  'KB',
  'MB',
  'GB',
  'TB',
  'min',
  'h',
  's',
  'k',
  'n',
  'x',
  'y',
];

/** Words spelled the same in English and the language itself (checked by a speaker, not guessed). */
const COGNATES: Record<string, string[]> = {
  es: ['No', 'auto'],
  pl: ['Administrator', 'Import', 'Model', 'model', 'Segment', 'auto'],
  ru: [],
};

/** What is left of a message once placeholders, names, acronyms, figures and punctuation are taken out. */
function words(message: string, locale: string): string {
  let text = message.replace(/\{[^}]*\}/g, ' ').replace(/@:[\w.-]+/g, ' ');
  for (const name of [...SAME_IN_EVERY_LANGUAGE, ...(COGNATES[locale] ?? [])].sort((a, b) => b.length - a.length)) {
    text = text.replace(new RegExp(`(^|[^\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=$|[^\\p{L}])`, 'gu'), '$1 ');
  }
  return text.replace(/[^\p{L}]+/gu, ' ').trim();
}

describe('client catalogues', () => {
  it('English has messages', () => {
    expect(english.size).toBeGreaterThan(50);
  });

  for (const [locale, tree] of Object.entries(catalogues)) {
    const messages = flatten(tree);
    it(`${locale}: the same keys as English, none missing and none extra`, () => {
      expect([...english.keys()].filter((key) => !messages.has(key))).toEqual([]);
      expect([...messages.keys()].filter((key) => !english.has(key))).toEqual([]);
    });

    it(`${locale}: no English sentence left untranslated`, () => {
      const leftovers = [...messages].filter(([key, value]) => {
        const source = english.get(key);
        return source !== undefined && value === source && words(value, locale) !== '';
      });
      expect(leftovers.map(([key, value]) => `${key}: ${value}`)).toEqual([]);
    });

    it(`${locale}: plural messages list the language's forms`, () => {
      for (const [key, value] of english) {
        if (!value.includes(' | ')) continue;
        const forms = messages.get(key)!.split(' | ').length;
        // English and Spanish: one | other; Russian and Polish: one | few | many | (fraction).
        if (locale === 'es') expect(forms, key).toBe(value.split(' | ').length);
        else expect(forms, key).toBeGreaterThanOrEqual(3);
      }
    });
  }

  it('every message in every language compiles and renders without a raw key or a stray brace', () => {
    const named = new Proxy({}, { get: (_target, name) => (name === 'count' ? '3' : `[${String(name)}]`), has: () => true });
    for (const locale of ['en', 'es', 'pl', 'ru'] as const) {
      for (const key of english.keys()) {
        const text = i18n.global.t(key, named as Record<string, unknown>, { locale, plural: 3 });
        expect(text, `${locale} ${key}`).not.toBe(key);
        expect(text, `${locale} ${key}`).not.toMatch(/[{}]/);
      }
    }
  });
});
