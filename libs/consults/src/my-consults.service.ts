import { listedContent } from '@curbside/access';
import { type Page, type RequestContext, decodeCursor, pageSize, toPage } from '@curbside/core';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ConsultEntity, ConsultStatus } from './consult.entity.js';

/** Which side of a consult the caller is on. */
export enum MyConsultRole {
  /** Consults the caller asked for, on their own cases. */
  REQUESTED = 'REQUESTED',
  /** Consults the caller holds as the specialist: named to them, claimed or answered by them. */
  CONSULTING = 'CONSULTING',
}

const STATUSES = new Set<string>(Object.values(ConsultStatus));

/**
 * The caller's own consults, newest first, keyset-paginated on (created_at desc, id desc): the ones
 * they requested and the ones they hold as the specialist. Consults on removed cases, or on cases
 * held back by a report, stay out (as in every list).
 */
@Injectable()
export class MyConsultsService {
  constructor(private readonly dataSource: DataSource) {}

  async list(
    ctx: RequestContext,
    options: {
      role?: MyConsultRole | null;
      statuses?: readonly ConsultStatus[] | null;
      first?: number | null;
      after?: string | null;
    },
  ): Promise<Page<ConsultEntity>> {
    const me = ctx.requireActor.clinicianId;
    const size = pageSize(options.first);
    const side =
      options.role === MyConsultRole.REQUESTED
        ? 'k.requested_by = :me'
        : options.role === MyConsultRole.CONSULTING
          ? 'k.consultant_id = :me'
          : '(k.requested_by = :me OR k.consultant_id = :me)';
    const query = this.dataSource
      .getRepository(ConsultEntity)
      .createQueryBuilder('k')
      .innerJoin('case_post', 'p', 'p.id = k.case_id')
      .where(side, { me })
      .andWhere(listedContent.sql(ctx, 'p'))
      .orderBy('k.created_at', 'DESC')
      .addOrderBy('k.id', 'DESC')
      .limit(size + 1);
    const statuses = (options.statuses ?? []).filter((s) => STATUSES.has(s));
    if (statuses.length > 0) query.andWhere('k.status IN (:...statuses)', { statuses });
    if (options.after) {
      const [at, id] = decodeCursor(options.after, ['number', 'uuid']);
      query.andWhere('(k.created_at, k.id) < (:at, :id)', { at: new Date(at), id });
    }
    return toPage(await query.getMany(), size, (row) => [row.createdAt.getTime(), row.id]);
  }
}
