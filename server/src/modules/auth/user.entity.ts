import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Language } from './language.js';
import { Role } from './role.js';

@Entity('users')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'text', unique: true }) email!: string;
  @Column({ type: 'text' }) passwordHash!: string;
  @Column({ type: 'text' }) role!: Role;
  @Column({ type: 'boolean', default: false }) disabled!: boolean;
  @Column({ type: 'text', default: 'EN' }) language!: Language;
  /** Set by a generated or reset password: the person must choose their own before anything else. */
  @Column({ type: 'boolean', default: false }) mustChangePassword!: boolean;
  @Column({ type: 'timestamptz', nullable: true }) lastSignInAt!: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) lastActiveAt!: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
