import { countText, t } from '../i18n';
import { activeLocale, intlLocale } from '../i18n/locale';
import { formatInteger } from './format';

/** How many customers a model was fitted and explained on (GraphQL ModelSamples). */
export interface ModelSamples {
  trainRows: number;
  fitRows: number;
  testRows: number;
  explainRows: number;
  dependenceRows: number;
}

/**
 * The Drivers page's note when the explanations were computed on a sample of the held-out
 * customers (large datasets); null when every held-out customer was used.
 */
export function explanationSampleNote(samples: ModelSamples | null | undefined): string | null {
  if (!samples || samples.explainRows >= samples.testRows) return null;
  const n = samples.explainRows;
  return countText('drivers.sampleNote', n, { total: formatInteger(samples.testRows), curves: formatInteger(samples.dependenceRows) });
}

/**
 * The Models page's note when some models learned from a sample of the training customers;
 * `names` are the labels of those models. Null when every model used every training customer.
 */
export function fitSampleNote(models: { label: string; samples: ModelSamples | null }[]): string | null {
  const sampled = models.filter((m) => m.samples && m.samples.fitRows < m.samples.trainRows);
  if (sampled.length === 0) return null;
  const { fitRows, trainRows } = sampled[0].samples!;
  const named = { fit: formatInteger(fitRows), train: countText('models.fitSample.trainCustomers', trainRows) };
  if (sampled.length === models.length) return t(models.length === 1 ? 'models.fitSample.single' : 'models.fitSample.every', named);
  // English names are sentence-cased ("Gradient boosting"): only the first word of the sentence keeps its capital.
  // The other languages quote each name after a noun ("Modelos «Bosque aleatorio» y …").
  const english = activeLocale.value === 'en';
  const names = sampled.map((m, i) =>
    english ? (i === 0 ? m.label : m.label.charAt(0).toLowerCase() + m.label.slice(1)) : t('models.fitSample.quoted', { name: m.label }),
  );
  const who = new Intl.ListFormat(intlLocale(), { type: 'conjunction' }).format(names);
  return countText('models.fitSample.some', sampled.length, { ...named, who });
}
