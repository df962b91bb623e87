import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { SPECIALTY_CATALOG } from './specialty-catalog.js';
import { SpecialtyEntity } from './specialty.entity.js';

@Injectable()
export class SpecialtiesService {
  constructor(private readonly dataSource: DataSource) {}

  list(): Promise<SpecialtyEntity[]> {
    return this.dataSource.getRepository(SpecialtyEntity).find({ order: { name: 'ASC' } });
  }

  /** Inserts the catalogue, or renames entries whose name changed; safe to run at every boot. */
  static async seed(manager: EntityManager): Promise<SpecialtyEntity[]> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(SpecialtyEntity)
      .values(SPECIALTY_CATALOG.map((s) => ({ code: s.code, name: s.name })))
      .orUpdate(['name'], ['code'])
      .execute();
    return manager.getRepository(SpecialtyEntity).find({ order: { name: 'ASC' } });
  }
}
