import { ref } from 'vue';

/**
 * The app's languages and the one active locale. Kept apart from vue-i18n so the number and
 * date formatters (utils/format.ts) can read the locale without importing the catalogues.
 */
export const LOCALES = ['en', 'es', 'pl', 'ru'] as const;
export type AppLocale = (typeof LOCALES)[number];

/** The language names each language's speakers recognise, for the pickers. */
export const LOCALE_NAMES: Record<AppLocale, string> = { en: 'English', es: 'Español', pl: 'Polski', ru: 'Русский' };

/** BCP 47 tags for Intl: a region so dates and numbers follow one country's habits. */
const INTL_TAGS: Record<AppLocale, string> = { en: 'en-US', es: 'es-ES', pl: 'pl-PL', ru: 'ru-RU' };

export const LANGUAGE_KEY = 'campaign-profiler.language';

export function isAppLocale(value: unknown): value is AppLocale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The server's Language enum value ('PL') as a locale ('pl'), English for anything unknown. */
export function localeOfLanguage(language: string | null | undefined): AppLocale {
  const lower = (language ?? '').toLowerCase();
  return isAppLocale(lower) ? lower : 'en';
}

/** A locale as the server's Language enum value. */
export function languageOfLocale(locale: AppLocale): 'EN' | 'ES' | 'PL' | 'RU' {
  return locale.toUpperCase() as 'EN' | 'ES' | 'PL' | 'RU';
}

/** The first of the browser's languages the app speaks ('pl-PL' -> 'pl'), else English. */
export function browserLocale(languages: readonly string[] | undefined): AppLocale {
  for (const tag of languages ?? []) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isAppLocale(primary)) return primary;
  }
  return 'en';
}

function storedLocale(): AppLocale | null {
  try {
    const value = typeof localStorage === 'undefined' ? null : localStorage.getItem(LANGUAGE_KEY);
    return isAppLocale(value) ? value : null;
  } catch {
    return null;
  }
}

/** The locale a fresh page starts in: the one last used in this browser, else the browser's. */
export function initialLocale(): AppLocale {
  const languages = typeof navigator === 'undefined' ? undefined : navigator.languages;
  return storedLocale() ?? browserLocale(languages);
}

/** The active locale; reactive, so formatted figures re-render when it changes. */
export const activeLocale = ref<AppLocale>(initialLocale());

/** The Intl tag of the active locale ('pl-PL'), for NumberFormat, DateTimeFormat and friends. */
export function intlLocale(): string {
  return INTL_TAGS[activeLocale.value];
}
