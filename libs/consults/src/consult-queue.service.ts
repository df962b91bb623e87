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
      .innerJoin(
        'case_post',
        'p',
        "p.id = k.case_id AND p.deleted_at IS NULL AND p.hidden = false AND p.status <> 'CLOSED'",
      )
      .where('k.status = :open', { open: ConsultStatus.OPEN })
      .andWhere('k.requested_by <> :me', { me })
      .andWhere(
        `((k.named = true AND k.consultant_id = :me) OR (k.named = false AND k.specialty_id IN
          (SELECT cs.specialty_id FROM clinician_specialty cs WHERE cs.clinician_id = :me)))`,
      )
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
