/**
 * A column store on disk: a JSON header (names, kinds, levels, where each array starts)
 * followed by the arrays' raw bytes, 8-byte aligned. Read back into ONE SharedArrayBuffer
 * that every column is a view of, so loading is one read and no parse.
 */
import { open, mkdir, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { isNumberColumn, type ColumnStore, type StoredColumn } from './column-store.js';

const MAGIC = 'CPCOLS01';

type ArrayRef = { at: number; length: number };
type HeaderColumn =
  | { name: string; kind: 'NUMERIC' | 'DATE'; values: ArrayRef }
  | { name: string; kind: 'CATEGORICAL' | 'BINARY' | 'IGNORED'; levels: string[]; codes: ArrayRef }
  | { name: string; kind: 'IDENTIFIER'; bytes: ArrayRef; offsets: ArrayRef };
interface Header {
  rowCount: number;
  rowNumbers: ArrayRef;
  columns: HeaderColumn[];
  size: number;
}

type Typed = Float64Array | Int32Array | Uint8Array;

export async function writeColumnStore(path: string, store: ColumnStore): Promise<void> {
  const arrays: Typed[] = [];
  let size = 0;
  const place = (array: Typed): ArrayRef => {
    const at = size;
    arrays.push(array);
    size += Math.ceil(array.byteLength / 8) * 8;
    return { at, length: array.length };
  };
  const rowNumbers = place(store.rowNumbers);
  const columns = store.columns.map((column): HeaderColumn => {
    if (isNumberColumn(column)) return { name: column.name, kind: column.kind, values: place(column.values) };
    if (column.kind === 'IDENTIFIER')
      return { name: column.name, kind: 'IDENTIFIER', bytes: place(column.bytes), offsets: place(column.offsets) };
    return { name: column.name, kind: column.kind, levels: column.levels, codes: place(column.codes) };
  });
  const header = Buffer.from(JSON.stringify({ rowCount: store.rowCount, rowNumbers, columns, size } satisfies Header));
  const prefix = Buffer.alloc(16);
  prefix.write(MAGIC, 0, 'latin1');
  prefix.writeUInt32LE(header.length, 8);
  const padding = Buffer.alloc((8 - ((16 + header.length) % 8)) % 8);
  await mkdir(dirname(path), { recursive: true });
  // Written to a temporary name and renamed: a reader never sees half a file.
  const temporary = `${path}.${process.pid}.tmp`;
  const file = await open(temporary, 'w');
  try {
    await file.write(prefix);
    await file.write(header);
    await file.write(padding);
    for (const array of arrays) {
      await file.write(new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
      const pad = (8 - (array.byteLength % 8)) % 8;
      if (pad) await file.write(Buffer.alloc(pad));
    }
  } finally {
    await file.close();
  }
  await rename(temporary, path).catch(async (error) => {
    await rm(temporary, { force: true });
    throw error;
  });
}

/** The store written at `path`, or null when there is none (or it is not one of ours). */
export async function readColumnStore(path: string): Promise<ColumnStore | null> {
  let file;
  try {
    file = await open(path, 'r');
  } catch {
    return null;
  }
  try {
    const prefix = Buffer.alloc(16);
    await file.read(prefix, 0, 16, 0);
    if (prefix.toString('latin1', 0, 8) !== MAGIC) return null;
    const headerLength = prefix.readUInt32LE(8);
    const headerBytes = Buffer.alloc(headerLength);
    await file.read(headerBytes, 0, headerLength, 16);
    const header = JSON.parse(headerBytes.toString('utf8')) as Header;
    const start = 16 + headerLength + ((8 - ((16 + headerLength) % 8)) % 8);
    const shared = new SharedArrayBuffer(Math.max(8, header.size));
    const data = new Uint8Array(shared);
    for (let at = 0; at < header.size;) {
      const { bytesRead } = await file.read(data, at, Math.min(header.size - at, 1 << 26), start + at);
      if (bytesRead === 0) return null;
      at += bytesRead;
    }
    const f64 = (ref: ArrayRef) => new Float64Array(shared, ref.at, ref.length);
    const i32 = (ref: ArrayRef) => new Int32Array(shared, ref.at, ref.length);
    const columns = header.columns.map((column): StoredColumn => {
      if ('values' in column) return { name: column.name, kind: column.kind, values: f64(column.values) };
      if ('bytes' in column)
        return {
          name: column.name,
          kind: 'IDENTIFIER',
          bytes: new Uint8Array(shared, column.bytes.at, column.bytes.length),
          offsets: i32(column.offsets),
        };
      return { name: column.name, kind: column.kind, levels: column.levels, codes: i32(column.codes) };
    });
    return { rowCount: header.rowCount, rowNumbers: i32(header.rowNumbers), columns };
  } finally {
    await file.close();
  }
}
