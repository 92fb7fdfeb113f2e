/** The membership export: which segment each customer of a segmentation is in. */
import type { DataSource } from 'typeorm';
import { csvCell } from '../../common/csv.js';
import type { DatasetEntity } from '../datasets/dataset.entity.js';
import { unpackMembers } from './segment-data.js';
import type { SegmentationEntity } from './segmentation.entity.js';

const PAGE = 5000;

/** Header, then one CSV line per segmented customer: identifier (or row number), segment index and name. */
export async function* membershipCsvLines(
  dataSource: DataSource,
  dataset: DatasetEntity,
  segmentation: SegmentationEntity,
): AsyncGenerator<string> {
  const members = unpackMembers(segmentation.members!);
  const names = new Map((segmentation.result!.segments ?? []).map((s) => [s.index, s.name]));
  yield [dataset.idColumn ?? 'row', 'segment', 'segment_name'].map(csvCell).join(',');
  let last = 0;
  for (;;) {
    const page: { row_number: number; external_id: string | null }[] = await dataSource.query(
      `SELECT row_number, external_id FROM customer_rows WHERE dataset_id = $1 AND row_number > $2 ORDER BY row_number LIMIT ${PAGE}`,
      [dataset.id, last],
    );
    const lines: string[] = [];
    for (const row of page) {
      const label = members.get(row.row_number);
      if (label === undefined) continue;
      const id = dataset.idColumn ? row.external_id : row.row_number;
      lines.push([csvCell(id), String(label), csvCell(label < 0 ? 'noise' : (names.get(label) ?? ''))].join(','));
    }
    if (lines.length > 0) yield lines.join('\r\n');
    if (page.length < PAGE) return;
    last = page[page.length - 1].row_number;
  }
}
