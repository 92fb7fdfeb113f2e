import { formatInteger } from './format';

/** How many customers a model was fitted and explained on (GraphQL ModelSamples). */
export interface ModelSamples {
  trainRows: number;
  fitRows: number;
  testRows: number;
  explainRows: number;
  dependenceRows: number;
}

const customers = (n: number) => `${formatInteger(n)} ${n === 1 ? 'customer' : 'customers'}`;

/**
 * The Drivers page's note when the explanations were computed on a sample of the held-out
 * customers (large datasets); null when every held-out customer was used.
 */
export function explanationSampleNote(samples: ModelSamples | null | undefined): string | null {
  if (!samples || samples.explainRows >= samples.testRows) return null;
  const n = samples.explainRows;
  return (
    `Explained on a sample of ${formatInteger(n)} held-out ${n === 1 ? 'customer' : 'customers'} (of ${formatInteger(samples.testRows)}, ` +
    `chosen at random with the same response rate); the curves average ${formatInteger(samples.dependenceRows)} of them.`
  );
}

/**
 * The Models page's note when some models learned from a sample of the training customers;
 * `names` are the labels of those models. Null when every model used every training customer.
 */
export function fitSampleNote(models: { label: string; samples: ModelSamples | null }[]): string | null {
  const sampled = models.filter((m) => m.samples && m.samples.fitRows < m.samples.trainRows);
  if (sampled.length === 0) return null;
  const { fitRows, trainRows } = sampled[0].samples!;
  const sample = `a sample of ${formatInteger(fitRows)} of the ${customers(trainRows)} kept for training (chosen at random with the same response rate)`;
  const tested = 'Every model is tested on all held-out customers.';
  if (sampled.length === models.length) return `${models.length === 1 ? 'The model' : 'Every model'} learned from ${sample}. ${tested}`;
  // Labels are sentence-cased ("Gradient boosting"); only the first word of the sentence keeps its capital.
  const names = sampled.map((m, i) => (i === 0 ? m.label : m.label.charAt(0).toLowerCase() + m.label.slice(1)));
  const who = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return `${who} learned from ${sample}; the others learned from all of them. ${tested}`;
}
