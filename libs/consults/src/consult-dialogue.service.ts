import { consultDialogue, consultVisible } from '@curbside/access';
import { Anonymizer, authorSpansProblem, deidentifyWithAuthorSpans, summarize } from '@curbside/anonymizer';
import { AuditAction, AuditService } from '@curbside/audit';
import { CasesService } from '@curbside/cases';
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
import { DataSource, type EntityManager } from 'typeorm';
import { ConsultEntity, ConsultStatus } from './consult.entity.js';
import { ConsultMessageEntity } from './consult-message.entity.js';
import type { SendConsultMessageInput } from './consult-message.models.js';
import { ConsultMessageSentEvent } from './consults.events.js';

/** The dialogue is open while the consult is held by a specialist and until it is closed. */
const DIALOGUE_OPEN: readonly ConsultStatus[] = [ConsultStatus.CLAIMED, ConsultStatus.ANSWERED];

/**
 * A consult's private dialogue: once claimed, its requester and its specialist exchange
 * de-identified messages beside the public thread; only they and administrators read them
 * (`consultDialogue` in libs/access).
 */
@Injectable()
export class ConsultDialogueService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly anonymizer: Anonymizer,
    private readonly audit: AuditService,
    private readonly cases: CasesService,
    private readonly events: EventBus,
  ) {}

  async send(ctx: RequestContext, input: SendConsultMessageInput): Promise<ConsultMessageEntity> {
    const me = ctx.requireActor.clinicianId;
    // De-identified before anything else touches it: the raw text is never stored or logged.
    // with the spans its author marked in the preview, removed exactly as the preview removed them
    const spans = input.extraRedactions ?? [];
    const problem = authorSpansProblem(input.body, spans);
    if (problem) throw DomainError.badInput(`extraRedactions: ${problem}`, { fields: ['extraRedactions'] });
    const body = deidentifyWithAuthorSpans(this.anonymizer, input.body, spans);
    if (body.text.trim().length === 0)
      throw DomainError.badInput('body must not be empty', { fields: ['body'] });
    const { message, consult, recipientId } = await inTransaction(this.dataSource, async (manager) => {
      const consult = await this.readable(manager, ctx, input.consultId, true);
      if (!consultDialogue.writes(ctx, consult)) {
        throw DomainError.forbidden('Only the requester and the specialist of this consult can write here');
      }
      if (!DIALOGUE_OPEN.includes(consult.status)) {
        throw DomainError.conflict(
          `The dialogue of a consult that is ${consult.status.toLowerCase()} is closed`,
        );
      }
      const fromSpecialist = consult.consultantId === me;
      if (input.requestsInformation && !fromSpecialist) {
        throw DomainError.badInput('Only the specialist asks for information', {
          fields: ['requestsInformation'],
        });
      }
      const summary = summarize(body.findings);
      const repo = manager.getRepository(ConsultMessageEntity);
      const row = await repo.save(
        repo.create({
          consultId: consult.id,
          authorId: me,
          body: body.text,
          requestsInformation: input.requestsInformation === true,
          deidFindingCount: summary.findingCount,
          deidCategories: summary.categories,
        }),
      );
      await this.audit.record(
        manager,
        ctx,
        AuditAction.CONSULT_MESSAGE_SENT,
        { type: 'ConsultMessage', id: row.id },
        {
          consultId: consult.id,
          findings: summary.findingCount,
          requestsInformation: row.requestsInformation,
        },
      );
      const other = fromSpecialist ? consult.requestedBy : consult.consultantId;
      if (other) {
        await this.events.publishInTransaction(
          manager,
          new ConsultMessageSentEvent(consult.id, consult.caseId, row.id, me, other, row.requestsInformation),
        );
      }
      return { message: row, consult, recipientId: other };
    });
    if (recipientId) {
      await this.events.publish(
        new ConsultMessageSentEvent(
          consult.id,
          consult.caseId,
          message.id,
          me,
          recipientId,
          message.requestsInformation,
        ),
      );
    }
    return message;
  }

  /** The dialogue, oldest first, keyset-paginated on (created_at, id). */
  async list(
    ctx: RequestContext,
    consultId: string,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Page<ConsultMessageEntity>> {
    const size = pageSize(first);
    const consult = await this.readable(this.dataSource.manager, ctx, consultId, false);
    if (!consultDialogue.visible(ctx, consult)) {
      throw DomainError.forbidden('Only the requester and the specialist of this consult can read this');
    }
    const query = this.dataSource
      .getRepository(ConsultMessageEntity)
      .createQueryBuilder('m')
      .where('m.consult_id = :consultId', { consultId: consult.id })
      .orderBy('m.created_at', 'ASC')
      .addOrderBy('m.id', 'ASC')
      .limit(size + 1);
    if (after) {
      const [at, id] = decodeCursor(after, ['number', 'uuid']);
      query.andWhere('(m.created_at, m.id) > (:at, :id)', { at: new Date(Number(at)), id: String(id) });
    }
    return toPage(await query.getMany(), size, (row) => [row.createdAt.getTime(), row.id]);
  }

  /**
   * For a live subscription: refuses (like `consultMessages`) a caller who may not read this
   * consult's dialogue; returns the consult's id as stored.
   */
  async requireDialogue(ctx: RequestContext, consultId: string): Promise<string> {
    const consult = await this.readable(this.dataSource.manager, ctx, consultId, false);
    if (!consultDialogue.visible(ctx, consult)) {
      throw DomainError.forbidden('Only the requester and the specialist of this consult can read this');
    }
    return consult.id;
  }

  /**
   * One message of a consult's dialogue for a live subscriber, judged afresh under the
   * subscriber's permissions now (a case hidden since, a party changed by a return to the queue):
   * null when they may no longer read it.
   */
  async messageFor(
    ctx: RequestContext,
    consultId: string,
    messageId: string,
  ): Promise<ConsultMessageEntity | null> {
    if (!isUuid(messageId)) return null;
    try {
      await this.requireDialogue(ctx, consultId);
    } catch {
      return null;
    }
    return this.dataSource.getRepository(ConsultMessageEntity).findOneBy({ id: messageId, consultId });
  }

  /** The consult, if its case is readable by the caller; NOT_FOUND otherwise. */
  private async readable(
    manager: EntityManager,
    ctx: RequestContext,
    consultId: string,
    lock: boolean,
  ): Promise<ConsultEntity> {
    if (!isUuid(consultId)) throw DomainError.notFound('The consult');
    const consult = await manager.getRepository(ConsultEntity).findOne({
      where: { id: consultId },
      ...(lock ? { lock: { mode: 'pessimistic_read' as const } } : {}),
    });
    const post = consult ? await this.cases.find(manager, consult.caseId) : null;
    if (!consult || !consultVisible(ctx, post)) throw DomainError.notFound('The consult');
    return consult;
  }
}
