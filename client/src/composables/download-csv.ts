import { MESSAGES } from '../utils/errors';
import { csvRowCount, downloadName, exportError } from '../utils/target-group-export';
import { currentToken, useSession } from './useSession';

/**
 * Fetches a CSV the server streams (it needs the bearer token, which a plain link cannot
 * send) and hands it to the browser as a download named as the server suggests. Resolves
 * with the file's data rows; rejects with a sentence fit to show.
 */
export async function downloadCsv(url: string, fallbackName: string): Promise<number> {
  const token = currentToken();
  let response: Response;
  try {
    response = await fetch(url, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  } catch {
    throw new Error(MESSAGES.network);
  }
  if (response.status === 401) useSession().expire(MESSAGES.unauthenticated);
  if (!response.ok) throw new Error(exportError(response.status, await response.text()));
  const text = await response.text();
  const href = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = href;
  link.download = downloadName(response.headers.get('Content-Disposition'), fallbackName);
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the blob goes.
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
  return csvRowCount(text);
}
