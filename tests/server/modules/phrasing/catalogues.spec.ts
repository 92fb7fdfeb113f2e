/**
 * Every message key in every catalogue: none missing, none extra, valid ICU, the same
 * arguments as English (a translation may also use the grammar arguments the code passes,
 * catalogue.ts GRAMMAR_ARGUMENTS), and no English left in another language beyond the names
 * and units allowed below. A helper who adds an English message sees this test fail until
 * the three translations are in.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { CATALOGUES, GRAMMAR_ARGUMENTS } from '../../../../server/src/modules/phrasing/catalogue.js';
import { INTL_TAGS, LOCALES, type Locale } from '../../../../server/src/modules/phrasing/locale.js';
import { MESSAGES_EN } from '../../../../server/src/modules/phrasing/messages-en.js';

/** Latin-letter words allowed in the translations: names, units, method names and codes that are the same in every language. */
const ALLOWED_LATIN = new Set([
  // Method and metric names, settings and codes the pages show as they are.
  'k',
  'eps',
  'minpts',
  'dbscan',
  'rfm',
  'r',
  'f',
  'm',
  'id',
  'roc',
  'auc',
  'pr',
  'brier',
  'silhouette',
  'csv',
  'pca',
  'ale',
  'ice',
  'shap',
  'ai',
  'llm',
  's',
  // Parameter names, settings and codes an error message quotes as they are typed (API, environment, HTTP).
  'actorid',
  'oninvalid',
  'onduplicate',
  'reject',
  'skip',
  'replace',
  'standard',
  'robust',
  'top',
  'country',
  'state',
  'postal',
  'code',
  'none',
  'binary',
  'http',
  'api',
  'url',
  'key',
  'max',
  'training',
  'memory',
  'mb',
  'openai',
  'content',
  'type',
  'text',
  'eur',
  'usd',
  'gbp',
  't',
  'z',
  'means',
  // Encodings and the byte a binary file gives itself away by, named as a spreadsheet's save dialog and a hex viewer show them.
  'utf',
  'nul',
  // The placeholder a typed phrase must contain, quoted in the message about it.
  'value',
]);

/** Words English and a translation share by chance (same spelling, own meaning there). */
const SHARED_WORDS: Partial<Record<Locale, Set<string>>> = {
  es: new Set([
    'a',
    'no',
    'de',
    'en',
    'con',
    'la',
    'el',
    'un',
    'una',
    'mes',
    'me',
    'son',
    'sus',
    'su',
    'e',
    'y',
    'o',
    'u',
    'le',
    'lo',
    'se',
    'al',
    'es',
    'base',
    'total',
    'compatible',
    'use',
    'singular',
    'plural',
    'error',
    'control',
    'decimal',
    'roles',
  ]),
  pl: new Set([
    'a',
    'i',
    'o',
    'w',
    'z',
    'do',
    'na',
    'to',
    'od',
    'u',
    'on',
    'we',
    'nie',
    'po',
    'by',
    'go',
    'segment',
    'model',
    'zero',
    'brief',
    'administrator',
    'region',
    'limit',
    'import',
    'list',
  ]),
};

type Element = { type: number; value?: string; options?: Record<string, { value: Element[] }> };

function ast(template: string, locale: Locale): Element[] {
  return new IntlMessageFormat(template, INTL_TAGS[locale]).getAst() as unknown as Element[];
}

/** Argument names and literal text of a parsed message. */
function walk(elements: readonly Element[], args: Set<string>, text: string[]): void {
  for (const e of elements) {
    if (e.type === 0) text.push(e.value ?? '');
    else if (e.type !== 7 && e.value !== undefined) args.add(e.value);
    for (const option of Object.values(e.options ?? {})) walk(option.value, args, text);
  }
}

function parts(template: string, locale: Locale): { args: Set<string>; text: string } {
  const args = new Set<string>();
  const text: string[] = [];
  walk(ast(template, locale), args, text);
  return { args, text: text.join(' ') };
}

const EN_KEYS = Object.keys(MESSAGES_EN).sort();
const ENGLISH_WORDS = new Set(
  Object.values(MESSAGES_EN).flatMap((t) =>
    parts(t, 'en')
      .text.toLowerCase()
      .split(/[^a-z]+/)
      .filter(Boolean),
  ),
);
const GRAMMAR = new Set<string>(GRAMMAR_ARGUMENTS);

describe('message catalogues', () => {
  it('English messages are valid ICU', () => {
    for (const [key, template] of Object.entries(MESSAGES_EN)) expect(() => ast(template, 'en'), key).not.toThrow();
  });

  for (const locale of LOCALES.filter((l) => l !== 'en')) {
    describe(locale, () => {
      const catalogue = CATALOGUES[locale];

      it('has every English key and no other', () => {
        const keys = Object.keys(catalogue).sort();
        expect(
          EN_KEYS.filter((k) => !keys.includes(k)),
          'missing',
        ).toEqual([]);
        expect(
          keys.filter((k) => !EN_KEYS.includes(k)),
          'extra',
        ).toEqual([]);
      });

      it('is valid ICU with the same arguments as English', () => {
        for (const key of EN_KEYS) {
          const template = catalogue[key];
          if (template === undefined) continue;
          expect(() => ast(template, locale), `${locale} ${key}`).not.toThrow();
          const en = parts(MESSAGES_EN[key as keyof typeof MESSAGES_EN], 'en').args;
          const tr = parts(template, locale).args;
          const unknown = [...tr].filter((a) => !en.has(a) && !GRAMMAR.has(a));
          const dropped = [...en].filter((a) => !tr.has(a) && !GRAMMAR.has(a));
          expect(unknown, `${locale} ${key} uses arguments the code does not pass`).toEqual([]);
          expect(dropped, `${locale} ${key} drops arguments`).toEqual([]);
        }
      });

      it('leaves no English behind', () => {
        const shared = SHARED_WORDS[locale] ?? new Set<string>();
        for (const key of EN_KEYS) {
          const template = catalogue[key];
          if (template === undefined) continue;
          // Accented letters belong to the word ("campañas" is one Spanish word, not "campa" + "as").
          const words = parts(template, locale)
            .text.toLowerCase()
            .split(/[^\p{L}]+/u)
            .filter((w) => /^[a-z]+$/.test(w));
          const english = words.filter((w) => ENGLISH_WORDS.has(w) && !ALLOWED_LATIN.has(w) && !shared.has(w));
          expect(english, `${locale} ${key}: ${template}`).toEqual([]);
          // Russian has no Latin words at all beyond the allowed names.
          if (locale === 'ru')
            expect(
              words.filter((w) => !ALLOWED_LATIN.has(w)),
              `${locale} ${key}`,
            ).toEqual([]);
        }
      });
    });
  }
});
