/**
 * Which text encoding an uploaded CSV is in, judged on the bytes of the WHOLE file: a
 * spreadsheet export can be plain ASCII for a million rows and then hold one "é" in
 * Windows-1252, so a sample would guess wrong and corrupt that row.
 *
 * Rules: a UTF-8 BOM or bytes that are valid UTF-8 throughout -> UTF-8; otherwise
 * Windows-1252 (a superset of Latin-1 for every printable character, and what Excel on
 * Windows writes). Files with NUL bytes (binary files, UTF-16 text) or many control
 * characters are rejected: they are not CSV text, and PostgreSQL cannot store NUL anyway.
 */
import { isUtf8 } from 'node:buffer';
import { Transform, type TransformCallback } from 'node:stream';
import iconv from 'iconv-lite';
import { importError } from './import-error.js';

export type TextEncoding = 'utf-8' | 'windows-1252';

export interface EncodingInfo {
  encoding: TextEncoding;
  /** The file starts with a UTF-8 byte-order mark (the decoder drops it). */
  bom: boolean;
  bytes: number;
}

/** Above this share of control bytes (other than tab, CR, LF, FF, Ctrl-Z) a file is not text. */
export const MAX_CONTROL_SHARE = 0.01;

/** Incremental detector: `push` every chunk in order, then `finish`. Throws CsvImportError. */
export class EncodingDetector {
  private bytes = 0;
  private controls = 0;
  private utf8 = true;
  private carry: Uint8Array = new Uint8Array(0);
  private head: number[] = [];

  push(chunk: Uint8Array): void {
    if (this.bytes === 0 || this.head.length < 3) this.rememberHead(chunk);
    if (this.bytes === 0) this.rejectUtf16(chunk);
    const nul = chunk.indexOf(0);
    if (nul >= 0) {
      throw importError('BINARY_FILE', 'import.binary', { found: 'nul', at: this.bytes + nul + 1 });
    }
    this.bytes += chunk.length;
    let controls = 0;
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i];
      // 9 tab, 10 LF, 12 form feed, 13 CR, 26 Ctrl-Z (old DOS end-of-file marker).
      if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 26) controls++;
      else if (b === 127) controls++;
    }
    this.controls += controls;
    if (this.utf8) this.checkUtf8(chunk);
  }

  finish(): EncodingInfo {
    if (this.utf8 && this.carry.length > 0) this.utf8 = false; // truncated multi-byte sequence at EOF
    if (this.bytes > 0 && this.controls / this.bytes > MAX_CONTROL_SHARE) {
      throw importError('BINARY_FILE', 'import.binary', { found: 'controls', count: this.controls });
    }
    const bom = this.head[0] === 0xef && this.head[1] === 0xbb && this.head[2] === 0xbf;
    return { encoding: bom || this.utf8 ? 'utf-8' : 'windows-1252', bom, bytes: this.bytes };
  }

  private rememberHead(chunk: Uint8Array): void {
    for (let i = 0; i < chunk.length && this.head.length < 3; i++) this.head.push(chunk[i]);
  }

  private rejectUtf16(chunk: Uint8Array): void {
    if (chunk.length >= 2 && ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff))) {
      throw importError('BINARY_FILE', 'import.utf16');
    }
  }

  /** Validates with Node's native checker; a sequence cut by the chunk boundary is carried over. */
  private checkUtf8(chunk: Uint8Array): void {
    const data = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk;
    const cut = completeLength(data);
    if (!isUtf8(data.subarray(0, cut))) {
      this.utf8 = false;
      this.carry = new Uint8Array(0);
      return;
    }
    this.carry = data.slice(cut);
  }
}

/** Length of the prefix of `data` that does not end inside a multi-byte UTF-8 sequence. */
function completeLength(data: Uint8Array): number {
  const end = data.length;
  for (let back = 1; back <= 3 && back <= end; back++) {
    const b = data[end - back];
    if ((b & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead byte
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? end - back : end;
  }
  return end;
}

/** Runs the detector over a byte stream (e.g. fs.createReadStream of the spooled upload). */
export async function detectEncoding(source: AsyncIterable<Uint8Array>): Promise<EncodingInfo> {
  const detector = new EncodingDetector();
  for await (const chunk of source) detector.push(chunk);
  return detector.finish();
}

/**
 * A Transform from the file's bytes to UTF-8 text chunks without a BOM. UTF-8 input is passed
 * through untouched (no decode/re-encode cost); Windows-1252 goes through iconv-lite.
 */
export function createDecoder(info: Pick<EncodingInfo, 'encoding'>): Transform {
  if (info.encoding === 'windows-1252') {
    const decoder = iconv.getDecoder('win1252');
    return new Transform({
      transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback) {
        done(null, Buffer.from(decoder.write(chunk), 'utf8'));
      },
      flush(done: TransformCallback) {
        const rest = decoder.end();
        done(null, rest ? Buffer.from(rest, 'utf8') : undefined);
      },
    });
  }
  let start = true;
  let pending: Buffer = Buffer.alloc(0);
  return new Transform({
    transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback) {
      if (!start) return done(null, chunk);
      pending = Buffer.concat([pending, chunk]);
      if (pending.length < 3) return done();
      start = false;
      const bom = pending[0] === 0xef && pending[1] === 0xbb && pending[2] === 0xbf;
      done(null, bom ? pending.subarray(3) : pending);
    },
    flush(done: TransformCallback) {
      if (start && pending.length > 0) return done(null, pending);
      done();
    },
  });
}
