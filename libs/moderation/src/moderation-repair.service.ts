import { authorHeldContent } from '@curbside/access';
import { Anonymizer, deidentifyShortField } from '@curbside/anonymizer';
import { AuditAction, AuditService } from '@curbside/audit';
import { CasesService, ContentRepairService } from '@curbside/cases';
import { DomainError, EventBus, type RequestContext, isUuid } from '@curbside/core';
import { inTransaction } from '@curbside/database';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  ContentRedactedEvent,
  ContentReturnedEvent,
  HeldContentEditedEvent,
  ReportsResolvedEvent,
} from './moderation.events.js';
import type {
  EditHeldCaseInput,
  EditHeldReplyInput,
  RedactCaseInput,
  RedactReplyInput,
} from './repair.inputs.js';
import { ReportEntity, ReportOutcome, ReportReason, ReportStage, ReportStatus } from './report.entity.js';
import {
  type CaseContent,
  type ReplyContent,
  ReportTargets,
  type Target,
  caseIdOf,
  targetRef,
} from './report-targets.js';

/** Stages after which a restored report counts as acted on (the content changed since the report). */
const CHANGED: readonly ReportStage[] = [ReportStage.EDITED_BY_AUTHOR, ReportStage.REDACTED];

/**
 * Moderation that repairs instead of deleting: the author rewrites held content (through the
 * anonymizer; the report goes back to the administrators with the change), an administrator
 * redacts a span, restores held content, or returns it to its author with a de-identified note.
 */
