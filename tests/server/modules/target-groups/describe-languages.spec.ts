/**
 * The demo data's target-group description for N = 1..5 in English, Spanish, Polish and
 * Russian (snapshots a native speaker reviews), with the labels and phrasing the importer
 * infers for these columns, and checks no text is left in English or shows a seam.
 */
import { describe, expect, it } from 'vitest';
import { columnLabel, columnUnit } from '../../../../server/src/modules/datasets/import/column-labels.js';
import { LOCALES } from '../../../../server/src/modules/phrasing/locale.js';
import { inferPhrasing } from '../../../../server/src/modules/phrasing/phrasing.js';
import { describeTargetGroup } from '../../../../server/src/modules/target-groups/target-group.js';
import type { TargetDriver } from '../../../../server/src/modules/target-groups/types.js';
import { demoTargetData, trueDrivers } from './demo-target-data.js';

const { data } = demoTargetData(2000, 1);
const TOTAL_LABEL = 'Number of earlier campaigns accepted';
const labelOf = (feature: string) => (feature === 'AcceptedCmpTotal' ? TOTAL_LABEL : columnLabel(feature));

/** The phrasing the importer infers for a column of the demo data (the campaign total's noun as a person would correct it). */
function phrasingOf(feature: string, kind: string, unit: string | null | undefined) {
  if (feature === 'AcceptedCmpTotal')
    return { kind: 'COUNT' as const, one: 'earlier campaign accepted', other: 'earlier campaigns accepted' };
  const column = data.columns[feature];
  const values = column && (column.kind === 'NUMERIC' || column.kind === 'DATE') ? [...column.values].filter(Number.isFinite) : [];
  return inferPhrasing({
    name: feature,
    label: labelOf(feature),
    kind: kind as 'NUMERIC',
    unit: columnUnit(feature) ?? unit ?? null,
    min: values.length ? Math.min(...values) : null,
    max: values.length ? Math.max(...values) : null,
  });
}
// Every column as the app labels it (the distinguishing features read these).
for (const [feature, column] of Object.entries(data.columns)) {
  column.label = labelOf(feature);
  column.phrasing = phrasingOf(feature, column.kind, null);
}

/** The true drivers with the labels and phrasing the app gives these columns at import. */
function appDrivers(): TargetDriver[] {
  return trueDrivers().map((d) => ({ ...d, label: labelOf(d.feature), phrasing: phrasingOf(d.feature, d.kind, d.unit) }));
}

/** Words that give English away inside another language's description (levels like "PhD" are the file's own values). */
const ENGLISH = /\b(customers?|who|whose|with|and|the|of|median|vs|against|times|base rate|responded|contact)\b/i;
const SEAMS = /NaN|null|undefined|Infinity|\{|\}/;
/** Too many decimals: after the decimal point in English, the decimal comma elsewhere. */
const LONG_DECIMALS = { en: /\d\.\d{3,}/, es: /\d,\d{3,}/, pl: /\d,\d{3,}/, ru: /\d,\d{3,}/ } as const;

describe('the demo target group in four languages', () => {
  const drivers = appDrivers();
  for (const locale of LOCALES) {
    it(`${locale}: N = 1..5`, () => {
      const texts: string[] = [];
      for (let topN = 1; topN <= 5; topN++) {
        const result = describeTargetGroup(drivers, data, { topN, costPerContact: 3, valuePerResponse: 11, bootstrap: 10, locale });
        expect(result.description).not.toMatch(SEAMS);
        expect(result.description).not.toMatch(LONG_DECIMALS[locale]);
        if (locale !== 'en') {
          expect(result.description.replace(/«[^»]*»|„[^”]*”/g, '')).not.toMatch(ENGLISH);
          for (const c of result.conditions) expect(c.text).not.toMatch(ENGLISH);
          // The card beside the text quotes the same figures, in the same language.
          for (const f of result.distinguishingFeatures) if (f.figures) expect(f.figures).not.toMatch(ENGLISH);
        }
        texts.push(`N=${topN}\n${result.description}`);
      }
      expect(texts.join('\n\n')).toMatchSnapshot();
    });
  }
});
