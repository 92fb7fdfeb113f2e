/**
 * Error messages a user sees, in their language. Errors are raised in English all over the
 * server (and import problems are stored in English); on the way out each message is matched
 * against the catalogue's `error.*` templates and, when one fits, written again from the
 * reader's catalogue with the same values. A message no template fits stays as it is.
 */
import { formatTemplate, templateOf } from './catalogue.js';
import type { Locale } from './locale.js';
import { MESSAGES_EN, type MessageKey } from './messages-en.js';

interface Pattern {
  key: MessageKey;
  regex: RegExp;
  names: string[];
}

let patterns: Pattern[] | undefined;

/** "{what} was not found." -> /^(.+?) was not found\.$/ with names ["what"]. */
function compile(): Pattern[] {
  return (Object.keys(MESSAGES_EN) as MessageKey[])
    .filter((key) => key.startsWith('error.'))
    .map((key) => {
      const names: string[] = [];
      const source = MESSAGES_EN[key]
        .split(/(\{\w+\})/)
        .map((part) => {
          const arg = /^\{(\w+)\}$/.exec(part);
          if (!arg) return part.replace(/[.*+?^$()|[\]\\{}]/g, '\\$&').replace(/''/g, "'");
          names.push(arg[1]);
          return '([\\s\\S]+?)';
        })
        .join('');
      return { key, regex: new RegExp(`^${source}$`), names };
    });
}

/** The thing a "not found" message names ("The trained model") as a select key ("trained_model"). */
const thingKey = (what: string) =>
  what
    .trim()
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/\s+/g, '_');

/** An English error message written in the reader's language (unchanged in English or when no template fits). */
export function translateError(text: string, locale: Locale): string {
  if (locale === 'en' || !text) return text;
  patterns ??= compile();
  for (const p of patterns) {
    const match = p.regex.exec(text);
    if (!match) continue;
    const params: Record<string, string> = {};
    p.names.forEach((name, i) => (params[name] = match[i + 1]));
    if ('what' in params) params.thing = thingKey(params.what);
    try {
      return formatTemplate(templateOf(p.key, locale), params, locale);
    } catch {
      return text;
    }
  }
  return text;
}
