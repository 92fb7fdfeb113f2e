/**
 * The KNOWN truth behind the generated demo data: which features drive the response, in
 * which shape, and which features are pure noise. Tests of explanations and target groups
 * check the app against this, so it is the single source of those facts (seeds/README.md
 * documents the same numbers for people).
 *
 * Response is drawn as Bernoulli(trueResponseProbability(row)) from the row's OBSERVED
 * values, so this function is the exact P(Response = 1 | row) of the generated data.
 */

export type DriverShape = 'step' | 'linear-capped' | 'linear' | 'levels';

export interface TrueDriver {
  feature: string;
  label: string;
  shape: DriverShape;
  /** How strong the effect is, in words for the README and test messages. */
  strength: 'strong' | 'moderate';
  description: string;
}

/** Log-odds of a customer with none of the effects (Recency >= 30, income at the reference, no acceptances, no PhD/Master). */
export const INTERCEPT = -3.78;

/** Recency < 30 days: a step. */
export const RECENCY_THRESHOLD = 30;
export const RECENCY_STEP = 1.8;

/** Income: linear in log-odds between the caps, flat outside them; a blank income contributes 0. */
export const INCOME_REFERENCE = 50_000;
export const INCOME_PER_20K = 0.7;
export const INCOME_FLOOR = 15_000;
export const INCOME_CAP = 115_000;

/** Each earlier accepted campaign (AcceptedCmp1..5) adds this much. */
export const PER_ACCEPTED_CAMPAIGN = 1.4;

/** PhD or Master: a categorical lift. */
export const EDUCATION_LEVELS_UP = ['PhD', 'Master'] as const;
export const EDUCATION_EFFECT = 1.0;

/** The empirical response rate the intercept was calibrated to (measured on 1,000,000 rows, seed 1). */
export const TARGET_BASE_RATE = 0.15;

export const ACCEPTED_COLUMNS = ['AcceptedCmp1', 'AcceptedCmp2', 'AcceptedCmp3', 'AcceptedCmp4', 'AcceptedCmp5'] as const;

export const TRUE_DRIVERS: readonly TrueDriver[] = [
  {
    feature: 'Recency',
    label: 'days since last purchase',
    shape: 'step',
    strength: 'strong',
    description: `+${RECENCY_STEP} log-odds when Recency < ${RECENCY_THRESHOLD} days, flat otherwise`,
  },
  {
    feature: 'Income',
    label: 'yearly household income',
    shape: 'linear-capped',
    strength: 'moderate',
    description: `+${INCOME_PER_20K} log-odds per 20,000 of income above ${INCOME_REFERENCE}, flat below ${INCOME_FLOOR} and above ${INCOME_CAP}; blank income adds 0`,
  },
  {
    feature: 'AcceptedCmpTotal',
    label: 'earlier campaigns accepted',
    shape: 'linear',
    strength: 'strong',
    description: `+${PER_ACCEPTED_CAMPAIGN} log-odds per earlier accepted campaign (sum of AcceptedCmp1..5)`,
  },
  {
    feature: 'Education',
    label: 'education',
    shape: 'levels',
    strength: 'moderate',
    description: `+${EDUCATION_EFFECT} log-odds for ${EDUCATION_LEVELS_UP.join(' or ')}`,
  },
];

/** Columns of the file the truth reads: AcceptedCmpTotal is the sum of the five AcceptedCmp columns. */
export const DRIVER_COLUMNS = ['Recency', 'Income', ...ACCEPTED_COLUMNS, 'Education'] as const;

/** Named features that have NO effect on the response at all (drawn independently of it). */
export const NOISE_FEATURES = ['FavouriteColour', 'LoyaltyCardDigit', 'SignupWeekday'] as const;

/** Everything the truth needs from a row. */
export interface TruthInputs {
  Recency: number;
  Income: number | null;
  Education: string;
  AcceptedCmp1: number;
  AcceptedCmp2: number;
  AcceptedCmp3: number;
  AcceptedCmp4: number;
  AcceptedCmp5: number;
}

export function incomeEffect(income: number | null): number {
  if (income === null || Number.isNaN(income)) return 0;
  const clamped = Math.min(INCOME_CAP, Math.max(INCOME_FLOOR, income));
  return (INCOME_PER_20K * (clamped - INCOME_REFERENCE)) / 20_000;
}

export function recencyEffect(recency: number): number {
  return recency < RECENCY_THRESHOLD ? RECENCY_STEP : 0;
}

export function educationEffect(education: string): number {
  return (EDUCATION_LEVELS_UP as readonly string[]).includes(education) ? EDUCATION_EFFECT : 0;
}

export function acceptedTotal(row: TruthInputs): number {
  return row.AcceptedCmp1 + row.AcceptedCmp2 + row.AcceptedCmp3 + row.AcceptedCmp4 + row.AcceptedCmp5;
}

export function trueLogOdds(row: TruthInputs): number {
  return (
    INTERCEPT +
    recencyEffect(row.Recency) +
    incomeEffect(row.Income) +
    PER_ACCEPTED_CAMPAIGN * acceptedTotal(row) +
    educationEffect(row.Education)
  );
}

/** The exact probability that a generated customer with these values responded. */
export function trueResponseProbability(row: TruthInputs): number {
  return 1 / (1 + Math.exp(-trueLogOdds(row)));
}
