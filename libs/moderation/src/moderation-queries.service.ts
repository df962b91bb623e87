import { authorHeldContent, isAdmin } from '@curbside/access';
import { AuditService } from '@curbside/audit';
import { CasesService, RepliesService } from '@curbside/cases';
import { type RequestContext, isUuid } from '@curbside/core';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ReportEntity, ReportReason, ReportStatus } from './report.entity.js';

/** Most rows one moderation list returns (they are per clinician or per piece of content). */
const LIST_LIMIT = 100;

export interface ContentHoldView {
  reportId: string;
  reason: ReportReason;
  stage: ReportEntity['stage'];
  returnNote: string | null;
  since: Date;
}

/** Reads of moderation state: the author's held content, why content is held, a clinician's history. */
@Injectable()
export class ModerationQueriesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: CasesService,
    private readonly replies: RepliesService,
    private readonly audit: AuditService,
  ) {}

  /**
   * The caller's own content that PHI reports hold, one report per piece (the oldest), newest
   * first: what they are asked to repair.
   */
  async myHeldContent(ctx: RequestContext): Promise<ReportEntity[]> {
    const me = ctx.requireActor.clinicianId;
    const open = await this.dataSource.getRepository(ReportEntity).find({
      where: { contentAuthorId: me, status: ReportStatus.OPEN, reason: ReportReason.PHI_SUSPECTED },
      order: { createdAt: 'ASC', id: 'ASC' },
      take: LIST_LIMIT * 4,
    });
    const seen = new Set<string>();
    const held: ReportEntity[] = [];
    for (const report of open) {
      const key = report.caseId ?? report.replyId ?? report.id;
      if (seen.has(key)) continue;
      seen.add(key);
      const row = report.caseId
        ? await this.cases.load(ctx, report.caseId)
        : report.replyId
          ? await this.replies.load(ctx, report.replyId)
          : null;
      if (row?.hidden && !row.deletedAt && row.authorId === me) held.push(report);
    }
    return held.reverse().slice(0, LIST_LIMIT);
  }

  /** Why this content is held, for its author and administrators; null when it is not held or not theirs. */
  async hold(
    ctx: RequestContext,
    kind: 'case' | 'reply',
    row: { id: string; hidden: boolean; authorId: string },
  ): Promise<ContentHoldView | null> {
    if (!row.hidden || !authorHeldContent.visible(ctx, row)) return null;
    const reports = await this.dataSource.getRepository(ReportEntity).find({
      where: {
        status: ReportStatus.OPEN,
        reason: ReportReason.PHI_SUSPECTED,
        ...(kind === 'case' ? { caseId: row.id } : { replyId: row.id }),
      },
      order: { createdAt: 'ASC', id: 'ASC' },
      take: LIST_LIMIT,
    });
    if (reports.length === 0) return null;
    // The stage and note are the latest word on the content; the time is when it was first hidden.
    const latest = [...reports].sort(
      (a, b) => (b.stageChangedAt?.getTime() ?? 0) - (a.stageChangedAt?.getTime() ?? 0),
    )[0];
    return {
      reportId: reports[0].id,
      reason: reports[0].reason,
      stage: latest.stage,
      returnNote: latest.returnNote,
      since: reports[0].createdAt,
    };
  }

  /** Reports a clinician filed, newest first. */
  reportsBy(clinicianId: string): Promise<ReportEntity[]> {
    if (!isUuid(clinicianId)) return Promise.resolve([]);
    return this.dataSource.getRepository(ReportEntity).find({
      where: { reporterId: clinicianId },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: LIST_LIMIT,
    });
  }

  /** Reports of a clinician's content, newest first. */
  reportsAgainst(clinicianId: string): Promise<ReportEntity[]> {
    if (!isUuid(clinicianId)) return Promise.resolve([]);
    return this.dataSource.getRepository(ReportEntity).find({
      where: { contentAuthorId: clinicianId },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: LIST_LIMIT,
    });
  }

  /** The audit records about a clinician and their licences (suspensions, reinstatements, reviews). */
  async history(ctx: RequestContext, clinicianId: string): ReturnType<AuditService['aboutTargets']> {
    if (!isAdmin(ctx) || !isUuid(clinicianId)) return [];
    const licenses = await this.dataSource.query<{ id: string }[]>(
      'SELECT id FROM license WHERE clinician_id = $1',
      [clinicianId],
    );
    return this.audit.aboutTargets(
      [{ type: 'Clinician', id: clinicianId }, ...licenses.map((l) => ({ type: 'License', id: l.id }))],
      LIST_LIMIT,
    );
  }
}
