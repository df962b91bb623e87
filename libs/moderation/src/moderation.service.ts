import { Anonymizer, deidentifyShortField } from '@curbside/anonymizer';
import { AuditAction, AuditService } from '@curbside/audit';
import { CaseEntity, CasesService, RepliesService, ReplyEntity } from '@curbside/cases';
import {
  DomainError,
  type Page,
  type RequestContext,
  decodeCursor,
  isUuid,
  pageSize,
  toPage,
} from '@curbside/core';
import { inTransaction } from '@curbside/database';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import type { ReportInput } from './report.inputs.js';
import { ReportEntity, ReportReason, ReportStatus } from './report.entity.js';

type Target = { kind: 'case'; row: CaseEntity } | { kind: 'reply'; row: ReplyEntity };

/**
 * Reports of cases and replies, and their resolution. A PHI_SUSPECTED report hides its content from
 * everyone but administrators until no open PHI_SUSPECTED report holds it any more.
 */
@Injectable()
export class ModerationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly anonymizer: Anonymizer,
    private readonly audit: AuditService,
    private readonly cases: CasesService,
    private readonly replies: RepliesService,
  ) {}

  async report(ctx: RequestContext, input: ReportInput): Promise<ReportEntity> {
    const actor = ctx.requireActor;
    // The note reaches administrators: de-identified before anything is written or logged, under the
    // strict short-field policy (a bare surname or local phone number has no context to be found by).
    const note = input.note?.trim() ? deidentifyShortField(this.anonymizer, input.note.trim()) : null;
    return inTransaction(this.dataSource, async (manager) => {
      // Locking the content serialises reports and resolutions of the same case or reply.
      const target = await this.lockTarget(manager, ctx, input);
      const repo = manager.getRepository(ReportEntity);
      const duplicate = await repo.existsBy({
        reporterId: actor.clinicianId,
        status: ReportStatus.OPEN,
        caseId: input.caseId ?? IsNull(),
        replyId: input.replyId ?? IsNull(),
      });
      if (duplicate) throw DomainError.conflict('You have already reported this content');
      const report = await repo.save(
        repo.create({
          reporterId: actor.clinicianId,
          caseId: target.kind === 'case' ? target.row.id : null,
          replyId: target.kind === 'reply' ? target.row.id : null,
          reason: input.reason,
          note: note?.text ?? null,
          status: ReportStatus.OPEN,
          resolvedAt: null,
          resolvedBy: null,
        }),
      );
      const hides = input.reason === ReportReason.PHI_SUSPECTED && !target.row.hidden;
      if (hides) await this.setHidden(manager, target, true);
      await this.audit.record(manager, ctx, AuditAction.REPORT_CREATED, ref(report), {
        reason: report.reason,
        targetType: target.kind === 'case' ? 'Case' : 'Reply',
        targetId: target.row.id,
        hidden: hides,
        noteFindings: note?.findings.length ?? 0,
      });
      return report;
    });
  }

  /**
   * Removes the content (ACTIONED) or leaves it (DISMISSED); either way the content is shown again
   * unless another open PHI_SUSPECTED report still holds it.
   */
  async resolve(ctx: RequestContext, reportId: string, removeContent: boolean): Promise<ReportEntity> {
    const actor = ctx.requireActor;
    return inTransaction(this.dataSource, async (manager) => {
      const repo = manager.getRepository(ReportEntity);
      const report = isUuid(reportId)
        ? await repo.findOne({ where: { id: reportId }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!report) throw DomainError.notFound('The report');
      if (report.status !== ReportStatus.OPEN) throw DomainError.conflict('This report is already resolved');
      report.status = removeContent ? ReportStatus.ACTIONED : ReportStatus.DISMISSED;
      report.resolvedAt = new Date();
      report.resolvedBy = actor.clinicianId;
      await repo.save(report);
      const target = await this.lockReported(manager, report);
      let removed = false;
      if (target && removeContent && !target.row.deletedAt) {
        await this.remove(manager, ctx, target);
        removed = true;
      }
      if (target?.row.hidden && !(await this.heldByPhiReport(manager, target))) {
        await this.setHidden(manager, target, false);
      }
      await this.audit.record(manager, ctx, AuditAction.REPORT_RESOLVED, ref(report), {
        status: report.status,
        targetType: report.caseId ? 'Case' : 'Reply',
        targetId: report.caseId ?? report.replyId,
        removed,
      });
      return report;
    });
  }

  /** Oldest first (a queue: the longest-waiting report is handled first), keyset on (created_at, id). */
  async page(
    status: ReportStatus,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Page<ReportEntity>> {
    const size = pageSize(first);
    const query = this.dataSource
      .getRepository(ReportEntity)
      .createQueryBuilder('r')
      .where('r.status = :status', { status })
      .orderBy('r.created_at', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .limit(size + 1);
    if (after) {
      const [at, id] = decodeCursor(after, ['number', 'uuid']);
      query.andWhere('(r.created_at, r.id) > (:at, :id)', { at: new Date(at), id });
    }
    return toPage(await query.getMany(), size, (row) => [row.createdAt.getTime(), row.id]);
  }

  /** The reported reply as the caller may see it: null when it, or its case, is hidden from them. */
  async readableReply(ctx: RequestContext, id: string): Promise<ReplyEntity | null> {
    const reply = await this.replies.load(ctx, id);
    if (!reply || (reply.hidden && !ctx.isAdmin)) return null;
    return (await this.cases.readable(ctx, reply.caseId)) ? reply : null;
  }

  /** The content a clinician reports: it must exist, be readable by them, and not be removed. */
  private async lockTarget(manager: EntityManager, ctx: RequestContext, input: ReportInput): Promise<Target> {
    if (input.caseId) {
      const row = await this.lockCase(manager, input.caseId);
      if (!row || (row.hidden && !ctx.isAdmin)) throw DomainError.notFound('The case');
      if (row.deletedAt) throw DomainError.conflict('This case has already been removed');
      return { kind: 'case', row };
    }
    const row = input.replyId ? await this.lockReply(manager, input.replyId) : null;
    if (!row || (row.hidden && !ctx.isAdmin)) throw DomainError.notFound('The reply');
    const parent = await manager.getRepository(CaseEntity).findOneBy({ id: row.caseId });
    if (!parent || (parent.hidden && !ctx.isAdmin)) throw DomainError.notFound('The reply');
    if (row.deletedAt || parent.deletedAt) throw DomainError.conflict('This reply has already been removed');
    return { kind: 'reply', row };
  }

  private async lockReported(manager: EntityManager, report: ReportEntity): Promise<Target | null> {
    if (report.caseId) {
      const row = await this.lockCase(manager, report.caseId);
      return row ? { kind: 'case', row } : null;
    }
    const row = report.replyId ? await this.lockReply(manager, report.replyId) : null;
    return row ? { kind: 'reply', row } : null;
  }

  private lockCase(manager: EntityManager, id: string): Promise<CaseEntity | null> {
    return manager.getRepository(CaseEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  private lockReply(manager: EntityManager, id: string): Promise<ReplyEntity | null> {
    return manager.getRepository(ReplyEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  private async remove(manager: EntityManager, ctx: RequestContext, target: Target): Promise<void> {
    if (target.kind === 'case') {
      await this.cases.tombstone(manager, ctx, target.row);
      // Every case deletion shows in the audit log as such, whoever removed it.
      await this.audit.record(
        manager,
        ctx,
        AuditAction.CASE_DELETED,
        { type: 'Case', id: target.row.id },
        {
          byModeration: true,
        },
      );
      return;
    }
    await manager
      .getRepository(ReplyEntity)
      .update({ id: target.row.id }, { body: this.anonymizer.deidentify('').text, deletedAt: new Date() });
  }

  private async heldByPhiReport(manager: EntityManager, target: Target): Promise<boolean> {
    return manager.getRepository(ReportEntity).existsBy({
      status: ReportStatus.OPEN,
      reason: ReportReason.PHI_SUSPECTED,
      ...(target.kind === 'case' ? { caseId: target.row.id } : { replyId: target.row.id }),
    });
  }

  private async setHidden(manager: EntityManager, target: Target, hidden: boolean): Promise<void> {
    if (target.kind === 'case') {
      await manager.getRepository(CaseEntity).update({ id: target.row.id }, { hidden });
    } else {
      await manager.getRepository(ReplyEntity).update({ id: target.row.id }, { hidden });
    }
  }
}

function ref(report: ReportEntity): { type: string; id: string } {
  return { type: 'Report', id: report.id };
}
