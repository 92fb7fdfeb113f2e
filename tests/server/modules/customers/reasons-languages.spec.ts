import { describe, expect, it } from 'vitest';
import { reasonsText, type ReasonsTextInput } from '../../../../server/src/modules/customers/reasons-text.js';

const input: ReasonsTextInput = {
  scale: 'PROBABILITY',
  baseValue: 0.15,
  output: 0.42,
  averageProbability: 0.15,
  reasons: [
    { column: { name: 'Recency', label: 'Days since last purchase', kind: 'NUMERIC', unit: 'days' }, value: '12', contribution: 0.09 },
    { column: { name: 'Wine spend', label: 'Wine spend', kind: 'NUMERIC' }, value: '40', contribution: -0.05 },
  ],
};

describe('reasons in the user’s language', () => {
  it('writes the sentences in the language, translating inferred labels and keeping typed ones', () => {
    const ru = reasonsText({ ...input, locale: 'ru' });
    expect(ru.split('\n')[0]).toMatch(/^Прогноз вероятности отклика: 42,0\s% \(у среднего клиента: 15,0\s%\)\.$/);
    expect(ru).toContain('Причины за:');
    expect(ru).toMatch(/^- Последняя покупка 12 дней назад: повышает вероятность примерно на 9 пунктов\.$/m);
    expect(ru).toMatch(/^- Wine spend \(40\): снижает вероятность примерно на 5 пунктов\.$/m);
    const pl = reasonsText({ ...input, locale: 'pl' });
    expect(pl).toMatch(/podnosi szansę o około 9 punktów\.$/m);
    expect(reasonsText({ ...input, locale: 'es' })).toContain('Razones en contra:');
  });

  it('keeps English as before', () => {
    expect(reasonsText(input)).toBe(reasonsText({ ...input, locale: 'en' }));
    expect(reasonsText(input).split('\n')[0]).toBe('Predicted chance of responding: 42.0% (the average customer: 15.0%).');
  });
});