@Injectable()
export class ModerationRepairService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly anonymizer: Anonymizer,
    private readonly audit: AuditService,
    private readonly cases: CasesService,
    private readonly repair: ContentRepairService,
    private readonly targets: ReportTargets,
    private readonly events: EventBus,
  ) {}

  async editHeldCase(ctx: RequestContext, input: EditHeldCaseInput): Promise<CaseContent> {
    if (input.title == null && input.body == null && input.tags == null) {
      throw DomainError.badInput('Give a new title, body or tags', { fields: ['body'] });
    }
    // De-identified before anything is written, logged or indexed.
    const text = this.repair.deidentifyCase(input);
    const row = await inTransaction(this.dataSource, async (manager) => {
      const target = await this.targets.lockCase(manager, input.caseId);
      if (target?.kind !== 'case') throw DomainError.notFound('The case');
      this.requireHeldByCaller(ctx, target);
      const saved = await this.repair.reviseCase(manager, target.row, text);
      await this.authorEdited(manager, ctx, target, text.findings.length);
      await this.events.publishInTransaction(manager, new HeldContentEditedEvent(saved.id, saved.authorId));
      return saved;
    });
    await this.events.publish(new HeldContentEditedEvent(row.id, row.authorId));
    return row;
  }

  async editHeldReply(ctx: RequestContext, input: EditHeldReplyInput): Promise<ReplyContent> {
    const text = this.repair.deidentifyReply(input.body, input.extraRedactions ?? []);
    const row = await inTransaction(this.dataSource, async (manager) => {
      const target = await this.targets.lockReply(manager, input.replyId);
      if (target?.kind !== 'reply') throw DomainError.notFound('The reply');
      const post = await this.cases.find(manager, target.row.caseId);
      // The reply's case must be one the author may still read.
      if (!post || post.deletedAt || !authorHeldContent.visible(ctx, post))
        throw DomainError.notFound('The reply');
      this.requireHeldByCaller(ctx, target);
      const saved = await this.repair.reviseReply(manager, target.row, text);
      await this.authorEdited(manager, ctx, target, text.findings.length);
      await this.events.publishInTransaction(
        manager,
        new HeldContentEditedEvent(saved.caseId, saved.authorId),
      );
      return saved;
    });
    await this.events.publish(new HeldContentEditedEvent(row.caseId, row.authorId));
    return row;
  }

  async redactCase(ctx: RequestContext, input: RedactCaseInput): Promise<CaseContent> {
    const { row, event } = await inTransaction(this.dataSource, async (manager) => {
      const target = await this.targets.lockCase(manager, input.caseId);
      if (target?.kind !== 'case' || target.row.deletedAt) throw DomainError.notFound('The case');
      const { row, applied } = await this.repair.redactCase(manager, target.row, input.field, input);
      const event = await this.redacted(manager, ctx, target, input.field, applied);
      return { row, event };
    });
    await this.events.publish(event);
    return row;
  }

  async redactReply(ctx: RequestContext, input: RedactReplyInput): Promise<ReplyContent> {
    const { row, event } = await inTransaction(this.dataSource, async (manager) => {
      const target = await this.targets.lockReply(manager, input.replyId);
      if (target?.kind !== 'reply' || target.row.deletedAt) throw DomainError.notFound('The reply');
      const { row, applied } = await this.repair.redactReply(manager, target.row, input);
      const event = await this.redacted(manager, ctx, target, 'BODY', applied);
      return { row, event };
    });
    await this.events.publish(event);
    return row;
  }

  /**
   * Shows held content again and closes every open PHI report that held it (and this report): as
   * acted on when the content changed since (edit or redaction), as dismissed otherwise.
   */
  async restore(ctx: RequestContext, reportId: string): Promise<ReportEntity> {
    const actor = ctx.requireActor;
    const { report, target, reporters } = await inTransaction(this.dataSource, async (manager) => {
      const report = await this.lockOpenReport(manager, reportId);
      const target = await this.targets.lockReported(manager, report);
      if (!target || target.row.deletedAt) throw DomainError.conflict('This content has been removed');
      const holding = await this.targets.openReports(manager, target, [ReportReason.PHI_SUSPECTED]);
      const closing = holding.some((r) => r.id === report.id) ? holding : [report, ...holding];
      const now = new Date();
      for (const r of closing) {
        const changed = CHANGED.includes(r.stage);
        Object.assign(r, {
          status: changed ? ReportStatus.ACTIONED : ReportStatus.DISMISSED,
          outcome: changed ? ReportOutcome.RESTORED : ReportOutcome.DISMISSED,
          resolvedAt: now,
          resolvedBy: actor.clinicianId,
        });
        await manager.getRepository(ReportEntity).save(r);
        await this.audit.record(
          manager,
          ctx,
          AuditAction.REPORT_RESOLVED,
          { type: 'Report', id: r.id },
          {
            status: r.status,
            outcome: r.outcome,
            targetType: targetRef(target).type,
            targetId: target.row.id,
            removed: false,
          },
        );
      }
      if (target.row.hidden) await this.targets.setHidden(manager, target, false);
      const self = closing.find((r) => r.id === report.id) ?? report;
      const reporters = [...new Set(closing.map((r) => r.reporterId))];
      await this.events.publishInTransaction(manager, resolvedEvent(target, reporters, self));
      return { report: self, target, reporters };
    });
    await this.events.publish(resolvedEvent(target, reporters, report));
    return report;
  }

  /** Sends held content back to its author with a de-identified note; it stays hidden meanwhile. */
  async returnToAuthor(ctx: RequestContext, reportId: string, note: string): Promise<ReportEntity> {
    const trimmed = note.trim();
    if (!trimmed) throw DomainError.badInput('The note for the author cannot be empty', { fields: ['note'] });
    // The author reads it: de-identified under the strict short-field policy before it is stored.
    const safe = deidentifyShortField(this.anonymizer, trimmed);
    const { report, target } = await inTransaction(this.dataSource, async (manager) => {
      const report = await this.lockOpenReport(manager, reportId);
      const target = await this.targets.lockReported(manager, report);
      if (!target || target.row.deletedAt) throw DomainError.conflict('This content has been removed');
      if (!target.row.hidden) throw DomainError.conflict('Only held content goes back to its author');
      const open = await this.targets.openReports(manager, target);
      const now = new Date();
      for (const r of open.some((o) => o.id === report.id) ? open : [report, ...open]) {
        Object.assign(r, {
          stage: ReportStage.RETURNED_TO_AUTHOR,
          stageChangedAt: now,
          returnNote: safe.text,
        });
        await manager.getRepository(ReportEntity).save(r);
      }
      Object.assign(report, {
        stage: ReportStage.RETURNED_TO_AUTHOR,
        stageChangedAt: now,
        returnNote: safe.text,
      });
      await this.audit.record(
        manager,
        ctx,
        AuditAction.REPORT_RETURNED,
        { type: 'Report', id: report.id },
        {
          targetType: targetRef(target).type,
          targetId: target.row.id,
          noteFindings: safe.findings.length,
        },
      );
      await this.events.publishInTransaction(
        manager,
        new ContentReturnedEvent(report.id, caseIdOf(target), target.row.authorId),
      );
      return { report, target };
    });
    await this.events.publish(new ContentReturnedEvent(report.id, caseIdOf(target), target.row.authorId));
    return report;
  }

  /** Held content, of the caller's own writing; NOT_FOUND for whoever may not see it at all. */
  private requireHeldByCaller(ctx: RequestContext, target: Target): void {
    const actor = ctx.requireActor;
    if (target.row.deletedAt || !authorHeldContent.visible(ctx, target.row)) {
      throw DomainError.notFound(target.kind === 'case' ? 'The case' : 'The reply');
    }
    if (target.row.authorId !== actor.clinicianId) {
      throw DomainError.forbidden('Only the author can rewrite held content');
    }
    if (!target.row.hidden) throw DomainError.conflict('This content is not held: edit it as usual');
  }

  private async authorEdited(
    manager: EntityManager,
    ctx: RequestContext,
    target: Target,
    newFindings: number,
  ): Promise<void> {
    const open = await this.targets.openReports(manager, target);
    const now = new Date();
    for (const r of open) {
      Object.assign(r, { stage: ReportStage.EDITED_BY_AUTHOR, stageChangedAt: now });
      await manager.getRepository(ReportEntity).save(r);
    }
    await this.audit.record(manager, ctx, AuditAction.HELD_CONTENT_EDITED, targetRef(target), {
      newFindings,
      openReports: open.length,
    });
  }

  /**
   * Audited with the field, category and offsets only, never the text; the author and the open
   * reports' reporters are told (through the outbox, in this transaction).
   */
  private async redacted(
    manager: EntityManager,
    ctx: RequestContext,
    target: Target,
    field: string,
    applied: { category: string; start: number; end: number },
  ): Promise<ContentRedactedEvent> {
    const open = await this.targets.openReports(manager, target);
    const now = new Date();
    for (const r of open) {
      Object.assign(r, { stage: ReportStage.REDACTED, stageChangedAt: now });
      await manager.getRepository(ReportEntity).save(r);
    }
    await this.audit.record(manager, ctx, AuditAction.CONTENT_REDACTED, targetRef(target), {
      field,
      category: applied.category,
      start: applied.start,
      end: applied.end,
      openReports: open.length,
    });
    const event = new ContentRedactedEvent(
      caseIdOf(target),
      target.row.authorId,
      [...new Set(open.map((r) => r.reporterId))],
      ctx.requireActor.clinicianId,
    );
    await this.events.publishInTransaction(manager, event);
    return event;
  }

  private async lockOpenReport(manager: EntityManager, reportId: string): Promise<ReportEntity> {
    const report = isUuid(reportId)
      ? await manager
          .getRepository(ReportEntity)
          .findOne({ where: { id: reportId }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!report) throw DomainError.notFound('The report');
    if (report.status !== ReportStatus.OPEN) throw DomainError.conflict('This report is already resolved');
    return report;
  }
}

/** The reporters (and the author) hear how the reports that held the content closed. */
function resolvedEvent(target: Target, reporters: string[], report: ReportEntity): ReportsResolvedEvent {
  return new ReportsResolvedEvent(
    caseIdOf(target),
    reporters,
    target.row.authorId,
    report.outcome ?? ReportOutcome.DISMISSED,
  );
}
