import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { AuditEventEntity } from './audit-event.entity.js';
import type { AuditAction } from './audit-actions.js';

/** Who did it: the signed-in user, or null for what the app did by itself. */
export type AuditActor = { id: string; email: string } | null;

/** What it was done to: a kind ("dataset", "model", "user"...), its id and a readable name. */
export interface AuditObject {
  type: string;
  id?: string | null;
  label?: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface AuditFilter {
  action?: AuditAction | null;
  actorId?: string | null;
  objectType?: string | null;
  objectId?: string | null;
  from?: Date | null;
  to?: Date | null;
}

/**
 * The audit trail: `record` appends (callers: resolvers and routes, right after the action
 * succeeds, e.g. `services.audit.record(ctx.user, AuditAction.SCORE_LIST, { type: 'model', id })`);
 * `list` reads with filters for the Audit page and the CSV export. Nothing updates or deletes.
 */
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  async record(actor: AuditActor, action: AuditAction, object: AuditObject, details: AuditEventEntity['details'] = {}): Promise<void> {
    await this.dataSource.getRepository(AuditEventEntity).insert({
      actorId: actor?.id ?? null,
      actorEmail: actor?.email ?? null,
      action,
      objectType: object.type,
      objectId: object.id ?? null,
      objectLabel: object.label ?? null,
      details,
    });
  }

  /** A dataset's name for an entry's object label (null when it is gone or the id is not one). */
  async datasetName(id: string): Promise<string | null> {
    if (!UUID.test(id)) return null;
    const rows: { name: string }[] = await this.dataSource.query('SELECT name FROM datasets WHERE id = $1', [id]);
    return rows[0]?.name ?? null;
  }

  /** Records an action on a dataset, labelled with the dataset's name. */
  async recordDataset(actor: AuditActor, action: AuditAction, datasetId: string, details: AuditEventEntity['details'] = {}): Promise<void> {
    await this.record(actor, action, { type: 'dataset', id: datasetId, label: await this.datasetName(datasetId) }, details);
  }

  /** Newest first. */
  async list(filter: AuditFilter, page: { limit: number; offset: number }): Promise<{ total: number; events: AuditEventEntity[] }> {
    const query = this.filtered(filter).orderBy('e.at', 'DESC').addOrderBy('e.id', 'DESC');
    const [events, total] = await query.take(page.limit).skip(page.offset).getManyAndCount();
    return { total, events };
  }

  /** Every matching entry, newest first, in pages (for the CSV export). */
  async *all(filter: AuditFilter, pageSize = 2000): AsyncGenerator<AuditEventEntity[]> {
    for (let offset = 0; ; offset += pageSize) {
      const events = await this.filtered(filter).orderBy('e.at', 'DESC').addOrderBy('e.id', 'DESC').take(pageSize).skip(offset).getMany();
      if (events.length > 0) yield events;
      if (events.length < pageSize) return;
    }
  }

  private filtered(filter: AuditFilter): SelectQueryBuilder<AuditEventEntity> {
    const query = this.dataSource.getRepository(AuditEventEntity).createQueryBuilder('e');
    if (filter.action) query.andWhere('e.action = :action', { action: filter.action });
    if (filter.actorId) query.andWhere('e.actorId = :actorId', { actorId: filter.actorId });
    if (filter.objectType) query.andWhere('e.objectType = :objectType', { objectType: filter.objectType });
    if (filter.objectId) query.andWhere('e.objectId = :objectId', { objectId: filter.objectId });
    if (filter.from) query.andWhere('e.at >= :from', { from: filter.from });
    if (filter.to) query.andWhere('e.at < :to', { to: filter.to });
    return query;
  }
}
