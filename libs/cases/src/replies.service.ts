import { heldContent, listedContent, liveContent, replyVisible } from '@curbside/access';
import { Anonymizer, type PhiFinding, type TextSpan, summarize } from '@curbside/anonymizer';
import { AuditAction, AuditService } from '@curbside/audit';
import { ClinicianEntity } from '@curbside/clinicians';
import {
  DomainError,
  EventBus,
  type Page,
  type RequestContext,
  decodeCursor,
  pageSize,
  toPage,
  isUuid,
} from '@curbside/core';
import {
  EntityColumns,
  inTransaction,
  loadById,
  positional,
  primeById,
  readSource,
  trackLoader,
} from '@curbside/database';
import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, type EntityManager } from 'typeorm';
import { CaseEntity, CaseStatus } from './case.entity.js';
import type { ReplyInput } from './case.inputs.js';
import { withAuthorSpans } from './case-text.js';
import { ReplyAddedEvent } from './cases.events.js';
import { CasesService } from './cases.service.js';
import { ReplyEntity } from './reply.entity.js';
import { AttachmentsService } from './attachments/attachments.service.js';

const REPLY_COUNT_LOADER = Symbol('replyCountLoader');

export interface NewReply {
  body: string;
  parentReplyId?: string | null;
  isConsultAnswer?: boolean;
  /** Spans of `body` its author marked for removal as well. */
  extraRedactions?: readonly TextSpan[] | null;
  /** The author's own READY attachments to post with the reply. */
  attachmentIds?: readonly string[] | null;
}

/** Threads of replies on a case. */
@Injectable()
export class RepliesService {
  /** The thread page's column lists, made at its first read. */
  private pageColumns?: { reply: EntityColumns<ReplyEntity>; author: EntityColumns<ClinicianEntity> };

  constructor(
    private readonly dataSource: DataSource,
    private readonly anonymizer: Anonymizer,
    private readonly audit: AuditService,
    private readonly cases: CasesService,
    private readonly events: EventBus,
    private readonly attachments: AttachmentsService,
  ) {}

  /**
   * A SQL query of who takes part in the thread of the case bound to `caseParam` (a positional
   * parameter such as `$1::uuid`): its author and everyone with a live reply. For other features'
   * statements (notifications); the tables stay this library's.
   */
  static threadParticipantsSql(caseParam: string): string {
    return `SELECT author_id AS who FROM case_post WHERE id = ${caseParam}
      UNION SELECT author_id FROM reply WHERE case_id = ${caseParam} AND deleted_at IS NULL`;
  }

  async reply(ctx: RequestContext, input: ReplyInput): Promise<ReplyEntity> {
    const reply = await inTransaction(this.dataSource, async (manager) => {
      const row = await this.insert(manager, ctx, input.caseId, {
        body: input.body,
        parentReplyId: input.parentReplyId,
        extraRedactions: input.extraRedactions,
        attachmentIds: input.attachmentIds,
      });
      await this.events.publishInTransaction(manager, new ReplyAddedEvent(row.caseId, row.id, row.authorId));
      return row;
    });
    await this.events.publish(new ReplyAddedEvent(reply.caseId, reply.id, reply.authorId));
    return reply;
  }

