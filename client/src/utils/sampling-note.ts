<<<<<<< HEAD
import { countText, t } from '../i18n';
import { activeLocale, intlLocale } from '../i18n/locale';
=======
import { countText } from '../i18n';
>>>>>>> 6380dcf (Drivers page: ALE, PD and ICE in a legend and explained in plain words (counts are of the held-out customers); Compare-with overlays the second model's response curves (PD, ALE when on; bars beside bars for levels); the top-drivers slider now says what it does and links to the Target group page, which opens on that model and N (?model=&topN=); page, cards, chart labels, badges and sample note in EN/ES/PL/RU; help text for PD. Target group header keeps its buttons on the title's row. English count phrasing puts a trailing participle first: 'who accepted at least one earlier campaign')
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
