import { describe, expect, it } from 'vitest';
import { audienceUrl, csvRowCount, downloadName, exportError } from '../../../client/src/utils/target-group-export';
import { MESSAGES } from '../../../client/src/utils/errors';

describe('the audience export', () => {
  it('asks for exactly the conditions on show', () => {
    const url = audienceUrl('m 1', [{ feature: 'Income', min: 60000, max: null, levels: null }]);
    expect(url.startsWith('/api/models/m%201/audience.csv?conditions=')).toBe(true);
    const conditions = new URLSearchParams(url.split('?')[1]).get('conditions');
    expect(JSON.parse(conditions!)).toEqual([{ feature: 'Income', min: 60000, max: null, levels: null }]);
    expect(JSON.parse(new URLSearchParams(audienceUrl('m', []).split('?')[1]).get('conditions')!)).toEqual([]);
  });

  it('names the file as the server suggests, or falls back', () => {
    expect(downloadName('attachment; filename="target-group-logistic_regression-v1.csv"', 'x.csv')).toBe(
      'target-group-logistic_regression-v1.csv',
    );
    expect(downloadName(null, 'x.csv')).toBe('x.csv');
    expect(downloadName('attachment; filename="../../etc/passwd"', 'x.csv')).toBe('x.csv');
  });

  it('turns failures into plain sentences', () => {
    expect(
      exportError(400, JSON.stringify({ error: { code: 'BAD_USER_INPUT', message: 'Choose at least one value for "Education".' } })),
    ).toBe('Choose at least one value for "Education".');
    expect(exportError(404, '<html>')).toBe('This model no longer exists. Reload the page to see the current models.');
    expect(exportError(500, JSON.stringify({ error: { message: 'stack trace at ...' } }))).toBe(MESSAGES.internal);
    expect(exportError(418, '')).toBe(MESSAGES.unknown);
  });

  it('counts data rows, not the header', () => {
    expect(csvRowCount('ID,Income\r\n1,5\r\n2,6\r\n')).toBe(2);
    expect(csvRowCount('ID,Income\r\n')).toBe(0);
    expect(csvRowCount('')).toBe(0);
  });
});
