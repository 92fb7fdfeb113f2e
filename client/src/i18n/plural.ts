/**
 * vue-i18n plural choice for languages with more than two forms, from Intl.PluralRules.
 * A message lists its forms in CLDR order: "one | few | many" and optionally "| other"
 * (the form for fractions). Russian: 1 строка, 2 строки, 5 строк; Polish: 1 wiersz,
 * 2 wiersze, 5 wierszy (21 wierszy: in Polish only 1 itself is "one").
 */
const INDEX: Record<string, number> = { one: 0, few: 1, many: 2, other: 3 };

export function cldrPluralRule(locale: string): (choice: number, choicesLength: number) => number {
  const rules = new Intl.PluralRules(locale);
  return (choice, choicesLength) => {
    const index = INDEX[rules.select(Math.abs(choice))] ?? 2;
    // Three forms given: a fraction ("1,5") takes the few form, the nearest in both languages.
    if (index === 3 && choicesLength < 4) return Math.min(1, choicesLength - 1);
    return Math.min(index, choicesLength - 1);
  };
}
