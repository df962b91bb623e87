import { listedContent } from '@curbside/access';
import { ChannelsService } from '@curbside/channels';
import { ClinicianEntity } from '@curbside/clinicians';
import { AppConfig } from '@curbside/config';
import { primeById, readSource } from '@curbside/database';
import {
  DomainError,
  type Page,
  type RequestContext,
  decodeCursor,
  isUuid,
  pageSize,
  toPage,
} from '@curbside/core';
import { Injectable } from '@nestjs/common';
import { DataSource, type SelectQueryBuilder } from 'typeorm';
import { CaseEntity } from './case.entity.js';
import type { CaseDetailsFilter } from './case-details.inputs.js';
import { CaseDetailsService } from './case-details.service.js';
import { CasesService } from './cases.service.js';
import { RepliesService } from './replies.service.js';

/** Longest search query accepted; longer ones are refused before reaching PostgreSQL. */
const MAX_QUERY_LENGTH = 200;

/** The feed and search: keyset-paginated reads over indexed columns. */
@Injectable()
export class CaseQueriesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly channels: ChannelsService,
    private readonly replies: RepliesService,
    private readonly cases: CasesService,
    private readonly config: AppConfig,
  ) {}

  /** Newest first: one channel, or every channel the caller has joined. */
  async feed(
    ctx: RequestContext,
    channelId: string | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
    details?: CaseDetailsFilter | null,
  ): Promise<Page<CaseEntity>> {
    const size = pageSize(first);
    const source = await readSource(ctx, this.dataSource);
    // One statement for the page and what its items show: the author and channel rows and the reply
    // count come with each case and are handed to the request's loaders, which would otherwise read
    // them in three more round trips. Each field still applies its own rule to them.
    const query = this.listed(ctx, source)
      .leftJoinAndSelect('c.author', 'feed_author')
      .leftJoinAndSelect('c.channel', 'feed_channel')
      .addSelect(this.replies.countSql(ctx, 'c'), 'feed_reply_count')
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
    const byDetails = CaseDetailsService.filterSql('c', details);
    if (byDetails) query.andWhere(byDetails.sql, byDetails.parameters);
    if (after) {
      const [at, id] = decodeCursor(after, ['number', 'uuid']);
      query.andWhere('(c.created_at, c.id) < (:at, :id)', { at: new Date(Number(at)), id: String(id) });
    }
    const { entities, raw } = await query.getRawAndEntities<{ c_id: string; feed_reply_count: number }>();
    this.primeShown(ctx, entities, raw, 'feed_reply_count');
    return toPage(entities, size, (row) => [row.createdAt.getTime(), row.id]);
  }

  /**
   * `case(id)`: the case and what its view shows (its author and channel rows, the reply count) in
   * one statement, handed to the request's loaders like the feed's; {@link CasesService.view} then
   * applies its rules and audits the read as before, finding the row already loaded.
   */
  async view(ctx: RequestContext, id: string): Promise<CaseEntity | null> {
    if (isUuid(id)) {
      const source = await readSource(ctx, this.dataSource);
      const { entities, raw } = await source
        .getRepository(CaseEntity)
        .createQueryBuilder('c')
        .leftJoinAndSelect('c.author', 'view_author')
        .leftJoinAndSelect('c.channel', 'view_channel')
        .addSelect(this.replies.countSql(ctx, 'c'), 'view_reply_count')
        .where('c.id = :id', { id })
        .getRawAndEntities<{ c_id: string; view_reply_count: number }>();
      this.primeShown(ctx, entities, raw, 'view_reply_count');
      for (const row of entities) primeById(ctx, this.dataSource, CaseEntity, row);
    }
    return this.cases.view(ctx, id);
  }

  /** Hands the author, channel and reply count read along with each case to the request's loaders. */
  private primeShown<C extends string>(
    ctx: RequestContext,
    entities: CaseEntity[],
    raw: ({ c_id: string } & Record<C, number>)[],
    countColumn: C,
  ): void {
    const counts = new Map(raw.map((r) => [r.c_id, Number(r[countColumn])]));
    for (const row of entities) {
      if (row.author) primeById(ctx, this.dataSource, ClinicianEntity, row.author);
      if (row.channel) this.channels.prime(ctx, row.channel);
      row.author = undefined;
      row.channel = undefined;
      const n = counts.get(row.id);
      if (n !== undefined) this.replies.primeCount(ctx, row.id, n);
    }
  }

  /**
   * Full-text search over de-identified title, tags and body, best match first. `websearch_to_tsquery`
   * accepts any input (quotes, -, OR) without a syntax error.
   *
   * Ranking is bounded: only the newest `SEARCH_RANK_WINDOW` matches are ranked (and paged through),
   * so a term found in most cases costs a walk down the newest cases, not a rank of the whole table.
   * A rare term is found through the GIN index, whatever its age.
   */
  async search(
    ctx: RequestContext,
    text: string,
    channelId: string | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
    details?: CaseDetailsFilter | null,
  ): Promise<Page<CaseEntity>> {
    const size = pageSize(first);
    const terms = text.trim();
    if (terms.length === 0 || terms.length > MAX_QUERY_LENGTH) {
      throw DomainError.badInput(`query must be 1 to ${MAX_QUERY_LENGTH} characters`, { fields: ['query'] });
    }
    if (channelId) await this.channels.require(ctx, channelId);
    const source = await readSource(ctx, this.dataSource);
    const tsquery = "websearch_to_tsquery('english', :terms)";
    // 1. the window: the newest matches, each ranked once (one read of its search vector)
    const ranked = this.visible(ctx, source, 'k')
      .select('k.id', 'id')
      .addSelect(`ts_rank_cd(k.search_vector, ${tsquery})`, 'rank')
      .andWhere(`k.search_vector @@ ${tsquery}`)
      .orderBy('k.created_at', 'DESC')
      .addOrderBy('k.id', 'DESC')
      .limit(this.config.SEARCH_RANK_WINDOW);
    if (channelId) ranked.andWhere('k.channel_id = :channelId');
    const byDetails = CaseDetailsService.filterSql('k', details);
    if (byDetails) ranked.andWhere(byDetails.sql);
    // 2. the page of that window, best first (after the cursor); 3. only its rows are read in full
    const cursor = after ? 'WHERE (r.rank, r.id) < (CAST(:afterRank AS real), CAST(:afterId AS uuid))' : '';
    const page = `SELECT r.id, r.rank FROM (${ranked.getQuery()}) r ${cursor} ORDER BY r.rank DESC, r.id DESC LIMIT ${size + 1}`;
    const parameters: Record<string, unknown> = { terms };
    if (channelId) parameters['channelId'] = channelId;
    if (byDetails) Object.assign(parameters, byDetails.parameters);
    if (after) {
      const [afterRank, afterId] = decodeCursor(after, ['number', 'uuid']);
      parameters['afterRank'] = Number(afterRank);
      parameters['afterId'] = String(afterId);
    }
    const query = this.listed(ctx, source)
      .innerJoin(`(${page})`, 'w', 'w.id = c.id')
      .addSelect('w.rank', 'rank')
      .setParameters(parameters)
      .orderBy('w.rank', 'DESC')
      .addOrderBy('c.id', 'DESC');
    const { entities, raw } = await query.getRawAndEntities<{ rank: number | string }>();
    const ranks = new Map(entities.map((e, i) => [e.id, Number(raw[i].rank)]));
    return toPage(entities, size, (row) => [ranks.get(row.id) ?? 0, row.id]);
  }

  /** A list's columns: all but the body (up to 4 KB a row), which `CasePost.body` loads if asked. */
  private listed(ctx: RequestContext, source: DataSource): SelectQueryBuilder<CaseEntity> {
    const columns = this.dataSource
      .getMetadata(CaseEntity)
      .columns.filter((column) => column.isSelect && column.propertyName !== 'body')
      .map((column) => `c.${column.propertyName}`);
    return this.visible(ctx, source).select(columns);
  }

  /** `source`: the primary, or the read replica for a lag-tolerant request (`readSource`). */
  private visible(ctx: RequestContext, source: DataSource, alias = 'c'): SelectQueryBuilder<CaseEntity> {
    return source.getRepository(CaseEntity).createQueryBuilder(alias).where(listedContent.sql(ctx, alias));
  }
}
