/**
 * The languages the server writes in, and how a request picks one: the signed-in user's
 * language (User.language, set with updateMe), else the first language of the request's
 * Accept-Language header the app speaks, else English.
 */

export const LOCALES = ['en', 'es', 'pl', 'ru'] as const;
export type Locale = (typeof LOCALES)[number];

/** BCP 47 tags for Intl (numbers, dates, plural rules, lists): one country's habits per language, as the client uses. */
export const INTL_TAGS: Record<Locale, string> = { en: 'en-US', es: 'es-ES', pl: 'pl-PL', ru: 'ru-RU' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The GraphQL Language enum value ('PL') as a locale ('pl'); null for anything else. */
export function localeOfLanguage(language: string | null | undefined): Locale | null {
  const lower = (language ?? '').trim().toLowerCase();
  return isLocale(lower) ? lower : null;
}

/**
 * The best language of an Accept-Language header the app speaks ("pl-PL,pl;q=0.9,en;q=0.8" -> pl),
 * by quality then order; null when it names none of them.
 */
export function localeOfAcceptLanguage(header: string | null | undefined): Locale | null {
  if (!header) return null;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)).find(Boolean);
      return { primary: tag.trim().toLowerCase().split('-')[0], q: q ? Number(q[1]) : 1, index };
    })
    .filter((r) => r.q > 0 && Number.isFinite(r.q))
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked.map((r) => r.primary).find(isLocale) ?? null;
}

/** The language every text of a request is written in: the user's, else the browser's, else English. */
export function requestLocale(userLanguage: string | null | undefined, acceptLanguage?: string | null): Locale {
  return localeOfLanguage(userLanguage) ?? localeOfAcceptLanguage(acceptLanguage) ?? 'en';
}
