import type { DataSource } from 'typeorm';
import { SegmentationEntity } from './segmentation.entity.js';

export class SegmentsService {
  constructor(private readonly dataSource: DataSource) {}

  listForDataset(datasetId: string): Promise<SegmentationEntity[]> {
    return this.dataSource.getRepository(SegmentationEntity).find({ where: { datasetId }, order: { createdAt: 'DESC' } });
  }
}
