/**
 * Which dataset the pages show: the one named in the URL (so links can be shared), else the
 * one chosen last in this browser, else the newest. An id that no longer exists (deleted,
 * or from another server) is skipped rather than shown as an error.
 */
export function chooseDatasetId(
  available: readonly { id: string; createdAt?: string }[],
  fromUrl: string | null | undefined,
  fromStorage: string | null | undefined,
): string | null {
  const ids = new Set(available.map((dataset) => dataset.id));
  if (fromUrl && ids.has(fromUrl)) return fromUrl;
  if (fromStorage && ids.has(fromStorage)) return fromStorage;
  let newest: { id: string; createdAt?: string } | undefined;
  for (const dataset of available) {
    if (!newest || (dataset.createdAt ?? '') > (newest.createdAt ?? '')) newest = dataset;
  }
  return newest?.id ?? null;
}

/** The `dataset` query parameter as one string (vue-router gives string | string[] | null). */
export function queryParam(value: unknown): string | null {
  if (Array.isArray(value)) return queryParam(value[0]);
  return typeof value === 'string' && value !== '' ? value : null;
}
