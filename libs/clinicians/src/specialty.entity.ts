import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

@Entity('specialty')
@Unique('uq_specialty_code', ['code'])
export class SpecialtyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** A provider taxonomy code, stable across renames. */
  @Column({ type: 'varchar', length: 16 })
  code!: string;

  @Column({ type: 'varchar', length: 120 })
  name!: string;
}
