import { listedContent } from '@curbside/access';
import { ChannelsService } from '@curbside/channels';
import { ClinicianEntity } from '@curbside/clinicians';
import { AppConfig } from '@curbside/config';
import { EntityColumns, positional, primeById, readSource } from '@curbside/database';
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
import { DataSource } from 'typeorm';
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
  private caseColumns?: CaseColumns;

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
    const where = [listedContent.sql(ctx, 'c')];
    const parameters: Record<string, unknown> = {};
    if (channelId) {
      await this.channels.require(ctx, channelId);
      where.push('c.channel_id = :channelId');
      parameters['channelId'] = channelId;
    } else {
      where.push(
        'c.channel_id IN (SELECT m.channel_id FROM channel_membership m WHERE m.clinician_id = :me)',
      );
      parameters['me'] = ctx.requireActor.clinicianId;
    }
    const byDetails = CaseDetailsService.filterSql('c', details);
    if (byDetails) {
      where.push(byDetails.sql);
      Object.assign(parameters, byDetails.parameters);
    }
    if (after) {
      const [at, id] = decodeCursor(after, ['number', 'uuid']);
      where.push('(c.created_at, c.id) < (:at, :id)');
      parameters['at'] = new Date(Number(at));
      parameters['id'] = String(id);
    }
    // One statement for the page and what its items show: the author and channel rows and the reply
    // count come with each case and are handed to the request's loaders, which would otherwise read
    // them in three more round trips. Each field still applies its own rule to them.
    const { listed } = this.columns();
    const sql = `${this.selectShown(ctx, listed)}
      WHERE ${where.join(' AND ')}
      ORDER BY "c"."created_at" DESC, "c"."id" DESC LIMIT ${size + 1}`;
    const raw = await source.query<Record<string, unknown>[]>(
      ...positional(this.dataSource, sql, parameters),
    );
    const rows = raw.map((r) => this.shown(ctx, listed, r));
    return toPage(rows, size, (row) => [row.createdAt.getTime(), row.id]);
  }

  /**
   * `case(id)`: the case and what its view shows (its author and channel rows, the reply count) in
   * one statement, handed to the request's loaders like the feed's; {@link CasesService.view} then
   * applies its rules and audits the read as before, finding the row already loaded.
   */
  async view(ctx: RequestContext, id: string): Promise<CaseEntity | null> {
    if (isUuid(id)) {
      const source = await readSource(ctx, this.dataSource);
      const { whole } = this.columns();
      const sql = `${this.selectShown(ctx, whole)} WHERE "c"."id" = $1`;
      const raw = await source.query<Record<string, unknown>[]>(sql, [id]);
      for (const r of raw) primeById(ctx, this.dataSource, CaseEntity, this.shown(ctx, whole, r));
    }
    return this.cases.view(ctx, id);
  }

  /** SELECT and FROM of cases (as "c") with the author and channel rows and the reply count {@link shown} reads. */
  private selectShown(ctx: RequestContext, columns: EntityColumns<CaseEntity>): string {
    const { author, channel } = this.columns();
    return `SELECT ${columns.select}, ${author.select}, ${channel.select},
        ${this.replies.countSql(ctx, 'c')} AS "reply_count"
      FROM ${columns.table} "c"
      LEFT JOIN ${author.table} "${author.alias}" ON "${author.alias}"."id" = "c"."author_id"
      LEFT JOIN ${channel.table} "${channel.alias}" ON "${channel.alias}"."id" = "c"."channel_id"`;
  }

  /**
   * A case of a list or view row; its author, channel and reply count, read along with it, go to
   * the request's loaders.
   */
  private shown(
    ctx: RequestContext,
    columns: EntityColumns<CaseEntity>,
    raw: Record<string, unknown>,
  ): CaseEntity {
    const { author, channel } = this.columns();
    const row = columns.hydrate(raw)!;
    const writer = author.hydrate(raw);
    if (writer) primeById(ctx, this.dataSource, ClinicianEntity, writer);
    const place = channel.hydrate(raw);
    if (place) this.channels.prime(ctx, place);
    this.replies.primeCount(ctx, row.id, Number(raw['reply_count']));
    return row;
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
    const parameters: Record<string, unknown> = { terms };
    // 1. the window: the newest matches, each ranked once (one read of its search vector)
    const inWindow = [listedContent.sql(ctx, 'k'), `k.search_vector @@ ${tsquery}`];
    if (channelId) {
      inWindow.push('k.channel_id = :channelId');
      parameters['channelId'] = channelId;
    }
    const byDetails = CaseDetailsService.filterSql('k', details);
    if (byDetails) {
      inWindow.push(byDetails.sql);
      Object.assign(parameters, byDetails.parameters);
    }
    const { listed } = this.columns();
    const ranked = `SELECT k.id AS id, ts_rank_cd(k.search_vector, ${tsquery}) AS rank
      FROM ${listed.table} k WHERE ${inWindow.join(' AND ')}
      ORDER BY k.created_at DESC, k.id DESC LIMIT ${this.config.SEARCH_RANK_WINDOW}`;
    // 2. the page of that window, best first (after the cursor); 3. only its rows are read in full
    let cursor = '';
    if (after) {
      const [afterRank, afterId] = decodeCursor(after, ['number', 'uuid']);
      cursor = 'WHERE (r.rank, r.id) < (CAST(:afterRank AS real), CAST(:afterId AS uuid))';
      parameters['afterRank'] = Number(afterRank);
      parameters['afterId'] = String(afterId);
    }
    const page = `SELECT r.id, r.rank FROM (${ranked}) r ${cursor} ORDER BY r.rank DESC, r.id DESC LIMIT ${size + 1}`;
    const sql = `SELECT ${listed.select}, w.rank AS "rank" FROM ${listed.table} "c"
      INNER JOIN (${page}) w ON w.id = "c"."id"
      WHERE ${listedContent.sql(ctx, 'c')} ORDER BY w.rank DESC, "c"."id" DESC`;
    const raw = await source.query<Record<string, unknown>[]>(
      ...positional(this.dataSource, sql, parameters),
    );
    const ranks = new Map<string, number>();
    const rows = raw.map((r) => {
      const row = listed.hydrate(r)!;
      ranks.set(row.id, Number(r['rank']));
      return row;
    });
    return toPage(rows, size, (row) => [ranks.get(row.id) ?? 0, row.id]);
  }

  /** The column lists of these reads, made once (the entity metadata is complete by the first request). */
  private columns(): CaseColumns {
    this.caseColumns ??= {
      // a list's columns: all but the body (up to 4 KB a row), which `CasePost.body` loads if asked
      listed: new EntityColumns(this.dataSource, CaseEntity, 'c', ['body']),
      whole: new EntityColumns(this.dataSource, CaseEntity, 'c'),
      author: new EntityColumns(this.dataSource, ClinicianEntity, 'shown_author'),
      channel: this.channels.columnsAs('shown_channel'),
    };
    return this.caseColumns;
  }
}

interface CaseColumns {
  listed: EntityColumns<CaseEntity>;
  whole: EntityColumns<CaseEntity>;
  author: EntityColumns<ClinicianEntity>;
  channel: ReturnType<ChannelsService['columnsAs']>;
}
