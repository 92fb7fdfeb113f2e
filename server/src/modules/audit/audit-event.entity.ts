import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { AuditAction } from './audit-actions.js';

/** One entry of the audit trail. Append-only: the database refuses UPDATE and DELETE on it. */
@Entity('audit_events')
export class AuditEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id!: string;
  @CreateDateColumn({ type: 'timestamptz' }) at!: Date;
  /** Null for what the app did by itself (an automatic retrain). */
  @Column({ type: 'uuid', nullable: true }) actorId!: string | null;
  /** Kept as it was then, so the entry reads the same after the person's email changes. */
  @Column({ type: 'text', nullable: true }) actorEmail!: string | null;
  @Column({ type: 'text' }) action!: AuditAction;
  @Column({ type: 'text' }) objectType!: string;
  @Column({ type: 'text', nullable: true }) objectId!: string | null;
  @Column({ type: 'text', nullable: true }) objectLabel!: string | null;
  @Column({ type: 'jsonb', default: () => "'{}'" }) details!: Record<string, string | number | boolean | null>;
}
