import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Role } from './role.js';

@Entity('users')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'text', unique: true }) email!: string;
  @Column({ type: 'text' }) passwordHash!: string;
  @Column({ type: 'text' }) role!: Role;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
