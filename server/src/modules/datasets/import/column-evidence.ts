/**
 * Pass-1 evidence about ONE column, gathered value by value with bounded memory:
 * missing count, up to `maxLevels` distinct values with counts (then count-only), how many
 * values have each number shape and date shape, and min/max under every candidate reading.
 * Deciding the kind from this evidence is column-kind.ts's job.
 */
import { HashBudget, UniquenessTracker } from './uniqueness-tracker.js';
import { dateShape, epochDay, type DateSeparator } from '../../../domain/dates.js';
import { NumberShape, isMissingToken, numberShape, parseNumber } from './value-patterns.js';

export interface MinMax {
  min: number;
  max: number;
}

export type DateKey = 'iso' | DateSeparator;

export interface DateEvidence {
  /** Values per shape: ISO, or day/month/year with each separator. */
  shapes: Map<DateKey, number>;
  /** Values that are not a real date when read month-first / day-first (ISO counts in both). */
  invalidMonthFirst: number;
  invalidDayFirst: number;
  /** Epoch days under each reading. */
  monthFirst: MinMax;
  dayFirst: MinMax;
}

const emptyRange = (): MinMax => ({ min: Infinity, max: -Infinity });

function widen(range: MinMax, value: number): void {
  if (value < range.min) range.min = value;
  if (value > range.max) range.max = value;
}

export class ColumnEvidence {
  missing = 0;
  nonMissing = 0;
  /** Distinct trimmed values (insertion order = first appearance) with their counts. */
  readonly levels = new Map<string, number>();
  /** More distinct values than `maxLevels` were seen; later new values are not counted. */
  levelsOverflow = false;
  /** No value repeated so far (exact while !levelsOverflow, then as far as the tracker knows). */
  uniqueSoFar = true;
  private tracker: UniquenessTracker | null = null;
  private trackedDistinct = 0;
  private trackerExhausted = false;

  /** Values per NumberShape; `numeric` turns false at the first non-number. */
  numeric = true;
  readonly numberShapes = new Array<number>(7).fill(0);
  /** Range reading `,` as thousands separator / as decimal comma. */
  readonly dotRange = emptyRange();
  readonly commaRange = emptyRange();

  date = true;
  readonly dates: DateEvidence = {
    shapes: new Map(),
    invalidMonthFirst: 0,
    invalidDayFirst: 0,
    monthFirst: emptyRange(),
    dayFirst: emptyRange(),
  };

  constructor(
    readonly name: string,
    private readonly maxLevels: number,
    private readonly budget: HashBudget,
    /** Keep checking uniqueness beyond maxLevels (identifier-like name or text values)? */
    private readonly wantsUniqueness: (evidence: ColumnEvidence) => boolean,
  ) {}

  add(raw: string): void {
    const value = raw.trim();
    if (isMissingToken(value)) {
      this.missing++;
      return;
    }
    this.nonMissing++;
    this.count(value);
    if (this.numeric) this.addNumber(value);
    if (this.date) this.addDate(value);
  }

  /** Distinct values: exact when `exact`, else a lower bound. */
  distinct(): { count: number; exact: boolean } {
    if (!this.levelsOverflow) return { count: this.levels.size, exact: true };
    if (this.tracker) return { count: this.tracker.size, exact: true };
    return { count: Math.max(this.levels.size, this.trackedDistinct), exact: false };
  }

  /** All values distinct: true/false when known, null when unknowable (not tracked, or budget ran out). */
  allUnique(): boolean | null {
    if (this.nonMissing === 0 || !this.uniqueSoFar) return false;
    if (!this.levelsOverflow || this.tracker) return true;
    return null;
  }

  /** The hash budget ran out before the column's uniqueness was known. */
  get uniquenessExhausted(): boolean {
    return this.trackerExhausted;
  }

  private count(value: string): void {
    const seen = this.levels.get(value);
    if (seen !== undefined) {
      this.levels.set(value, seen + 1);
      if (this.uniqueSoFar) this.sawDuplicate();
      return;
    }
    if (!this.levelsOverflow) {
      if (this.levels.size < this.maxLevels) {
        this.levels.set(value, 1);
        return;
      }
      this.levelsOverflow = true;
      if (this.uniqueSoFar && this.wantsUniqueness(this)) {
        this.tracker = new UniquenessTracker(this.budget, this.maxLevels * 4);
        for (const key of this.levels.keys()) this.tracker.add(key);
      }
    }
    const tracker = this.tracker;
    if (!tracker) return;
    if (!tracker.add(value)) this.sawDuplicate();
    else if (tracker.exhausted) this.dropTracker();
  }

  private sawDuplicate(): void {
    this.uniqueSoFar = false;
    this.dropTracker();
  }

  private dropTracker(): void {
    if (!this.tracker) return;
    this.trackedDistinct = Math.max(this.trackedDistinct, this.tracker.size);
    this.trackerExhausted ||= this.tracker.exhausted;
    this.tracker = null;
  }

  private addNumber(value: string): void {
    const shape = numberShape(value);
    if (shape === NumberShape.None) {
      this.numeric = false;
      return;
    }
    this.numberShapes[shape]++;
    if (shape !== NumberShape.CommaDecimal && shape !== NumberShape.DotThousands) widen(this.dotRange, parseNumber(value, false));
    if (shape !== NumberShape.DotDecimal && shape !== NumberShape.CommaThousands) widen(this.commaRange, parseNumber(value, true));
  }

  private addDate(value: string): void {
    const shape = dateShape(value);
    if (!shape) {
      this.date = false;
      return;
    }
    const d = this.dates;
    const key: DateKey = shape.kind === 'iso' ? 'iso' : shape.separator;
    d.shapes.set(key, (d.shapes.get(key) ?? 0) + 1);
    if (d.shapes.size > 1) {
      this.date = false; // mixed date styles in one column: not a clean date column
      return;
    }
    const asMonthFirst =
      shape.kind === 'iso' ? epochDay(shape.year, shape.month, shape.day) : epochDay(shape.year, shape.first, shape.second);
    const asDayFirst = shape.kind === 'iso' ? asMonthFirst : epochDay(shape.year, shape.second, shape.first);
    if (asMonthFirst === null) d.invalidMonthFirst++;
    else widen(d.monthFirst, asMonthFirst);
    if (asDayFirst === null) d.invalidDayFirst++;
    else widen(d.dayFirst, asDayFirst);
    if (d.invalidMonthFirst > 0 && d.invalidDayFirst > 0) this.date = false;
  }
}
