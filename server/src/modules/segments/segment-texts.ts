/**
 * Every text of a segmentation (segment names, descriptions, briefs, each feature's
 * difference, why this k / these DBSCAN settings, warnings, the k-choice chart's reasons and
 * the RFM grid's names) written from figures kept with the run (SegmentTextFacts), in the
 * reader's language. The run stores the figures once; the words are written per request
 * (segments.service.ts caches them per run and language), so a Polish reader and a Spanish
 * one read the same segmentation in their own language.
 */
import type { Locale } from '../phrasing/locale.js';
import type { DescribedCondition } from '../target-groups/condition-text.js';
import { whoSentence } from '../target-groups/condition-text.js';
import { renderBrief, type BriefFacts } from './briefs.js';
import { kChoiceReason, kLeftOutReason, segmentationWarnings, type KChoiceFacts } from './choice-reasons.js';
import { dbscanReason, type DbscanReasonFacts } from './dbscan-settings.js';
import { describeSegment, nameSegments, type RfmPosition } from './naming.js';
import type { FeatureProfile, SegmentProfile } from './profiles.js';
import { rfmSegmentRule, rfmSegmentTitle, type RfmSegmentName } from './rfm-scores.js';
import { message } from '../phrasing/phrase.js';
import { featureDifference, type ColumnWords, type FeatureDifference } from './segment-text.js';

export interface SegmentFacts {
  size: number;
  share: number;
  profile: SegmentProfile;
  position: RfmPosition;
  /** RFM_SCORES: the classic segment this one is. */
  rfmName: RfmSegmentName | null;
  brief: BriefFacts;
}

/** What a segmentation's texts are written from (JSON-safe; stored with the run). */
export interface SegmentTextFacts {
  algorithm: string;
  rowCount: number;
  noise: number;
  /** Labels, units, phrasings and currency of the columns as they were at the run (RFM words included). */
  words: Omit<ColumnWords, 'locale'>;
  segments: SegmentFacts[];
  /** k-means with automatic k: the choice; null when k was given. */
  kChoice: KChoiceFacts | null;
  k: number;
  dbscan: DbscanReasonFacts | null;
  /** RFM_SCORES: the grid cells' segment names, in the grid's order. */
  rfmGrid: RfmSegmentName[] | null;
  /** The featured model's target group's conditions (for "customers who ..." in the briefs). */
  targetGroup: DescribedCondition[] | null;
}

export interface SegmentTexts {
  segments: { name: string; description: string; brief: string; differences: Record<string, FeatureDifference> }[];
  choiceReason: string | null;
  warnings: string[];
  /** Per k of kChoice.choices: why it could not be chosen, or null. */
  leftOut: (string | null)[];
  rfmGrid: string[];
}

/** "customers who ... and ...": the target group's who-sentence to sit inside another sentence. */
function targetGroupWords(conditions: DescribedCondition[] | null, words: ColumnWords, locale: Locale): string | null {
  if (!conditions || conditions.length === 0) return null;
  const sentence = whoSentence(conditions, { currency: words.currency ?? null, locale });
  return sentence.charAt(0).toLocaleLowerCase(locale) + sentence.slice(1).replace(/\.$/, '');
}

/** Every text of a segmentation in `locale`. */
export function renderSegmentTexts(facts: SegmentTextFacts, locale: Locale = 'en'): SegmentTexts {
  const words: ColumnWords = { ...facts.words, locale };
  const profiles = facts.segments.map((s) => s.profile);
  const rfmScored = facts.algorithm === 'RFM_SCORES';
  const names = rfmScored
    ? facts.segments.map((s) => rfmSegmentTitle(s.rfmName!, locale))
    : nameSegments(
        facts.segments.map((s) => s.position),
        profiles,
        words,
      );
  const group = targetGroupWords(facts.targetGroup, words, locale);
  const segments = facts.segments.map((s, i) => {
    const description = describeSegment(s.size, s.share, s.profile, words);
    return {
      name: names[i],
      description: s.rfmName
        ? message('segment.rfmDescription', { rule: rfmSegmentRule(s.rfmName, locale), description }, locale)
        : description,
      brief: renderBrief(s.brief, words, group),
      differences: Object.fromEntries(s.profile.features.map((f) => [f.feature, featureDifference(f, words)])),
    };
  });
  const sizes = facts.segments.map((s) => s.size);
  const dbscanFound = facts.dbscan?.kind !== 'notFound';
  const warnings = dbscanFound
    ? segmentationWarnings(facts.algorithm, sizes, facts.rowCount, facts.noise, locale)
    : [message('warning.noGroups', { kmeans: 'k-means' }, locale), ...segmentationWarnings('', sizes, facts.rowCount, facts.noise, locale)];
  const choiceReason = rfmScored
    ? message('rfm.reason', {}, locale)
    : facts.dbscan
      ? dbscanReason(facts.dbscan, locale)
      : facts.algorithm === 'KMEANS'
        ? kChoiceReason(facts.kChoice, facts.k, locale)
        : null;
  const choice = facts.kChoice;
  return {
    segments,
    choiceReason,
    warnings,
    leftOut: choice ? choice.choices.map((c) => kLeftOutReason(c, choice, locale)) : [],
    rfmGrid: (facts.rfmGrid ?? []).map((name) => rfmSegmentTitle(name, locale)),
  };
}

/** JSON keeps NaN as null: the profiles' figures come back as NaN so the text rules read them as before. */
export function reviveFacts(facts: SegmentTextFacts): SegmentTextFacts {
  const revive = (x: number | null) => (x === null ? NaN : x);
  const profile = (f: FeatureProfile): FeatureProfile =>
    f.kind === 'NUMERIC'
      ? {
          ...f,
          mean: revive(f.mean),
          median: revive(f.median),
          overallMean: revive(f.overallMean),
          overallMedian: revive(f.overallMedian),
          standardisedDifference: revive(f.standardisedDifference),
        }
      : { ...f, share: revive(f.share), overallShare: revive(f.overallShare), standardisedDifference: revive(f.standardisedDifference) };
  return {
    ...facts,
    segments: facts.segments.map((s) => ({ ...s, profile: { ...s.profile, features: s.profile.features.map(profile) } })),
  };
}
