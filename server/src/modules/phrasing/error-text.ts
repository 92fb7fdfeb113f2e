/**
 * Stored and raised texts a user reads, in their language. Errors are raised in English all over
 * the server, and job failures, import problems and column notes are stored as the English text
 * of a catalogue template (`error.*`, `import.*`); on the way out each text is matched back to its
 * template — plain arguments, `{n, number}`, `select` and `plural` branches (`#` gives the number
 * back) — and written again from the reader's catalogue with the same values. An argument that is
 * itself a stored text (a note inside a note) is written again too. A text no template fits stays
 * as it is, so rows stored before a template existed read as they were stored.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { formatTemplate, templateOf, type MessageParams } from './catalogue.js';
import type { Locale } from './locale.js';
import { MESSAGES_EN, type MessageKey } from './messages-en.js';

/** The ICU parser's element types (@formatjs/icu-messageformat-parser TYPE). */
const LITERAL = 0;
const ARGUMENT = 1;
const NUMBER = 2;
const SELECT = 5;
const PLURAL = 6;
const POUND = 7;

interface Element {
  type: number;
  value?: string;
  options?: Record<string, { value: Element[] }>;
}

/** What a capture group gives back: a text argument, a number, or which branch of a select / plural matched. */
type Capture =
  { kind: 'text'; name: string } | { kind: 'number'; name: string } | { kind: 'branch'; name: string; option: string; plural: boolean };

interface Pattern {
  key: MessageKey;
  regex: RegExp;
  captures: Capture[];
}

/** English numbers as `{n, number}` and `#` write them: "1,234,567", "0.5", "-3". */
const NUMBER_SOURCE = '(-?\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?)';
const escape = (text: string) => text.replace(/[.*+?^$()|[\]\\{}]/g, '\\$&');

/** The regular expression source of parsed ICU elements; `captures` gets one entry per group, in order. */
function source(elements: readonly Element[], captures: Capture[], pluralName: string | null): string {
  return elements
    .map((e) => {
      if (e.type === LITERAL) return escape(e.value ?? '');
      if (e.type === ARGUMENT) {
        captures.push({ kind: 'text', name: e.value! });
        return '([\\s\\S]+?)';
      }
      if (e.type === NUMBER) {
        captures.push({ kind: 'number', name: e.value! });
        return NUMBER_SOURCE;
      }
      if (e.type === POUND && pluralName) {
        captures.push({ kind: 'number', name: pluralName });
        return NUMBER_SOURCE;
      }
      if (e.type === SELECT || e.type === PLURAL) {
        const plural = e.type === PLURAL;
        const branches = Object.entries(e.options ?? {}).map(([option, { value }]) => {
          // An empty group marks the branch that matched.
          captures.push({ kind: 'branch', name: e.value!, option, plural });
          return `()${source(value, captures, plural ? e.value! : pluralName)}`;
        });
        return `(?:${branches.join('|')})`;
      }
      return '[\\s\\S]*?';
    })
    .join('');
}

/** Templates whose English text is stored or raised and read back: errors and the importer's problems and notes. */
const MATCHED = /^(error|import)\./;

let patterns: Pattern[] | undefined;

function compile(): Pattern[] {
  return (Object.keys(MESSAGES_EN) as MessageKey[])
    .filter((key) => MATCHED.test(key))
    .map((key) => {
      const captures: Capture[] = [];
      const ast = new IntlMessageFormat(MESSAGES_EN[key], 'en-US').getAst() as unknown as Element[];
      return { key, regex: new RegExp(`^${source(ast, captures, null)}$`), captures };
    });
}

/** The values a match gives back; a plural with no `#` in its branch takes its number from `=N` or `one`. */
function valuesOf(p: Pattern, match: RegExpExecArray, locale: Locale): MessageParams {
  const params: MessageParams = {};
  p.captures.forEach((capture, i) => {
    const text = match[i + 1];
    if (text === undefined) return;
    if (capture.kind === 'text') params[capture.name] = translateStored(text, locale);
    else if (capture.kind === 'number') params[capture.name] = Number(text.replace(/,/g, ''));
    else if (!(capture.name in params) || !capture.plural) {
      const exact = /^=(\d+)$/.exec(capture.option);
      params[capture.name] = capture.plural ? (exact ? Number(exact[1]) : capture.option === 'one' ? 1 : 2) : capture.option;
    }
  });
  return params;
}

/** A stored or raised English catalogue text written in the reader's language (unchanged in English or when no template fits). */
export function translateStored(text: string, locale: Locale): string {
  if (locale === 'en' || !text) return text;
  patterns ??= compile();
  for (const p of patterns) {
    const match = p.regex.exec(text);
    if (!match) continue;
    try {
      return formatTemplate(templateOf(p.key, locale), valuesOf(p, match, locale), locale);
    } catch {
      return text;
    }
  }
  return text;
}

/** An English error message in the reader's language (the name the error paths use). */
export const translateError = translateStored;
