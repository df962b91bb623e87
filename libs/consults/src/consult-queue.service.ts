import { claimableConsultSql } from '@curbside/access';
import { SpecialtiesService } from '@curbside/clinicians';
import { type Page, type RequestContext, decodeCursor, pageSize, toPage } from '@curbside/core';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ConsultEntity, ConsultStatus, ConsultUrgency } from './consult.entity.js';

const URGENCIES = new Set<string>(Object.values(ConsultUrgency));

/** The claim queue of one specialist: keyset-paginated on (urgency desc, created_at, id). */
@Injectable()
export class ConsultQueueService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * OPEN consults the caller may claim: named to them, or unnamed in one of their specialties; never
   * their own requests, nor consults on cases that are closed, deleted or hidden pending a report.
   * Most urgent first (the enum orders ROUTINE before URGENT), then oldest.
   */
  async queue(
    ctx: RequestContext,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Page<ConsultEntity>> {
    const me = ctx.requireActor.clinicianId;
    const size = pageSize(first);
    const query = this.dataSource
      .getRepository(ConsultEntity)
      .createQueryBuilder('k')
      .innerJoin('case_post', 'p', 'p.id = k.case_id')
      .where(claimableConsultSql(ctx, 'k', 'p', SpecialtiesService.specialtyIdsOfSql(':me')), {
        me,
        open: ConsultStatus.OPEN,
      })
      .orderBy('k.urgency', 'DESC')
      .addOrderBy('k.created_at', 'ASC')
      .addOrderBy('k.id', 'ASC')
      .limit(size + 1);
    if (after) {
      const [urgency, at, id] = decodeCursor(after, [(v) => URGENCIES.has(v as string), 'number', 'uuid']);
      query.andWhere(
        `(k.urgency < CAST(:urgency AS consult_urgency)
          OR (k.urgency = CAST(:urgency AS consult_urgency) AND (k.created_at, k.id) > (:at, :id)))`,
        { urgency, at: new Date(at), id },
      );
    }
    return toPage(await query.getMany(), size, (row) => [row.urgency, row.createdAt.getTime(), row.id]);
  }
}
