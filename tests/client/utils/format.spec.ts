import { describe, expect, it } from 'vitest';
import {
  formatBytes,
  formatDateTime,
  formatDuration,
  formatInteger,
  formatNumber,
  formatPercent,
  formatRelative,
  plural,
  toPercentValue,
} from '../../../client/src/utils/format';

describe('formatInteger', () => {
  it('groups thousands with commas and rounds', () => {
    expect(formatInteger(45211)).toBe('45,211');
    expect(formatInteger(1234567.6)).toBe('1,234,568');
    expect(formatInteger(0)).toBe('0');
    expect(formatInteger(-2500)).toBe('-2,500');
  });
  it('shows a dash for missing or non-finite values', () => {
    expect(formatInteger(null)).toBe('—');
    expect(formatInteger(undefined)).toBe('—');
    expect(formatInteger(Number.NaN)).toBe('—');
    expect(formatInteger(Number.POSITIVE_INFINITY)).toBe('—');
  });
});

describe('formatNumber', () => {
  it('keeps up to two decimals for small values and drops them for large ones', () => {
    expect(formatNumber(3.14159)).toBe('3.14');
    expect(formatNumber(2.5)).toBe('2.5');
    expect(formatNumber(1234.56)).toBe('1,235');
    expect(formatNumber(null)).toBe('—');
  });
});

describe('formatPercent', () => {
  it('turns fractions into percentages with one decimal', () => {
    expect(formatPercent(0.1491)).toBe('14.9%');
    expect(formatPercent(1)).toBe('100%');
    expect(formatPercent(0)).toBe('0%');
  });
  it('keeps one decimal below one percent too; tiny rates never read as zero', () => {
    expect(formatPercent(0.004)).toBe('0.4%');
    expect(formatPercent(0.0123)).toBe('1.2%');
    expect(formatPercent(0.0004)).toBe('less than 0.1%');
  });
  it('honours a digits argument and rejects missing values', () => {
    expect(formatPercent(0.12345, 2)).toBe('12.35%');
    expect(formatPercent(null)).toBe('—');
  });
  it('toPercentValue rounds to one decimal for charts', () => {
    expect(toPercentValue(0.14906)).toBe(14.9);
    expect(toPercentValue(0.07253)).toBe(7.3);
  });
});

describe('formatBytes', () => {
  it('uses binary units with one decimal under 100', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(5 * 1024 * 1024)).toBe('5.0 MB');
    expect(formatBytes(150 * 1024 * 1024)).toBe('150 MB');
    expect(formatBytes(-1)).toBe('—');
  });
});

describe('dates', () => {
  const now = new Date('2025-03-10T12:00:00Z');
  it('formats relative times against an injected clock', () => {
    expect(formatRelative('2025-03-10T11:59:50Z', now)).toBe('just now');
    expect(formatRelative('2025-03-10T11:57:00Z', now)).toBe('3 minutes ago');
    expect(formatRelative('2025-03-09T12:00:00Z', now)).toBe('yesterday');
    expect(formatRelative('2025-03-07T12:00:00Z', now)).toBe('3 days ago');
    expect(formatRelative('not a date', now)).toBe('—');
  });
  it('formats absolute date-times and durations', () => {
    expect(formatDateTime('2025-03-04T14:05:00')).toBe('4 March 2025, 14:05');
    expect(formatDateTime(null)).toBe('—');
    expect(formatDuration('2025-03-10T12:00:00Z', '2025-03-10T12:00:42Z')).toBe('42 s');
    expect(formatDuration('2025-03-10T12:00:00Z', '2025-03-10T12:03:05Z')).toBe('3 min 5 s');
    expect(formatDuration('2025-03-10T12:00:00Z', '2025-03-10T13:02:00Z')).toBe('1 h 2 min');
    expect(formatDuration('2025-03-10T12:00:00Z', null)).toBe('—');
  });
  it('pluralises with thousands separators', () => {
    expect(plural(1, 'row')).toBe('1 row');
    expect(plural(2240, 'row')).toBe('2,240 rows');
    expect(plural(0, 'problem')).toBe('0 problems');
  });
});
