import { Anonymizer, type PhiFinding, type TextSpan, summarize } from '@curbside/anonymizer';
import { AuditAction, AuditService } from '@curbside/audit';
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
import { inTransaction, loadById } from '@curbside/database';
import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, type EntityManager } from 'typeorm';
import { CaseEntity, CaseStatus } from './case.entity.js';
import type { ReplyInput } from './case.inputs.js';
import { withAuthorSpans } from './case-text.js';
import { ReplyAddedEvent } from './cases.events.js';
import { CasesService } from './cases.service.js';
import { ReplyEntity } from './reply.entity.js';

const REPLY_COUNT_LOADER = Symbol('replyCountLoader');

export interface NewReply {
  body: string;
  parentReplyId?: string | null;
  isConsultAnswer?: boolean;
  /** Spans of `body` its author marked for removal as well. */
  extraRedactions?: readonly TextSpan[] | null;
}

/** Threads of replies on a case. */
@Injectable()
export class RepliesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly anonymizer: Anonymizer,
    private readonly audit: AuditService,
    private readonly cases: CasesService,
    private readonly events: EventBus,
  ) {}

  async reply(ctx: RequestContext, input: ReplyInput): Promise<ReplyEntity> {
    const reply = await inTransaction(this.dataSource, (manager) =>
      this.insert(manager, ctx, input.caseId, {
        body: input.body,
        parentReplyId: input.parentReplyId,
        extraRedactions: input.extraRedactions,
      }),
    );
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
      const visible = parent && !parent.deletedAt && (!parent.hidden || ctx.isAdmin);
      if (!visible || parent.caseId !== caseId) throw DomainError.notFound('The parent reply');
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
      const reply = isUuid(replyId)
        ? await manager.getRepository(ReplyEntity).findOneBy({ id: replyId })
        : null;
      if (!reply || reply.deletedAt || (reply.hidden && !ctx.isAdmin))
        throw DomainError.notFound('The reply');
      const row = await manager
        .getRepository(CaseEntity)
        .findOne({ where: { id: reply.caseId }, lock: { mode: 'pessimistic_write' } });
      if (!row || row.deletedAt || (row.hidden && !ctx.isAdmin)) throw DomainError.notFound('The reply');
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
    const query = this.dataSource
      .getRepository(ReplyEntity)
      .createQueryBuilder('r')
      .where('r.case_id = :caseId', { caseId })
      .orderBy('r.created_at', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .limit(size + 1);
    if (!ctx.isAdmin) query.andWhere('r.hidden = false');
    if (after) {
      const [at, id] = decodeCursor(after, ['number', 'uuid']);
      query.andWhere('(r.created_at, r.id) > (:at, :id)', { at: new Date(Number(at)), id: String(id) });
    }
    return toPage(await query.getMany(), size, (row) => [row.createdAt.getTime(), row.id]);
  }

  load(ctx: RequestContext, id: string): Promise<ReplyEntity | null> {
    return loadById(ctx, this.dataSource, ReplyEntity, id);
  }

  /** A reply this caller may see: hidden ones (pending a PHI report) only for administrators. */
  async readable(ctx: RequestContext, id: string): Promise<ReplyEntity | null> {
    const reply = await this.load(ctx, id);
    return reply && (!reply.hidden || ctx.isAdmin) ? reply : null;
  }

  /** Counts what `page` lists for this caller: hidden replies only for administrators. */
  count(ctx: RequestContext, caseId: string): Promise<number> {
    const loader = ctx.memo(
      REPLY_COUNT_LOADER,
      () =>
        new DataLoader<string, number>(async (ids) => {
          const rows = await this.dataSource.query<{ case_id: string; n: number }[]>(
            `SELECT case_id, count(*)::int AS n FROM reply
              WHERE case_id = ANY($1::uuid[]) AND (hidden = false OR $2) GROUP BY case_id`,
            [[...ids], ctx.isAdmin],
          );
          const counts = new Map(rows.map((r) => [r.case_id, r.n]));
          return ids.map((i) => counts.get(i) ?? 0);
        }),
    );
    return loader.load(caseId);
  }
}
