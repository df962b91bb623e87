import { Anonymizer, deidentifyShortField } from '@curbside/anonymizer';
import { AuditAction, AuditService } from '@curbside/audit';
import { heldContent, replyVisible } from '@curbside/access';
import { CasesService, RepliesService } from '@curbside/cases';
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

/** Reported content as moderation needs it; the rows belong to the cases library. */
type Content = NonNullable<Awaited<ReturnType<CasesService['find']>>>;
type ReplyContent = NonNullable<Awaited<ReturnType<RepliesService['find']>>>;
type Target = { kind: 'case'; row: Content } | { kind: 'reply'; row: ReplyContent };

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

  /** The reported reply as the caller may see it: null when it, or its case, is held from them. */
  readableReply(ctx: RequestContext, id: string): Promise<ReplyContent | null> {
    return this.replies.readableInThread(ctx, id);
  }

  /** The content a clinician reports: it must exist, be readable by them, and not be removed. */
  private async lockTarget(manager: EntityManager, ctx: RequestContext, input: ReportInput): Promise<Target> {
    if (input.caseId) {
      const row = await this.cases.find(manager, input.caseId, 'pessimistic_write');
      if (!row || !heldContent.visible(ctx, row)) throw DomainError.notFound('The case');
      if (row.deletedAt) throw DomainError.conflict('This case has already been removed');
      return { kind: 'case', row };
    }
    const row = input.replyId ? await this.replies.find(manager, input.replyId, 'pessimistic_write') : null;
    const parent = row ? await this.cases.find(manager, row.caseId) : null;
    if (!row || !parent || !replyVisible(ctx, row, parent)) throw DomainError.notFound('The reply');
    if (row.deletedAt || parent.deletedAt) throw DomainError.conflict('This reply has already been removed');
    return { kind: 'reply', row };
  }

  private async lockReported(manager: EntityManager, report: ReportEntity): Promise<Target | null> {
    if (report.caseId) {
      const row = await this.cases.find(manager, report.caseId, 'pessimistic_write');
      return row ? { kind: 'case', row } : null;
    }
    const row = report.replyId ? await this.replies.find(manager, report.replyId, 'pessimistic_write') : null;
    return row ? { kind: 'reply', row } : null;
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
    await this.replies.remove(manager, target.row.id);
  }

  private async heldByPhiReport(manager: EntityManager, target: Target): Promise<boolean> {
    return manager.getRepository(ReportEntity).existsBy({
      status: ReportStatus.OPEN,
      reason: ReportReason.PHI_SUSPECTED,
      ...(target.kind === 'case' ? { caseId: target.row.id } : { replyId: target.row.id }),
    });
  }

  /** Through the cases library's commands: the hidden flags are its columns. */
  private async setHidden(manager: EntityManager, target: Target, hidden: boolean): Promise<void> {
    if (target.kind === 'case') await this.cases.setHidden(manager, target.row.id, hidden);
    else await this.replies.setHidden(manager, target.row.id, hidden);
  }
}

function ref(report: ReportEntity): { type: string; id: string } {
  return { type: 'Report', id: report.id };
}
