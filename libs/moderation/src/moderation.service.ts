import { Anonymizer, deidentifyShortField } from '@curbside/anonymizer';
import { AuditAction, AuditService } from '@curbside/audit';
import { authorHeldContent, heldContent, isAdmin, replyVisible } from '@curbside/access';
import { CasesService, RepliesService } from '@curbside/cases';
import { AppConfig } from '@curbside/config';
import {
  DomainError,
  EventBus,
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
import { ContentHiddenEvent, ReportsResolvedEvent } from './moderation.events.js';
import type { ReportInput } from './report.inputs.js';
import { ReportEntity, ReportOutcome, ReportReason, ReportStatus } from './report.entity.js';
import { type ReplyContent, ReportTargets, type Target, caseIdOf } from './report-targets.js';

const DAY_MS = 86_400_000;

/**
 * Reports of cases and replies, and their resolution. A PHI_SUSPECTED report hides its content from
 * everyone but its author and administrators until no open PHI_SUSPECTED report holds it any more;
 * the abuse limits (settings) cap a reporter's open PHI reports per day, and a reporter whose PHI
 * reports keep being dismissed only queues them.
 */
@Injectable()
export class ModerationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly anonymizer: Anonymizer,
    private readonly audit: AuditService,
    private readonly cases: CasesService,
    private readonly replies: RepliesService,
    private readonly targets: ReportTargets,
    private readonly config: AppConfig,
    private readonly events: EventBus,
  ) {}

  async report(ctx: RequestContext, input: ReportInput): Promise<ReportEntity> {
    const actor = ctx.requireActor;
    // The note reaches administrators: de-identified before anything is written or logged, under the
    // strict short-field policy (a bare surname or local phone number has no context to be found by).
    const note = input.note?.trim() ? deidentifyShortField(this.anonymizer, input.note.trim()) : null;
    const { report, hides, target } = await inTransaction(this.dataSource, async (manager) => {
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
      const phi = input.reason === ReportReason.PHI_SUSPECTED;
      const mayHide = phi && (isAdmin(ctx) || (await this.withinLimits(manager, actor.clinicianId)));
      const hides = mayHide && !target.row.hidden;
      const report = await repo.save(
        repo.create({
          reporterId: actor.clinicianId,
          caseId: target.kind === 'case' ? target.row.id : null,
          replyId: target.kind === 'reply' ? target.row.id : null,
          contentAuthorId: target.row.authorId,
          reason: input.reason,
          note: note?.text ?? null,
          status: ReportStatus.OPEN,
          resolvedAt: null,
          resolvedBy: null,
          hidContent: hides,
        }),
      );
      if (hides) {
        await this.targets.setHidden(manager, target, true);
        await this.events.publishInTransaction(
          manager,
          new ContentHiddenEvent(report.id, caseIdOf(target), target.row.authorId),
        );
      }
      await this.audit.record(manager, ctx, AuditAction.REPORT_CREATED, ref(report), {
        reason: report.reason,
        targetType: target.kind === 'case' ? 'Case' : 'Reply',
        targetId: target.row.id,
        hidden: hides,
        queuedOnly: phi && !mayHide,
        noteFindings: note?.findings.length ?? 0,
      });
      return { report, hides, target };
    });
    if (hides) {
      await this.events.publish(new ContentHiddenEvent(report.id, caseIdOf(target), target.row.authorId));
    }
    return report;
  }

  /**
   * The reporter's abuse limits: RATE_LIMITED past the day's cap of open PHI reports; false (queue
   * only, do not hide) when too many of their PHI reports were dismissed within the window.
   */
  private async withinLimits(manager: EntityManager, reporterId: string): Promise<boolean> {
    const now = Date.now();
    const [open] = await manager.query<{ n: number; oldest: Date | null }[]>(
      `SELECT count(*)::int AS n, min(created_at) AS oldest FROM report
        WHERE reporter_id = $1 AND reason = 'PHI_SUSPECTED' AND status = 'OPEN' AND created_at > $2`,
      [reporterId, new Date(now - DAY_MS)],
    );
    if (open.n >= this.config.MODERATION_MAX_OPEN_PHI_REPORTS_PER_DAY) {
      const oldest = open.oldest ? new Date(open.oldest).getTime() : now;
      throw DomainError.rateLimited(Math.max(1, Math.ceil((oldest + DAY_MS - now) / 1000)));
    }
    const threshold = this.config.MODERATION_DISMISSALS_BEFORE_QUEUE_ONLY;
    if (threshold === 0) return true;
    const [dismissed] = await manager.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM report
        WHERE reporter_id = $1 AND reason = 'PHI_SUSPECTED' AND status = 'DISMISSED' AND resolved_at > $2`,
      [reporterId, new Date(now - this.config.MODERATION_DISMISSAL_WINDOW_DAYS * DAY_MS)],
    );
    return dismissed.n < threshold;
  }

  /**
   * Removes the content (ACTIONED, outcome DELETED) or leaves it (DISMISSED); either way the content
   * is shown again unless another open PHI_SUSPECTED report still holds it. The reporter and the
   * author are told.
   */
  async resolve(ctx: RequestContext, reportId: string, removeContent: boolean): Promise<ReportEntity> {
    const actor = ctx.requireActor;
    const { report, target } = await inTransaction(this.dataSource, async (manager) => {
      const repo = manager.getRepository(ReportEntity);
      const report = isUuid(reportId)
        ? await repo.findOne({ where: { id: reportId }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!report) throw DomainError.notFound('The report');
      if (report.status !== ReportStatus.OPEN) throw DomainError.conflict('This report is already resolved');
      report.status = removeContent ? ReportStatus.ACTIONED : ReportStatus.DISMISSED;
      report.outcome = removeContent ? ReportOutcome.DELETED : ReportOutcome.DISMISSED;
      report.resolvedAt = new Date();
      report.resolvedBy = actor.clinicianId;
      await repo.save(report);
      const target = await this.targets.lockReported(manager, report);
      let removed = false;
      if (target && removeContent && !target.row.deletedAt) {
        await this.remove(manager, ctx, target);
        removed = true;
      }
      if (target?.row.hidden && !(await this.targets.heldByPhiReport(manager, target))) {
        await this.targets.setHidden(manager, target, false);
      }
      await this.audit.record(manager, ctx, AuditAction.REPORT_RESOLVED, ref(report), {
        status: report.status,
        outcome: report.outcome,
        targetType: report.caseId ? 'Case' : 'Reply',
        targetId: report.caseId ?? report.replyId,
        removed,
      });
      if (target && report.outcome) {
        await this.events.publishInTransaction(
          manager,
          new ReportsResolvedEvent(
            caseIdOf(target),
            [report.reporterId],
            target.row.authorId,
            report.outcome,
          ),
        );
      }
      return { report, target };
    });
    if (target && report.outcome) {
      await this.events.publish(
        new ReportsResolvedEvent(caseIdOf(target), [report.reporterId], target.row.authorId, report.outcome),
      );
    }
    return report;
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

  /**
   * The reported reply as the caller may see it: null when it, or its case, is held from them (its
   * author still reads their own held reply on a case that is not held).
   */
  async readableReply(ctx: RequestContext, id: string): Promise<ReplyContent | null> {
    const reply = await this.replies.load(ctx, id);
    if (!reply) return null;
    const post = await this.cases.load(ctx, reply.caseId);
    if (replyVisible(ctx, reply, post)) return reply;
    return post && !post.hidden && authorHeldContent.visible(ctx, reply) ? reply : null;
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

  async remove(manager: EntityManager, ctx: RequestContext, target: Target): Promise<void> {
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
}

function ref(report: ReportEntity): { type: string; id: string } {
  return { type: 'Report', id: report.id };
}