  /**
   * Adds a reply inside the caller's transaction (consult answers use this too). The body is
   * de-identified first; the caller publishes {@link ReplyAddedEvent} after its commit.
   */
  async insert(
    manager: EntityManager,
    ctx: RequestContext,
    caseId: string,
    input: NewReply,
  ): Promise<ReplyEntity> {
    const actor = ctx.requireActor;
    const found: PhiFinding[] = [];
    const deidentified = {
      text: withAuthorSpans(this.anonymizer, input.body, input.extraRedactions ?? [], found),
      findings: found,
    };
    const row = await this.cases.lock(manager, ctx, caseId, 'pessimistic_read');
    if (row.deletedAt) throw DomainError.notFound('The case');
    if (row.status === CaseStatus.CLOSED) throw DomainError.conflict('This case is closed');
    if (input.parentReplyId) {
      const parent = await manager.getRepository(ReplyEntity).findOneBy({ id: input.parentReplyId });
      if (
        !parent ||
        parent.caseId !== caseId ||
        !liveContent.visible(parent) ||
        !replyVisible(ctx, parent, row)
      ) {
        throw DomainError.notFound('The parent reply');
      }
    }
    const summary = summarize(deidentified.findings);
    const repo = manager.getRepository(ReplyEntity);
    const reply = await repo.save(
      repo.create({
        caseId,
        parentId: input.parentReplyId ?? null,
        authorId: actor.clinicianId,
        body: deidentified.text,
        isConsultAnswer: input.isConsultAnswer ?? false,
        deidFindingCount: summary.findingCount,
        deidCategories: summary.categories,
        hidden: false,
        deletedAt: null,
      }),
    );
    await this.attachments.attach(manager, ctx, input.attachmentIds, { caseId, replyId: reply.id });
    await this.audit.record(
      manager,
      ctx,
      AuditAction.REPLY_CREATED,
      { type: 'Reply', id: reply.id },
      {
        caseId,
        findings: summary.findingCount,
        consultAnswer: reply.isConsultAnswer,
      },
    );
    return reply;
  }

  async accept(ctx: RequestContext, replyId: string): Promise<ReplyEntity> {
    const actor = ctx.requireActor;
    return inTransaction(this.dataSource, async (manager) => {
      const reply = await this.find(manager, replyId);
      const row = reply ? await this.cases.find(manager, reply.caseId, 'pessimistic_write') : null;
      if (!reply || !row || !listedContent.visible(ctx, reply) || !listedContent.visible(ctx, row)) {
        throw DomainError.notFound('The reply');
      }
      if (row.authorId !== actor.clinicianId)
        throw DomainError.forbidden('Only the case author can accept a reply');
      if (row.status === CaseStatus.CLOSED) throw DomainError.conflict('This case is closed');
      await manager
        .getRepository(CaseEntity)
        .update({ id: row.id }, { acceptedReplyId: reply.id, updatedAt: new Date() });
      await this.audit.record(
        manager,
        ctx,
        AuditAction.REPLY_ACCEPTED,
        { type: 'Reply', id: reply.id },
        { caseId: row.id },
      );
      return reply;
    });
  }

