import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { EncodingDetector, createDecoder, detectEncoding } from '../../../../../server/src/modules/datasets/import/encoding.js';

async function decodeAll(bytes: Buffer, chunk: number, encoding: 'utf-8' | 'windows-1252'): Promise<string> {
  const parts: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += chunk) parts.push(bytes.subarray(i, i + chunk));
  const out: Buffer[] = [];
  for await (const piece of Readable.from(parts).pipe(createDecoder({ encoding }))) out.push(piece as Buffer);
  return Buffer.concat(out).toString('utf8');
}

describe('encoding detection', () => {
  it('keeps UTF-8 when a multi-byte character is split across chunks', () => {
    const bytes = Buffer.from('name\nZoë 😀 café\n', 'utf8');
    for (let cut = 1; cut < bytes.length; cut++) {
      const d = new EncodingDetector();
      d.push(bytes.subarray(0, cut));
      d.push(bytes.subarray(cut));
      expect(d.finish().encoding, `cut at ${cut}`).toBe('utf-8');
    }
  });

  it('falls back to Windows-1252 when one late byte is not UTF-8', async () => {
    const ascii = Buffer.from('a,b\n'.repeat(50_000));
    const latin = Buffer.from([0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72, 0x0a]); // "Müller\n" in Latin-1
    const info = await detectEncoding(Readable.from([ascii, latin]));
    expect(info).toEqual({ encoding: 'windows-1252', bom: false, bytes: ascii.length + latin.length });
  });

  it('reports a UTF-8 BOM and the decoder drops it', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('x,y\n1,2\n')]);
    expect((await detectEncoding(Readable.from([bytes]))).bom).toBe(true);
    expect(await decodeAll(bytes, 1, 'utf-8')).toBe('x,y\n1,2\n');
  });

  it('decodes Windows-1252 (euro sign, curly quotes, accents) in any chunking', async () => {
    const bytes = Buffer.from([0x80, 0x20, 0x93, 0x71, 0x94, 0x20, 0xe9]);
    expect(await decodeAll(bytes, 2, 'windows-1252')).toBe('€ “q” é');
  });

  it('rejects NUL bytes at once, naming the byte', () => {
    const d = new EncodingDetector();
    d.push(Buffer.from('a,b\n'));
    expect(() => d.push(Buffer.from([0x31, 0x00]))).toThrow(/binary data.*byte 6/);
  });

  it('rejects text where more than 1% of bytes are control characters, but allows tabs and form feeds', () => {
    const ok = new EncodingDetector();
    ok.push(Buffer.from('a\tb\f\r\n1\t2\x1a'));
    expect(ok.finish().encoding).toBe('utf-8');
    const bad = new EncodingDetector();
    bad.push(Buffer.from('a,b\n' + '\x07'.repeat(10) + ',x\n'));
    expect(() => bad.finish()).toThrow('control characters');
  });
});
