import {
  Anonymizer,
  authorSpansProblem,
  deidentifyWithAuthorSpans,
  type PhiFinding,
  summarize,
  type TextSpan,
} from '@curbside/anonymizer';
import { AuditAction, AuditService } from '@curbside/audit';
import { DomainError, EventBus, RequestContext } from '@curbside/core';
import { inTransaction, loadAllBy } from '@curbside/database';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CaseStatus } from '../case.entity.js';
import { CasesService } from '../cases.service.js';
import { CaseOutcomeEntity } from './case-outcome.entity.js';
import { CaseOutcomeReportedEvent, CaseOutcomeRequestedEvent } from './case-outcome.events.js';
import type { CaseOutcomeFilter, ReportCaseOutcomeInput } from './case-outcome.inputs.js';

/**
 * Outcomes of resolved cases: reported by the case author (every free text de-identified first),
 * asked for by the follow-up jobs, shown on the case and filtered on in the feed and search.
 */
@Injectable()
export class CaseOutcomeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly anonymizer: Anonymizer,
    private readonly audit: AuditService,
    private readonly cases: CasesService,
    private readonly events: EventBus,
  ) {}

  /**
   * A SQL condition on a case alias: cases whose outcome matches `filter`. Parameters are named
   * `outcomeChanged`, `outcomeCourses`, `outcomeText`.
   *
   * It reads `outcome_vector` on the case row, the outcome's words, which a trigger on
   * `case_outcome` sets when an outcome is written and which is NULL while none was: the partial
   * indexes on it (migration CaseOutcomeSearch) then walk only the cases with an outcome, or only the
   * resolved ones still without, instead of probing `case_outcome` for every newer case.
   */
  static filterSql(
    alias: string,
    filter: CaseOutcomeFilter | null | undefined,
  ): { sql: string; parameters: Record<string, unknown> } | null {
    if (!filter) return null;
    const conditions: string[] = [];
    const parameters: Record<string, unknown> = {};
    if (filter.changedManagement != null) {
      conditions.push('o.changed_management = :outcomeChanged');
      parameters['outcomeChanged'] = filter.changedManagement;
    }
    if (filter.courses?.length) {
      conditions.push('o.course = ANY(CAST(:outcomeCourses AS outcome_course[]))');
      parameters['outcomeCourses'] = filter.courses;
    }
    let words: string | null = null;
    if (filter.text != null) {
      const text = filter.text.trim();
      if (!text) throw DomainError.badInput('text must not be blank', { fields: ['outcome.text'] });
      words = `${alias}.outcome_vector @@ websearch_to_tsquery('english', :outcomeText)`;
      parameters['outcomeText'] = text;
    }
    // The words alone imply an outcome (@@ on NULL is not true) and prove the partial indexes'
    // predicate; stated as well, `IS NOT NULL` counts the cases without an outcome twice in the
    // planner's estimate (20 times too few matches at 1M cases), and search then sorts every case
    // with the words instead of walking the newest first. With outcome values (the `case_outcome`
    // probe below) it is kept: the fuller estimate there turns the probe into a hash join over every
    // outcome (bench:consult-loop, bench/consults/README.md).
    const onCase =
      words && conditions.length === 0
        ? [words]
        : [`${alias}.outcome_vector IS NOT NULL`, ...(words ? [words] : [])];
    if (filter.reported === false) {
      if (conditions.length > 0 || words) {
        throw DomainError.badInput('A case without an outcome cannot match outcome values', {
          fields: ['outcome.reported'],
        });
      }
      return {
        sql: `(${alias}.status = '${CaseStatus.RESOLVED}' AND ${alias}.outcome_vector IS NULL)`,
        parameters,
      };
    }
    if (filter.reported !== true && conditions.length === 0 && !words) return null;
    if (conditions.length > 0) {
      onCase.push(
        `EXISTS (SELECT 1 FROM case_outcome o WHERE o.case_id = ${alias}.id AND ${conditions.join(' AND ')})`,
      );
    }
    return { sql: `(${onCase.join(' AND ')})`, parameters };
  }

  /** The author reports the outcome of their resolved case; reporting again replaces it. */
  async report(ctx: RequestContext, input: ReportCaseOutcomeInput): Promise<CaseOutcomeEntity> {
    const me = ctx.requireActor.clinicianId;
    const finalDiagnosis = input.finalDiagnosis.trim();
    const actionsTaken = input.actionsTaken.trim();
    if (!finalDiagnosis || !actionsTaken) {
      throw DomainError.badInput('finalDiagnosis and actionsTaken must not be blank', {
        fields: [!finalDiagnosis ? 'finalDiagnosis' : 'actionsTaken'],
      });
    }
    // De-identified before anything else touches it.
    const findings: PhiFinding[] = [];
    // The author's marked spans are offsets into the trimmed text, as the preview showed it.
    const clean = (field: string, text: string, spans: readonly TextSpan[] | null | undefined) => {
      const problem = authorSpansProblem(text, spans ?? []);
      if (problem) {
        throw DomainError.badInput(`${field}Redactions: ${problem}`, { fields: [`${field}Redactions`] });
      }
      const result = deidentifyWithAuthorSpans(this.anonymizer, text, spans ?? []);
      findings.push(...result.findings);
      return result.text;
    };
    const notes = input.notes?.trim();
    const outcome = {
      finalDiagnosis: clean('finalDiagnosis', finalDiagnosis, input.finalDiagnosisRedactions),
      actionsTaken: clean('actionsTaken', actionsTaken, input.actionsTakenRedactions),
      notes: notes ? clean('notes', notes, input.notesRedactions) : null,
      changedManagement: input.changedManagement,
      adviceConfirmed: input.adviceConfirmed ?? null,
      course: input.course,
    };
    const summary = summarize(findings);
    // one event object for both phases: the in-transaction record and the after-commit push
    const reported = new CaseOutcomeReportedEvent(input.caseId, me);
    const saved = await inTransaction(this.dataSource, async (manager) => {
      const post = await this.cases.lock(manager, ctx, input.caseId, 'pessimistic_write');
      if (post.deletedAt) throw DomainError.notFound('The case');
      if (post.authorId !== me) throw DomainError.forbidden('Only the case author can report its outcome');
      if (post.status !== CaseStatus.RESOLVED) {
        throw DomainError.conflict('Only a resolved case has an outcome to report');
      }
      const repo = manager.getRepository(CaseOutcomeEntity);
      const earlier = await repo.findOneBy({ caseId: post.id });
      await repo.upsert(
        {
          caseId: post.id,
          reportedBy: me,
          ...outcome,
          deidFindingCount: summary.findingCount,
          deidCategories: summary.categories,
          reportedAt: earlier?.reportedAt ?? new Date(),
          updatedAt: new Date(),
        },
        ['caseId'],
      );
      await this.audit.record(
        manager,
        ctx,
        AuditAction.CASE_OUTCOME_REPORTED,
        { type: 'Case', id: post.id },
        { findings: summary.findingCount, revision: earlier !== null },
      );
      await this.events.publishInTransaction(manager, reported);
      return repo.findOneByOrFail({ caseId: post.id });
    });
    await this.events.publish(reported);
    return saved;
  }

  /** The outcome of a case (batched over the cases of a page); null when none was reported. */
  async of(ctx: RequestContext, caseId: string): Promise<CaseOutcomeEntity | null> {
    const rows = await loadAllBy(ctx, this.dataSource, CaseOutcomeEntity, 'caseId', caseId, {
      caseId: 'ASC',
    });
    return rows[0] ?? null;
  }

  /**
   * The follow-up job's body: asks the author of a resolved case for its outcome, `days` after
   * resolution, once. The row of (case, days) is the job's claim: a second run of the same job (a
   * retry, a second instance) finds it and does nothing. No question is asked when the case is no
   * longer resolved, or when an outcome was reported since the previous follow-up (since resolution
   * for the first). Returns whether the author was asked by this run.
   */
  async followUp(caseId: string, days: number): Promise<boolean> {
    const ctx = RequestContext.system('outcome-follow-up');
    const asked = await inTransaction(this.dataSource, async (manager) => {
      const [row] = await manager.query<{ asked: boolean; author_id: string }[]>(
        `WITH target AS (
           SELECT c.id, c.author_id,
                  (c.status = $3 AND c.deleted_at IS NULL AND NOT EXISTS (
                     SELECT 1 FROM case_outcome o
                      WHERE o.case_id = c.id
                        AND o.updated_at > coalesce(
                              (SELECT max(r.run_at) FROM case_outcome_request r
                                WHERE r.case_id = c.id AND r.days < $2), '-infinity'::timestamptz))) AS asked
             FROM case_post c WHERE c.id = $1),
         claimed AS (
           INSERT INTO case_outcome_request (case_id, days, asked)
           SELECT id, $2, asked FROM target
           ON CONFLICT (case_id, days) DO NOTHING
           RETURNING asked)
         SELECT claimed.asked, target.author_id FROM claimed, target`,
        [caseId, days, CaseStatus.RESOLVED],
      );
      if (!row?.asked) return null;
      await this.audit.record(
        manager,
        ctx,
        AuditAction.CASE_OUTCOME_REQUESTED,
        { type: 'Case', id: caseId },
        { days },
        null,
      );
      const event = new CaseOutcomeRequestedEvent(caseId, row.author_id, days);
      await this.events.publishInTransaction(manager, event);
      return event;
    });
    if (asked) await this.events.publish(asked);
    return asked !== null;
  }
}