  /** Oldest first, keyset-paginated on (created_at, id). */
  async page(
    ctx: RequestContext,
    caseId: string,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Page<ReplyEntity>> {
    const size = pageSize(first);
    // Removed replies stay in the thread as tombstones, so only the held ones are left out.
    const where = ['r.case_id = :caseId', heldContent.sql(ctx, 'r')];
    const parameters: Record<string, unknown> = { caseId };
    if (after) {
      const [at, id] = decodeCursor(after, ['number', 'uuid']);
      where.push('(r.created_at, r.id) > (:at, :id)');
      parameters['at'] = new Date(Number(at));
      parameters['id'] = String(id);
    }
    // The authors' rows come along and go to the request's loader (one round trip fewer); the
    // author field still applies its own rule (an anonymous case's author stays hidden).
    this.pageColumns ??= {
      reply: new EntityColumns(this.dataSource, ReplyEntity, 'r'),
      author: new EntityColumns(this.dataSource, ClinicianEntity, 'page_author'),
    };
    const { reply, author } = this.pageColumns;
    const sql = `SELECT ${reply.select}, ${author.select} FROM ${reply.table} "r"
      LEFT JOIN ${author.table} "page_author" ON "page_author"."id" = "r"."author_id"
      WHERE ${where.join(' AND ')} ORDER BY "r"."created_at" ASC, "r"."id" ASC LIMIT ${size + 1}`;
    const source = await readSource(ctx, this.dataSource);
    const raw = await source.query<Record<string, unknown>[]>(
      ...positional(this.dataSource, sql, parameters),
    );
    const rows = raw.map((r) => {
      const writer = author.hydrate(r);
      if (writer) primeById(ctx, this.dataSource, ClinicianEntity, writer);
      return reply.hydrate(r)!;
    });
    return toPage(rows, size, (row) => [row.createdAt.getTime(), row.id]);
  }

  load(ctx: RequestContext, id: string): Promise<ReplyEntity | null> {
    return loadById(ctx, this.dataSource, ReplyEntity, id);
  }

  /** A reply this caller may see: held ones (pending a PHI report) only for administrators. */
  async readable(ctx: RequestContext, id: string): Promise<ReplyEntity | null> {
    const reply = await this.load(ctx, id);
    return reply && heldContent.visible(ctx, reply) ? reply : null;
  }

  /** A reply this caller may read with its thread: neither it nor its case held from them. */
  async readableInThread(ctx: RequestContext, id: string): Promise<ReplyEntity | null> {
    const reply = await this.load(ctx, id);
    if (!reply) return null;
    return replyVisible(ctx, reply, await this.cases.load(ctx, reply.caseId)) ? reply : null;
  }

  /**
   * For features that act on a reply inside their own transaction (moderation): the row as it is,
   * locked when asked; null when there is none. The caller applies the access rules.
   */
  find(manager: EntityManager, id: string, mode?: 'pessimistic_write'): Promise<ReplyEntity | null> {
    if (!isUuid(id)) return Promise.resolve(null);
    return manager.getRepository(ReplyEntity).findOne({ where: { id }, ...(mode ? { lock: { mode } } : {}) });
  }

  /**
   * A reply event's rows, read fresh (no request cache): the case and the reply, null where either is
   * unknown. The subscription filter judges them per subscriber with `@curbside/access`.
   */
  async withCase(caseId: string, replyId: string): Promise<[CaseEntity | null, ReplyEntity | null]> {
    if (!isUuid(caseId) || !isUuid(replyId)) return [null, null];
    return Promise.all([
      this.dataSource.getRepository(CaseEntity).findOneBy({ id: caseId }),
      this.dataSource.getRepository(ReplyEntity).findOneBy({ id: replyId }),
    ]);
  }

  /** Seeds a request's loaders with rows just read, so its field resolvers do not read them again. */
  prime(ctx: RequestContext, post: CaseEntity, reply: ReplyEntity): void {
    primeById(ctx, this.dataSource, CaseEntity, post);
    primeById(ctx, this.dataSource, ReplyEntity, reply);
  }

  /** Moderation holds a reply back (a PHI report) or shows it again. */
  async setHidden(manager: EntityManager, id: string, hidden: boolean): Promise<void> {
    await manager.getRepository(ReplyEntity).update({ id }, { hidden });
  }

  /** A removed reply: a tombstone with an empty body (through the anonymizer, like any stored text). */
  async remove(manager: EntityManager, id: string): Promise<void> {
    await manager
      .getRepository(ReplyEntity)
      .update({ id }, { body: this.anonymizer.deidentify('').text, deletedAt: new Date() });
  }

  /** Counts what `page` lists for this caller: hidden replies only for administrators. */
  count(ctx: RequestContext, caseId: string): Promise<number> {
    return this.countLoader(ctx).load(caseId);
  }

  /**
   * What {@link count} gives for the case row aliased `caseAlias`, as a correlated subquery, so that
   * a list can read its cases' counts in its own statement and {@link primeCount} them.
   */
  countSql(ctx: RequestContext, caseAlias: string): string {
    return `(SELECT count(*)::int FROM reply WHERE reply.case_id = ${caseAlias}.id AND ${heldContent.sql(ctx, 'reply')})`;
  }

  /** Tells this request's {@link count} a case's count read by {@link countSql}. */
  primeCount(ctx: RequestContext, caseId: string, n: number): void {
    this.countLoader(ctx).prime(caseId, n);
  }

  private countLoader(ctx: RequestContext): DataLoader<string, number> {
    // tracked: a request pinned to the primary forgets counts read (or primed) from the replica
    return ctx.memo(REPLY_COUNT_LOADER, () =>
      trackLoader(
        ctx,
        new DataLoader<string, number>(async (ids) => {
          const source = await readSource(ctx, this.dataSource);
          const rows = await source.query<{ case_id: string; n: number }[]>(
            `SELECT case_id, count(*)::int AS n FROM reply
              WHERE case_id = ANY($1::uuid[]) AND ${heldContent.sql(ctx, 'reply')} GROUP BY case_id`,
            [[...ids]],
          );
          const counts = new Map(rows.map((r) => [r.case_id, r.n]));
          return ids.map((i) => counts.get(i) ?? 0);
        }),
      ),
    );
  }
}
