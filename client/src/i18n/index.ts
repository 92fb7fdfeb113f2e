import { createI18n } from 'vue-i18n';
import en from '../locales/en.json';
import es from '../locales/es.json';
import pl from '../locales/pl.json';
import ru from '../locales/ru.json';
import { activeLocale, intlLocale, LANGUAGE_KEY, type AppLocale } from './locale';
import { formatCount } from '../../../server/src/domain/number-format';
import { cldrPluralRule } from './plural';

/**
 * Every text the client writes, in the user's language (vue-i18n, Composition API mode).
 * Catalogues: client/src/locales/<locale>.json, English the reference. Components use $t in
 * templates; plain TypeScript (utils, composables) uses t() and countText() from here.
 */
export type MessageSchema = typeof en;

export const i18n = createI18n<[MessageSchema], AppLocale, false>({
  legacy: false,
  locale: activeLocale.value,
  fallbackLocale: 'en',
  messages: { en, es, pl, ru },
  pluralRules: { ru: cldrPluralRule('ru'), pl: cldrPluralRule('pl') },
  // A missing key shows as the key itself (the catalogue test and the e2e pass catch it).
  missingWarn: false,
  fallbackWarn: false,
});

export const t = i18n.global.t;

/** A counted phrase with the count formatted for the locale: countText('common.rows', 1234) -> "1,234 rows". */
export function countText(key: string, count: number, named: Record<string, unknown> = {}): string {
  const formatted = formatCount(count, intlLocale());
  return i18n.global.t(key, { count: formatted, ...named }, count);
}

/** Switches the whole client to a locale and remembers it for the next visit in this browser. */
export function setLocale(locale: AppLocale): void {
  activeLocale.value = locale;
  i18n.global.locale.value = locale;
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
  try {
    localStorage.setItem(LANGUAGE_KEY, locale);
  } catch {
    // blocked storage: the choice lasts for this page only
  }
}

/**
 * A record of labels read from the catalogue on every access (`labels.NUMERIC` is
 * t('columns.kind.NUMERIC') in the active language), so a table of labels keyed by an enum
 * stays a plain record for its callers and still follows a language change.
 */
export function translatedLabels<K extends string>(prefix: string, keys: readonly K[]): Record<K, string> {
  const labels = {} as Record<K, string>;
  for (const key of keys) Object.defineProperty(labels, key, { enumerable: true, get: () => t(`${prefix}.${key}`) });
  return labels;
}
