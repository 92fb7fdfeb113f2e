/** A client catalogue (client/src/locales/*.json) as key path -> message ("nav.overview" -> "Overview"). */
export type Catalogue = { [key: string]: string | Catalogue };

export function flatten(tree: Catalogue, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}
