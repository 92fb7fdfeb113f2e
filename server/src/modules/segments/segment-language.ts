/**
 * A stored segmentation as a reader sees it: its texts written in the reader's language from
 * the figures kept with the run (segment-texts.ts). English is what the run stored; runs
 * stored before the figures were kept stay in English. Written texts are cached per run and
 * language (a bounded map: a run's texts never change once it has finished).
 */
import type { Locale } from '../phrasing/locale.js';
import type { StoredSegmentation } from './segment-store.js';
import { renderSegmentTexts, reviveFacts, type SegmentTexts } from './segment-texts.js';
import type { SegmentationEntity } from './segmentation.entity.js';

const MAX_CACHED = 64;
const cache = new Map<string, SegmentTexts>();

function textsOf(id: string, result: StoredSegmentation, locale: Locale): SegmentTexts | null {
  if (!result.textFacts) return null;
  const key = `${id}\u0000${locale}`;
  let texts = cache.get(key);
  if (texts) {
    // Most recently used last, so the oldest is dropped first.
    cache.delete(key);
  } else {
    texts = renderSegmentTexts(reviveFacts(result.textFacts), locale);
    if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
  }
  cache.set(key, texts);
  return texts;
}

/** The run's stored result with every text in `locale` (the stored English when the run kept no figures, or for English). */
export function resultIn(segmentation: Pick<SegmentationEntity, 'id' | 'result'>, locale: Locale = 'en'): StoredSegmentation | null {
  const result = segmentation.result;
  if (!result || locale === 'en') return result;
  const texts = textsOf(segmentation.id, result, locale);
  if (!texts) return result;
  return {
    ...result,
    choiceReason: texts.choiceReason,
    warnings: texts.warnings,
    kChoice: result.kChoice.map((c, i) => ({ ...c, leftOut: texts.leftOut[i] ?? null })),
    rfmGrid: result.rfmGrid?.map((c, i) => ({ ...c, name: texts.rfmGrid[i] ?? c.name })),
    segments: result.segments.map((s) => {
      const t = texts.segments[s.index];
      if (!t) return s;
      return {
        ...s,
        name: t.name,
        description: t.description,
        generatedBrief: t.brief,
        profile: s.profile.map((p) => ({ ...p, text: t.differences[p.feature]?.text ?? p.text })),
      };
    }),
  };
}
