import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Small key/value facts the app generates for itself (e.g. the token-signing secret). */
@Entity('app_settings')
export class AppSettingEntity {
  @PrimaryColumn({ type: 'text' }) key!: string;
  @Column({ type: 'text' }) value!: string;
}
