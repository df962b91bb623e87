import {
  Anonymizer,
  type CategorizedSpan,
  type DeidentifiedText,
  type PhiFinding,
  type TextSpan,
  moderatorSpanProblem,
  redactDeidentifiedSpan,
  summarize,
} from '@curbside/anonymizer';
import { DomainError } from '@curbside/core';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CaseEntity, CaseRevisionEntity } from './case.entity.js';
import { deidentifyCaseText, mergeSummary, withAuthorSpans } from './case-text.js';
import { ReplyEntity } from './reply.entity.js';

/** Which text of a case a moderator redacts. */
export type CaseTextField = 'TITLE' | 'BODY';

/** A new version of held content by its author: raw input, de-identified here before it is stored. */
export interface HeldCaseRevision {
  title?: string | null;
  body?: string | null;
  tags?: readonly string[] | null;
  extraRedactions?: readonly TextSpan[] | null;
}

/**
 * The repair paths of case content, for moderation inside its own transaction: the author's new
 * version of held content, and a moderator's redaction of a span. Both write the cases library's
 * rows; the caller locks them, checks who may act, audits and tells people.
 *
 * Neither keeps the earlier text as a revision: the text is suspected (or known) to carry an
 * identifier, so history that still holds it is dropped rather than kept.
 */
@Injectable()
export class ContentRepairService {
  constructor(private readonly anonymizer: Anonymizer) {}

  /** De-identifies the author's new version (before the caller's transaction touches anything). */
  deidentifyCase(input: HeldCaseRevision): ReturnType<typeof deidentifyCaseText> {
    return deidentifyCaseText(this.anonymizer, input);
  }

  deidentifyReply(
    body: string,
    spans: readonly TextSpan[],
  ): { text: DeidentifiedText; findings: PhiFinding[] } {
    const findings: PhiFinding[] = [];
    const text = withAuthorSpans(this.anonymizer, body, spans, findings);
    return { text, findings };
  }

  async reviseCase(
    manager: EntityManager,
    row: CaseEntity,
    text: ReturnType<typeof deidentifyCaseText>,
  ): Promise<CaseEntity> {
    if (text.title !== undefined) row.title = text.title;
    if (text.body !== undefined) row.body = text.body;
    if (text.tags !== undefined) row.tags = text.tags;
    Object.assign(row, mergeSummary(row, text.findings));
    row.updatedAt = new Date();
    await manager.getRepository(CaseRevisionEntity).delete({ caseId: row.id });
    return manager.getRepository(CaseEntity).save(row);
  }

  async reviseReply(
    manager: EntityManager,
    row: ReplyEntity,
    text: { text: DeidentifiedText; findings: PhiFinding[] },
  ): Promise<ReplyEntity> {
    row.body = text.text;
    Object.assign(row, mergeSummary(row, text.findings));
    return manager.getRepository(ReplyEntity).save(row);
  }

  /**
   * Replaces a span of a case's stored title or body with its category's placeholder; the rest of
   * the text, the thread and the case's other fields stay as they are. Returns the span as applied
   * (widened to whole words).
   */
  async redactCase(
    manager: EntityManager,
    row: CaseEntity,
    field: CaseTextField,
    span: CategorizedSpan,
  ): Promise<{ row: CaseEntity; applied: PhiFinding }> {
    const current = field === 'TITLE' ? row.title : row.body;
    const result = redact(current, span);
    if (field === 'TITLE') row.title = result.text;
    else row.body = result.text;
    Object.assign(row, mergeSummary(row, result.findings));
    row.updatedAt = new Date();
    await manager.getRepository(CaseRevisionEntity).delete({ caseId: row.id });
    return { row: await manager.getRepository(CaseEntity).save(row), applied: result.findings[0] };
  }

  /** The same for a reply (a consult answer is a reply too). */
  async redactReply(
    manager: EntityManager,
    row: ReplyEntity,
    span: CategorizedSpan,
  ): Promise<{ row: ReplyEntity; applied: PhiFinding }> {
    const result = redact(row.body, span);
    row.body = result.text;
    const summary = summarize(result.findings);
    row.deidFindingCount += summary.findingCount;
    row.deidCategories = [...new Set([...row.deidCategories, ...summary.categories])].sort();
    return { row: await manager.getRepository(ReplyEntity).save(row), applied: result.findings[0] };
  }
}

function redact(text: DeidentifiedText, span: CategorizedSpan): ReturnType<typeof redactDeidentifiedSpan> {
  const problem = moderatorSpanProblem(text, span);
  if (problem) throw DomainError.badInput(problem, { fields: ['start', 'end'] });
  return redactDeidentifiedSpan(text, span);
}
