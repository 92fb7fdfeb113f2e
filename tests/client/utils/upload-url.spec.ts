import { describe, expect, it } from 'vitest';
import { uploadUrl } from '../../../client/src/utils/upload-url';

describe('uploadUrl', () => {
  it('creates a new dataset with an encoded name and optional target', () => {
    expect(uploadUrl({ mode: 'new', name: ' Spring 2025 & co ' })).toBe('/api/datasets?name=Spring+2025+%26+co');
    expect(uploadUrl({ mode: 'new', name: 'bank', target: 'y' })).toBe('/api/datasets?name=bank&target=y');
  });

  it('appends with only the options that differ from the server defaults', () => {
    expect(uploadUrl({ mode: 'append', datasetId: '42' })).toBe('/api/datasets/42/imports');
    expect(uploadUrl({ mode: 'append', datasetId: '42', onInvalid: 'reject', onDuplicate: 'skip' })).toBe('/api/datasets/42/imports');
    expect(uploadUrl({ mode: 'append', datasetId: 'a/b', onInvalid: 'skip', onDuplicate: 'replace' })).toBe(
      '/api/datasets/a%2Fb/imports?onInvalid=skip&onDuplicate=replace',
    );
  });

  it('refuses a request it cannot send', () => {
    expect(() => uploadUrl({ mode: 'new', name: '  ' })).toThrow('Give the dataset a name.');
    expect(() => uploadUrl({ mode: 'append', datasetId: '' })).toThrow('Choose the dataset');
  });
});
