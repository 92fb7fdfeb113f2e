/**
 * The membership export: which segment each customer of a segmentation is in, streamed in
 * pages from the dataset's column store (identifiers read from it, no text rows parsed, the
 * whole file never in memory).
 */
import { message } from '../phrasing/catalogue.js';
import type { Locale } from '../phrasing/locale.js';
import type { DataSource } from 'typeorm';
import { csvCell } from '../../common/csv.js';
import { columnOf, indicesOfRowNumbers, textAt, type StoredColumn } from '../datasets/column-store/column-store.js';
import { ColumnStoreService } from '../datasets/column-store/column-store.service.js';
import type { DatasetEntity } from '../datasets/dataset.entity.js';
import { columnSpecs } from '../training/dataset-rows.js';
import type { SegmentationEntity } from './segmentation.entity.js';
import { resultIn } from './segment-language.js';

const PAGE = 5000;

/** Header, then pages of CSV lines (joined by CRLF) per segmented customer still in the dataset: identifier (or row number), segment index and name. */
export async function* membershipCsvLines(
  dataSource: DataSource,
  dataset: DatasetEntity,
  segmentation: SegmentationEntity,
  locale: Locale = 'en',
): AsyncGenerator<string> {
  const packed = segmentation.members!;
  const pairs = new Int32Array(packed.buffer.slice(packed.byteOffset, packed.byteOffset + packed.byteLength));
  const names = new Map((resultIn(segmentation, locale)?.segments ?? []).map((s) => [s.index, s.name]));
  const { specs } = await columnSpecs(dataSource, dataset);
  const store = await ColumnStoreService.for(dataSource).load(dataset, specs);
  const ids: StoredColumn | null = dataset.idColumn ? columnOf(store, dataset.idColumn) : null;
  const say = (key: 'csv.row' | 'csv.segment' | 'csv.segmentName') => message(key, {}, locale);
  yield [dataset.idColumn ?? say('csv.row'), say('csv.segment'), say('csv.segmentName')].map(csvCell).join(',');
  const members = pairs.length >> 1;
  for (let start = 0; start < members; start += PAGE) {
    const end = Math.min(members, start + PAGE);
    const rowNumbers = new Int32Array(end - start);
    for (let k = start; k < end; k++) rowNumbers[k - start] = pairs[2 * k];
    const at = indicesOfRowNumbers(store, rowNumbers);
    const lines: string[] = [];
    for (let k = start; k < end; k++) {
      const i = at[k - start];
      if (i < 0) continue;
      const label = pairs[2 * k + 1];
      const id = ids ? textAt(ids, i) : rowNumbers[k - start];
      lines.push([csvCell(id), String(label), csvCell(label < 0 ? 'noise' : (names.get(label) ?? ''))].join(','));
    }
    if (lines.length > 0) yield lines.join('\r\n');
    // The event loop serves other requests between pages.
    await new Promise((r) => setImmediate(r));
  }
}
