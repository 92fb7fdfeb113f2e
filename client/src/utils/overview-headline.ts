import { briefParagraphs } from './target-group-text';

/**
 * The Overview's headline, from the featured model and its group: who to contact (the first
 * paragraph of the server's brief, in the reader's language), which import the model learned
 * from, and whether data came in after it.
 */
export interface ImportRecord {
  status: string;
  createdAt: string;
  finishedAt?: string | null;
  fileName?: string | null;
}

const when = (job: ImportRecord): number => new Date(job.finishedAt ?? job.createdAt).getTime();

/** The last finished import before the model was trained: the data it learned from. */
export function trainingImport<T extends ImportRecord>(imports: readonly T[], trainedAt: string): T | null {
  const trained = new Date(trainedAt).getTime();
  let best: T | null = null;
  for (const job of imports) {
    if (job.status !== 'SUCCEEDED' || when(job) > trained) continue;
    if (!best || when(job) > when(best)) best = job;
  }
  return best;
}

/** Finished imports after the model was trained: the model has not seen them. */
export function importsSince(imports: readonly ImportRecord[], trainedAt: string): number {
  const trained = new Date(trainedAt).getTime();
  return imports.filter((job) => job.status === 'SUCCEEDED' && when(job) > trained).length;
}

/** "Customers who accepted campaign 5." — the brief's who-paragraph without its heading. */
export function headlineWho(description: string): string {
  return briefParagraphs(description)[0]?.body ?? '';
}
