/**
 * The Drivers page's line under a curve, in every language: the region in the target group's
 * words, its predicted response, and which customers its count is of, with the noun in the
 * form each count asks for (1 customer, 2 customers; Polish and Russian one / few / many).
 */
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../../server/src/modules/phrasing/locale.js';
import { regionCaption, regionText } from '../../../../server/src/modules/phrasing/region-text.js';
import type { Feature } from '../../../../server/src/modules/phrasing/phrase.js';

const teens: Feature = {
  feature: 'Teenhome',
  label: 'Teenagers at home',
  kind: 'NUMERIC',
  phrasing: { kind: 'COUNT', one: 'teenager at home', other: 'teenagers at home' },
};

describe('region captions on the Drivers page', () => {
  it('says which customers a region counts, in English', () => {
    const who = regionText(teens, { min: null, max: 0 });
    expect(regionCaption(who, 0.168, { customers: 264, total: 561 })).toBe(
      'Customers with no teenagers at home: 16.8% predicted to respond (264 of the 561 customers held out from training).',
    );
    expect(regionCaption(who, 0.5, { customers: 1, total: 1 })).toBe(
      'Customers with no teenagers at home: 50.0% predicted to respond (1 of the 1 customer held out from training).',
    );
    // A model stored before counts were kept: no brackets, no "null".
    expect(regionCaption(who, 0.168, { customers: null, total: null })).toBe(
      'Customers with no teenagers at home: 16.8% predicted to respond.',
    );
  });

  it('gives the counted noun its form for every count in every language', () => {
    const table: string[] = [];
    for (const locale of LOCALES) {
      const who = regionText(teens, { min: null, max: 0 }, { locale });
      for (const total of [1, 2, 5, 21, 22, 561, 1000])
        table.push(`${locale} ${total}: ${regionCaption(who, 0.168, { customers: Math.min(total, 21), total }, locale)}`);
    }
    const text = table.join('\n');
    expect(text).not.toMatch(/undefined|NaN|null|\{|\}|\s{2}|\s\.|\.\./);
    expect(text).toMatchSnapshot();
  });
});
