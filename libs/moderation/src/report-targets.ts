import { CasesService, RepliesService } from '@curbside/cases';
import { Injectable } from '@nestjs/common';
import { type EntityManager, In, IsNull } from 'typeorm';
import { ReportEntity, ReportReason, ReportStatus } from './report.entity.js';

/** Reported content as moderation needs it; the rows belong to the cases library. */
export type CaseContent = NonNullable<Awaited<ReturnType<CasesService['find']>>>;
export type ReplyContent = NonNullable<Awaited<ReturnType<RepliesService['find']>>>;
export type Target = { kind: 'case'; row: CaseContent } | { kind: 'reply'; row: ReplyContent };

/** The case a target belongs to (itself for a case). */
export function caseIdOf(target: Target): string {
  return target.kind === 'case' ? target.row.id : target.row.caseId;
}

export function targetRef(target: Target): { type: string; id: string } {
  return { type: target.kind === 'case' ? 'Case' : 'Reply', id: target.row.id };
}

/** Finding, locking and holding back the content of reports, through the cases library's commands. */
@Injectable()
export class ReportTargets {
  constructor(
    private readonly cases: CasesService,
    private readonly replies: RepliesService,
  ) {}

  async lockReported(manager: EntityManager, report: ReportEntity): Promise<Target | null> {
    if (report.caseId) {
      const row = await this.cases.find(manager, report.caseId, 'pessimistic_write');
      return row ? { kind: 'case', row } : null;
    }
    const row = report.replyId ? await this.replies.find(manager, report.replyId, 'pessimistic_write') : null;
    return row ? { kind: 'reply', row } : null;
  }

  async lockCase(manager: EntityManager, id: string): Promise<Target | null> {
    const row = await this.cases.find(manager, id, 'pessimistic_write');
    return row ? { kind: 'case', row } : null;
  }

  async lockReply(manager: EntityManager, id: string): Promise<Target | null> {
    const row = await this.replies.find(manager, id, 'pessimistic_write');
    return row ? { kind: 'reply', row } : null;
  }

  /** Open reports of this content (of every reason), oldest first, locked. */
  openReports(manager: EntityManager, target: Target, reasons?: ReportReason[]): Promise<ReportEntity[]> {
    return manager.getRepository(ReportEntity).find({
      where: {
        status: ReportStatus.OPEN,
        ...(reasons ? { reason: In(reasons) } : {}),
        ...(target.kind === 'case'
          ? { caseId: target.row.id, replyId: IsNull() }
          : { replyId: target.row.id, caseId: IsNull() }),
      },
      order: { createdAt: 'ASC', id: 'ASC' },
      lock: { mode: 'pessimistic_write' },
    });
  }

  heldByPhiReport(manager: EntityManager, target: Target): Promise<boolean> {
    return manager.getRepository(ReportEntity).existsBy({
      status: ReportStatus.OPEN,
      reason: ReportReason.PHI_SUSPECTED,
      ...(target.kind === 'case' ? { caseId: target.row.id } : { replyId: target.row.id }),
    });
  }

  /** Through the cases library's commands: the hidden flags are its columns. */
  async setHidden(manager: EntityManager, target: Target, hidden: boolean): Promise<void> {
    if (target.kind === 'case') await this.cases.setHidden(manager, target.row.id, hidden);
    else await this.replies.setHidden(manager, target.row.id, hidden);
  }
}
