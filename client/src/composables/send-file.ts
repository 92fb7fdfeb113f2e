import { currentToken } from './useSession';

/**
 * Sends a file as the raw body of a POST with the session's token, reporting the bytes sent
 * (fetch cannot report upload progress, XMLHttpRequest can). Shared by imports and scored
 * lists; `abort()` stops it and resolves with status 0 and `aborted`.
 */
export interface SentFile {
  status: number;
  body: string;
  aborted: boolean;
}

export function sendFile(
  url: string,
  file: File,
  onProgress: (loaded: number, total: number | null) => void,
): { done: Promise<SentFile>; abort: () => void } {
  const request = new XMLHttpRequest();
  const done = new Promise<SentFile>((resolve) => {
    request.open('POST', url);
    const token = currentToken();
    if (token) request.setRequestHeader('Authorization', `Bearer ${token}`);
    request.setRequestHeader('Content-Type', 'text/csv');
    // The raw body carries no name; the server reads it from this header for the history.
    request.setRequestHeader('X-File-Name', encodeURIComponent(file.name));
    request.upload.onprogress = (event) => onProgress(event.loaded, event.lengthComputable ? event.total : null);
    request.onload = () => resolve({ status: request.status, body: request.responseText, aborted: false });
    request.onerror = () => resolve({ status: 0, body: '', aborted: false });
    request.onabort = () => resolve({ status: 0, body: '', aborted: true });
    request.send(file);
  });
  return { done, abort: () => request.abort() };
}
