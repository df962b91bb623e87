import { ChannelsService } from '@curbside/channels';
import { DomainError, type Page, type RequestContext, decodeCursor, pageSize, toPage } from '@curbside/core';
import { Injectable } from '@nestjs/common';
import { DataSource, type SelectQueryBuilder } from 'typeorm';
import { CaseEntity } from './case.entity.js';

/** Longest search query accepted; longer ones are refused before reaching PostgreSQL. */
const MAX_QUERY_LENGTH = 200;

/** The feed and search: keyset-paginated reads over indexed columns. */
@Injectable()
export class CaseQueriesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly channels: ChannelsService,
  ) {}

  /** Newest first: one channel, or every channel the caller has joined. */
  async feed(
    ctx: RequestContext,
    channelId: string | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Page<CaseEntity>> {
    const size = pageSize(first);
    const query = this.visible(ctx)
      .orderBy('c.created_at', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .limit(size + 1);
    if (channelId) {
      await this.channels.require(ctx, channelId);
      query.andWhere('c.channel_id = :channelId', { channelId });
    } else {
      query.andWhere(
        'c.channel_id IN (SELECT m.channel_id FROM channel_membership m WHERE m.clinician_id = :me)',
        { me: ctx.requireActor.clinicianId },
      );
    }
    if (after) {
      const [at, id] = decodeCursor(after, ['number', 'uuid']);
      query.andWhere('(c.created_at, c.id) < (:at, :id)', { at: new Date(Number(at)), id: String(id) });
    }
    return toPage(await query.getMany(), size, (row) => [row.createdAt.getTime(), row.id]);
  }

  /**
   * Full-text search over de-identified title, tags and body, best match first. `websearch_to_tsquery`
   * accepts any input (quotes, -, OR) without a syntax error.
   */
  async search(
    ctx: RequestContext,
    text: string,
    channelId: string | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Page<CaseEntity>> {
    const size = pageSize(first);
    const terms = text.trim();
    if (terms.length === 0 || terms.length > MAX_QUERY_LENGTH) {
      throw DomainError.badInput(`query must be 1 to ${MAX_QUERY_LENGTH} characters`, { fields: ['query'] });
    }
    const query = this.visible(ctx)
      .addSelect("ts_rank_cd(c.search_vector, websearch_to_tsquery('english', :terms))", 'rank')
      .andWhere("c.search_vector @@ websearch_to_tsquery('english', :terms)", { terms })
      .orderBy('rank', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .limit(size + 1);
    if (channelId) {
      await this.channels.require(ctx, channelId);
      query.andWhere('c.channel_id = :channelId', { channelId });
    }
    if (after) {
      const [rank, id] = decodeCursor(after, ['number', 'uuid']);
      query.andWhere(
        "(ts_rank_cd(c.search_vector, websearch_to_tsquery('english', :terms)), c.id) < (CAST(:rank AS real), :id)",
        { rank: Number(rank), id: String(id) },
      );
    }
    const { entities, raw } = await query.getRawAndEntities<{ rank: number | string }>();
    const ranks = new Map(entities.map((e, i) => [e.id, Number(raw[i].rank)]));
    return toPage(entities, size, (row) => [ranks.get(row.id) ?? 0, row.id]);
  }

  private visible(ctx: RequestContext): SelectQueryBuilder<CaseEntity> {
    const query = this.dataSource
      .getRepository(CaseEntity)
      .createQueryBuilder('c')
      .where('c.deleted_at IS NULL');
    if (!ctx.isAdmin) query.andWhere('c.hidden = false');
    return query;
  }
}
