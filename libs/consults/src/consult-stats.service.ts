import type { RequestContext } from '@curbside/core';
import { readSource } from '@curbside/database';
import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';

const STATS_LOADER = Symbol('consultStatsLoader');

export interface ConsultantStats {
  answered: number;
  /** Median minutes from request to answer; null before a first answer. */
  medianMinutesToAnswer: number | null;
}

/** What a specialist's consult record says of them: computed from consult rows, never self-declared. */
@Injectable()
export class ConsultStatsService {
  constructor(private readonly dataSource: DataSource) {}

  /** Batched over the specialists of a page (ix_consult_consultant). */
  of(ctx: RequestContext, clinicianId: string): Promise<ConsultantStats> {
    const loader = ctx.memo(
      STATS_LOADER,
      () =>
        new DataLoader<string, ConsultantStats>(async (ids) => {
          const source = await readSource(ctx, this.dataSource);
          const rows = await source.query<{ id: string; answered: number; median: number | null }[]>(
            `SELECT consultant_id AS id, count(*)::int AS answered,
                    percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM answered_at - created_at)) / 60 AS median
               FROM consult
              WHERE consultant_id = ANY($1::uuid[]) AND answered_at IS NOT NULL
              GROUP BY consultant_id`,
            [[...ids]],
          );
          const byId = new Map(rows.map((r) => [r.id, r]));
          return ids.map((id) => {
            const row = byId.get(id);
            return {
              answered: row?.answered ?? 0,
              medianMinutesToAnswer: row?.median == null ? null : Math.round(Number(row.median)),
            };
          });
        }),
    );
    return loader.load(clinicianId);
  }
}
