import { t } from '../i18n';
/** Where an upload goes (shared/contract/http.md): a new dataset or an append to one. */
export type UploadRequest =
  | { mode: 'new'; name: string; target?: string | null }
  | { mode: 'append'; datasetId: string; onInvalid?: 'reject' | 'skip'; onDuplicate?: 'skip' | 'replace' };

export function uploadUrl(request: UploadRequest): string {
  const params = new URLSearchParams();
  if (request.mode === 'new') {
    const name = request.name.trim();
    if (!name) throw new Error(t('upload.needName'));
    params.set('name', name);
    if (request.target) params.set('target', request.target);
    return `/api/datasets?${params.toString()}`;
  }
  if (!request.datasetId) throw new Error(t('upload.needDataset'));
  // Defaults are the server's (reject, skip): only send what differs, keeping URLs readable.
  if (request.onInvalid === 'skip') params.set('onInvalid', 'skip');
  if (request.onDuplicate === 'replace') params.set('onDuplicate', 'replace');
  const query = params.toString();
  return `/api/datasets/${encodeURIComponent(request.datasetId)}/imports${query ? `?${query}` : ''}`;
}
