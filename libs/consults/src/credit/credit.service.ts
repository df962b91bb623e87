import { AuditAction, AuditService } from '@curbside/audit';
import { AppConfig } from '@curbside/config';
import { DomainError, type RequestContext } from '@curbside/core';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ConsultCredit, ConsultCreditEntry, CreditStatementLink } from './credit.models.js';
import type { CreditPeriodInput } from './credit.inputs.js';
import { type CreditStatementGrant, CreditUrlSigner } from './credit-url-signer.js';
import { renderStatementPdf, type StatementLine } from './statement-pdf.js';

/** Entries listed per period; the totals count every answer. */
const MAX_ENTRIES = 500;
/** Life of a statement link. */
const LINK_SECONDS = 300;

interface EntryRow {
  consult_id: string;
  case_id: string;
  title: string;
  answered_at: Date;
  answer_minutes: number | null;
  helpful: boolean | null;
  advice_confirmed: boolean | null;
}

interface TotalsRow {
  answered: string;
  minutes: string;
  helpful: string;
  confirmed: string;
}

/**
 * A consultant's credit: the consults they answered in a period, the minutes they reported, the
 * helpful marks and the outcomes that confirmed their advice; and the same as a PDF statement for
 * continuing-education credit. Only de-identified case titles appear, and not even those of a case
 * held for review or deleted.
 */
@Injectable()
export class ConsultCreditService {
  private readonly signer: CreditUrlSigner;
  private readonly maxPeriodMs: number;

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    config: AppConfig,
  ) {
    this.signer = new CreditUrlSigner(config.jwtSecret);
    this.maxPeriodMs = config.CREDIT_MAX_PERIOD_DAYS * 86_400_000;
  }

  /** The caller's credit over a period. */
  async log(ctx: RequestContext, period: CreditPeriodInput): Promise<ConsultCredit> {
    this.check(period);
    return this.read(ctx.requireActor.clinicianId, period.from, period.to);
  }

  /** A link to the caller's statement of a period, for this session only. */
  link(ctx: RequestContext, period: CreditPeriodInput): CreditStatementLink {
    this.check(period);
    const actor = ctx.requireActor;
    const expires = Math.floor(Date.now() / 1000) + LINK_SECONDS;
    return {
      url: this.signer.path({
        clinicianId: actor.clinicianId,
        sessionId: actor.sessionId,
        from: period.from.getTime(),
        to: period.to.getTime(),
        expires,
      }),
      expiresAt: new Date(expires * 1000),
    };
  }

  /** The grant of a statement URL's query, or null when it is not valid (now). */
  verifyLink(query: Record<string, unknown>): CreditStatementGrant | null {
    return this.signer.verify(query, Date.now() / 1000);
  }

  /** The PDF statement of the caller's credit over a period (audited). */
  async statement(ctx: RequestContext, from: Date, to: Date): Promise<Buffer> {
    this.check({ from, to });
    const actor = ctx.requireActor;
    const credit = await this.read(actor.clinicianId, from, to);
    const [me] = await this.dataSource.query<{ display_name: string }[]>(
      'SELECT display_name FROM clinician WHERE id = $1',
      [actor.clinicianId],
    );
    await this.audit.record(
      this.dataSource.manager,
      ctx,
      AuditAction.CREDIT_STATEMENT_ISSUED,
      { type: 'Clinician', id: actor.clinicianId },
      { consults: credit.consultsAnswered },
    );
    const day = (d: Date) => d.toISOString().slice(0, 10);
    const lines: StatementLine[] = [
      { text: 'Curbside consult credit statement', size: 16, bold: true },
      { text: `Clinician: ${me?.display_name ?? ''}` },
      { text: `Period: ${from.toISOString()} to ${to.toISOString()} (end not included)` },
      { text: `Issued: ${new Date().toISOString()}` },
      { text: '' },
      { text: 'Summary', size: 12, bold: true },
      { text: `Consults answered: ${credit.consultsAnswered}` },
      { text: `Time reported: ${credit.minutesSpent} minutes` },
      { text: `Answers marked helpful by the requester: ${credit.helpfulMarks}` },
      { text: 'Outcomes that confirmed the advice: ' + String(credit.confirmedOutcomes) },
      { text: '' },
      { text: 'Consults (de-identified case titles only)', size: 12, bold: true },
      ...credit.entries.map((e) => ({
        text:
          `${day(e.answeredAt)}  ${e.caseTitle}  |  ` +
          `${e.minutesSpent == null ? 'time not reported' : `${e.minutesSpent} min`}` +
          `${e.helpful === true ? '  |  helpful' : ''}${e.adviceConfirmed === true ? '  |  outcome confirmed' : ''}`,
      })),
      ...(credit.entries.length < credit.consultsAnswered
        ? [{ text: `... and ${credit.consultsAnswered - credit.entries.length} more in the period` }]
        : []),
      { text: '' },
      {
        text: 'Minutes are self-reported per answer. Helpful marks and outcomes are reported by the requesting clinicians.',
        size: 8,
      },
    ];
    return renderStatementPdf(`Consult credit ${day(from)} to ${day(to)}`, lines);
  }

  private check(period: { from: Date; to: Date }): void {
    const span = period.to.getTime() - period.from.getTime();
    if (!(span > 0)) throw DomainError.badInput('to must be after from', { fields: ['to'] });
    if (span > this.maxPeriodMs) {
      throw DomainError.badInput('The period is too long', { fields: ['to'] });
    }
  }

  private async read(clinicianId: string, from: Date, to: Date): Promise<ConsultCredit> {
    // answered consults: the answer was posted (answer_reply_id), whatever happened next
    const where = `k.consultant_id = $1 AND k.answer_reply_id IS NOT NULL AND k.answered_at >= $2 AND k.answered_at < $3`;
    const [totals] = await this.dataSource.query<TotalsRow[]>(
      `SELECT count(*) AS answered, coalesce(sum(k.answer_minutes), 0) AS minutes,
              count(*) FILTER (WHERE k.helpful) AS helpful,
              count(*) FILTER (WHERE o.advice_confirmed) AS confirmed
         FROM consult k LEFT JOIN case_outcome o ON o.case_id = k.case_id
        WHERE ${where}`,
      [clinicianId, from, to],
    );
    const rows = await this.dataSource.query<EntryRow[]>(
      `SELECT k.id AS consult_id, k.case_id, k.answered_at, k.answer_minutes, k.helpful,
              o.advice_confirmed,
              CASE WHEN c.deleted_at IS NOT NULL THEN '[deleted]'
                   WHEN c.hidden THEN '[case held for review]'
                   ELSE c.title END AS title
         FROM consult k
         JOIN case_post c ON c.id = k.case_id
         LEFT JOIN case_outcome o ON o.case_id = k.case_id
        WHERE ${where}
        ORDER BY k.answered_at, k.id
        LIMIT ${MAX_ENTRIES}`,
      [clinicianId, from, to],
    );
    const entries: ConsultCreditEntry[] = rows.map((r) => ({
      consultId: r.consult_id,
      caseId: r.case_id,
      caseTitle: r.title,
      answeredAt: r.answered_at,
      minutesSpent: r.answer_minutes,
      helpful: r.helpful,
      adviceConfirmed: r.advice_confirmed,
    }));
    return {
      from,
      to,
      consultsAnswered: Number(totals.answered),
      minutesSpent: Number(totals.minutes),
      helpfulMarks: Number(totals.helpful),
      confirmedOutcomes: Number(totals.confirmed),
      entries,
    };
  }
}
