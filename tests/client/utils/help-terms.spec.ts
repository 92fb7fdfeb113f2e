import { describe, expect, it } from 'vitest';
import en from '../../../client/src/locales/en.json';
import es from '../../../client/src/locales/es.json';
import pl from '../../../client/src/locales/pl.json';
import ru from '../../../client/src/locales/ru.json';
import { HELP_TERMS, isHelpTerm } from '../../../client/src/utils/help-terms';

describe('help texts for metric and method names', () => {
  it('has one short plain sentence per term in every language', () => {
    for (const [locale, catalogue] of Object.entries({ en, es, pl, ru })) {
      const help = (catalogue as { help: Record<string, string> }).help;
      for (const term of HELP_TERMS) {
        const text = help[term];
        expect(text, `${locale} help.${term}`).toMatch(/^\S.*[.]$/);
        expect(text.length, `${locale} help.${term}`).toBeLessThan(200);
        expect(text.split(/[.!?](\s|$)/).filter((s) => s.trim().length > 1)).toHaveLength(1);
      }
      expect(Object.keys(help).sort()).toEqual([...HELP_TERMS, 'what'].sort());
    }
  });

  it('knows which metric columns have help', () => {
    expect(['rocAuc', 'prAuc', 'brierScore'].every(isHelpTerm)).toBe(true);
    expect(isHelpTerm('f1')).toBe(false);
  });
});
