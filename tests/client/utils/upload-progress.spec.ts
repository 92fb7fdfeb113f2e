import { describe, expect, it } from 'vitest';
import {
  describeImportError,
  importOutcome,
  isFinished,
  uploadProgress,
  type UploadProgressInput,
} from '../../../client/src/utils/upload-progress';

const job = (patch: Partial<NonNullable<UploadProgressInput['job']>> = {}): NonNullable<UploadProgressInput['job']> => ({
  phase: 'LOADING',
  status: 'RUNNING',
  rowsImported: 0,
  rowsRejected: 0,
  rowsDuplicate: 0,
  errorCount: 0,
  ...patch,
});

const base: UploadProgressInput = { stage: 'idle', bytesSent: 0, bytesTotal: 0, job: null, estimatedRows: null };

describe('uploadProgress', () => {
  it('fills the first part of the bar with bytes sent', () => {
    const half = uploadProgress({ ...base, stage: 'sending', bytesSent: 2 * 1024 * 1024, bytesTotal: 4 * 1024 * 1024 });
    const done = uploadProgress({ ...base, stage: 'sending', bytesSent: 4 * 1024 * 1024, bytesTotal: 4 * 1024 * 1024 });
    expect(half.label).toBe('Sending file… 50%');
    expect(half.detail).toBe('2.0 MB of 4.0 MB');
    expect(half.fraction).toBeGreaterThan(0);
    expect(done.fraction).toBeGreaterThan(half.fraction ?? 1);
    expect(done.fraction).toBeLessThan(1);
  });

  it('continues with rows loaded against the estimate, never full before the end', () => {
    const loading = (rowsImported: number) =>
      uploadProgress({ ...base, stage: 'processing', bytesTotal: 10, estimatedRows: 45_000, job: job({ rowsImported }) });
    const sent = uploadProgress({ ...base, stage: 'sending', bytesSent: 10, bytesTotal: 10 }).fraction ?? 0;
    const early = loading(9_000);
    const late = loading(40_000);
    const over = loading(50_000);
    expect(early.fraction).toBeGreaterThanOrEqual(sent);
    expect(late.fraction).toBeGreaterThan(early.fraction ?? 1);
    expect(over.fraction).toBeLessThan(1);
    expect(early.label).toBe('Loading rows…');
    expect(early.detail).toBe('9,000 of about 45,000 rows');
    expect(over.detail).toBe('50,000 of about 50,000 rows');
  });

  it('says what the server is doing before rows arrive', () => {
    expect(uploadProgress({ ...base, stage: 'processing', job: job({ phase: 'INFERRING' }) }).label).toBe('Checking columns and types…');
    expect(uploadProgress({ ...base, stage: 'processing', job: null }).label).toBe('File received, starting the import…');
  });

  it('shows an activity bar when the row total is unknown', () => {
    const view = uploadProgress({ ...base, stage: 'processing', job: job({ rowsImported: 1200 }), estimatedRows: null });
    expect(view.fraction).toBeNull();
    expect(view.detail).toBe('1,200 rows');
  });

  it('ends full on success with the outcome', () => {
    const view = uploadProgress({
      ...base,
      stage: 'succeeded',
      job: job({ status: 'SUCCEEDED', phase: 'DONE', rowsImported: 2240, rowsDuplicate: 3 }),
    });
    expect(view.fraction).toBe(1);
    expect(view.detail).toBe('2,240 rows imported · 3 duplicates');
  });
});

describe('import wording', () => {
  it('summarises an outcome, leaving out zero counts', () => {
    expect(importOutcome({ rowsImported: 1, rowsRejected: 0, rowsDuplicate: 0, errorCount: 0 })).toBe('1 row imported');
    expect(importOutcome({ rowsImported: 45_211, rowsRejected: 12, rowsDuplicate: 1, errorCount: 12 })).toBe(
      '45,211 rows imported · 12 rejected · 1 duplicate · 12 problems',
    );
  });

  it('describes an error with the line and column it knows', () => {
    expect(describeImportError({ line: 1204, column: 'Income', message: 'not a number' })).toBe('Line 1,204, column Income: not a number');
    expect(describeImportError({ line: null, column: 'Income', message: 'mixed types' })).toBe('column Income: mixed types');
    expect(describeImportError({ line: null, column: null, message: 'The file is empty.' })).toBe('The file is empty.');
  });

  it('knows which job statuses are final', () => {
    expect(['QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED'].filter((status) => isFinished(status as never))).toEqual(['SUCCEEDED', 'FAILED']);
  });
});
