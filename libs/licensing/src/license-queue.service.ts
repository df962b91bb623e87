import { type Page, decodeCursor, pageSize, toPage } from '@curbside/core';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { LicenseEntity, LicenseStatus } from './license.entity.js';
import { LicenseQueueFilter } from './license.inputs.js';

/**
 * The verification queue at scale: pending licences with the surest registry match first (the
 * stored score, index ix_license_status_score), or the licences flagged since, newest flag first.
 */
@Injectable()
export class LicenseQueueService {
  constructor(private readonly dataSource: DataSource) {}

  async page(
    filter: LicenseQueueFilter,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Page<LicenseEntity>> {
    const size = pageSize(first);
    const query = this.dataSource
      .getRepository(LicenseEntity)
      .createQueryBuilder('l')
      .limit(size + 1);
    if (filter === LicenseQueueFilter.PENDING) {
      query
        .where('l.status = :status', { status: LicenseStatus.PENDING })
        .orderBy('l.registry_score', 'DESC')
        .addOrderBy('l.id', 'ASC');
      if (after) {
        const [score, id] = decodeCursor(after, ['number', 'uuid']);
        query.andWhere('(l.registry_score < :score OR (l.registry_score = :score AND l.id > :id))', {
          score: Number(score),
          id: String(id),
        });
      }
      return toPage(await query.getMany(), size, (l) => [l.registryScore, l.id]);
    }
    query.where('l.flag IS NOT NULL').orderBy('l.flagged_at', 'DESC').addOrderBy('l.id', 'DESC');
    if (after) {
      const [at, id] = decodeCursor(after, ['number', 'uuid']);
      query.andWhere('(l.flagged_at, l.id) < (:at, :id)', { at: new Date(Number(at)), id: String(id) });
    }
    return toPage(await query.getMany(), size, (l) => [l.flaggedAt?.getTime() ?? 0, l.id]);
  }
}
