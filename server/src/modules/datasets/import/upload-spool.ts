import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import busboy from 'busboy';
import { badInput, appError } from '../../phrasing/user-errors.js';
import { AppError } from '../../../common/errors.js';

export interface SpooledUpload {
  path: string;
  bytes: number;
  sha256: string;
  fileName: string | null;
}

const CSV_TYPES = [
  'text/csv',
  'application/csv',
  'text/plain',
  'text/tab-separated-values',
  'application/vnd.ms-excel',
  'application/octet-stream',
];

const tooLarge = (max: number) => appError('PAYLOAD_TOO_LARGE', 'error.upload.tooLarge', { size: formatBytes(max) });

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${+(bytes / 1024 ** 3).toFixed(1)} GB`;
  if (bytes >= 1024 ** 2) return `${+(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${Math.ceil(bytes / 1024)} KB`;
}

/**
 * Streams an upload to a spool file (never whole in memory), counting and hashing as it
 * goes, and stops as soon as it passes `maxBytes`. The body is the raw CSV, or one file in a
 * multipart form. A client that disconnects leaves no file behind.
 */
export async function spoolUpload(
  req: IncomingMessage,
  options: { dir: string; maxBytes: number; fileName?: string },
): Promise<SpooledUpload> {
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > options.maxBytes) throw tooLarge(options.maxBytes);
  await mkdir(options.dir, { recursive: true });
  const path = join(options.dir, `${randomUUID()}.upload`);
  const hash = createHash('sha256');
  let bytes = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      bytes += chunk.length;
      if (bytes > options.maxBytes) return callback(tooLarge(options.maxBytes));
      hash.update(chunk);
      callback(null, chunk);
    },
  });
  try {
    let fileName = options.fileName ?? headerFileName(req);
    if (type === 'multipart/form-data') {
      const file = await firstMultipartFile(req, options.maxBytes);
      fileName = file.fileName ?? fileName;
      await pipeline(file.stream, meter, createWriteStream(path));
    } else if (CSV_TYPES.includes(type) || type === '') {
      await pipeline(req, meter, createWriteStream(path));
    } else {
      throw appError('UNSUPPORTED_MEDIA_TYPE', 'error.upload.mediaType', { type });
    }
    if (bytes === 0) throw badInput('error.upload.empty');
    return { path, bytes, sha256: hash.digest('hex'), fileName };
  } catch (error) {
    await rm(path, { force: true });
    if (error instanceof AppError) throw error;
    if ((error as NodeJS.ErrnoException).code === 'ERR_STREAM_PREMATURE_CLOSE' || req.destroyed) throw badInput('error.upload.interrupted');
    throw error;
  }
}

function headerFileName(req: IncomingMessage): string | null {
  const raw = req.headers['x-file-name'];
  if (typeof raw !== 'string' || raw === '') return null;
  try {
    return decodeURIComponent(raw).slice(0, 200);
  } catch {
    return raw.slice(0, 200);
  }
}

function firstMultipartFile(req: IncomingMessage, maxBytes: number): Promise<{ stream: Readable; fileName: string | null }> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: req.headers, limits: { files: 1, fileSize: maxBytes + 1 } });
    } catch {
      return reject(badInput('error.upload.form'));
    }
    let found = false;
    parser.on('file', (_field, stream, info) => {
      if (found) return void stream.resume();
      found = true;
      resolve({ stream, fileName: info.filename ?? null });
    });
    parser.on('error', () => reject(badInput('error.upload.form')));
    parser.on('finish', () => {
      if (!found) reject(badInput('error.upload.noFile'));
    });
    req.pipe(parser);
  });
}
