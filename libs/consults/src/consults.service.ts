import { AuditAction, AuditService } from '@curbside/audit';
import { consultVisible } from '@curbside/access';
import { CaseClosingEvent, CaseStatus, CasesService, RepliesService, ReplyAddedEvent } from '@curbside/cases';
import { SpecialtiesService } from '@curbside/clinicians';
import { AppConfig } from '@curbside/config';
import { DomainError, EventBus, type RequestContext, isUuid } from '@curbside/core';
import { inTransaction, loadAllBy, loadById } from '@curbside/database';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import { ConsultEntity, ConsultStatus, ConsultUrgency } from './consult.entity.js';
import type { AnswerConsultInput, RequestConsultInput } from './consult.inputs.js';
import { type ConsultSettings, consultSettings, dueAtFor } from './consult-settings.js';
import { ConsultTransition, WAITING, allows, fromStates, nextStatus } from './consult-lifecycle.js';
import {
  ConsultAnsweredEvent,
  ConsultClaimedEvent,
  ConsultRequestedEvent,
  ConsultWithdrawnEvent,
} from './consults.events.js';
import { ConsultPagingService } from './consult-paging.service.js';

const ACTIVE = [...WAITING];

/**
 * Consult requests on a case: routing to a specialty or a named specialist, the claim (one winner),
 * the answer (a de-identified reply in the thread), the requester's resolution or cancellation.
 */
/** Why a consult can no longer be claimed, as its current state tells it. */
function notOpen(consult: Pick<ConsultEntity, 'status' | 'consultantId'>, me: string): DomainError {
  const taken = [ConsultStatus.CLAIMED, ConsultStatus.ANSWERED, ConsultStatus.RESOLVED].includes(
    consult.status,
  );
  if (taken && consult.consultantId === me)
    return DomainError.conflict('You have already claimed this consult');
  if (taken) return DomainError.conflict('Another specialist claimed this consult first');
  if (consult.status === ConsultStatus.OPEN) return DomainError.conflict('This consult changed; try again');
  return DomainError.conflict('This consult is no longer open');
}

@Injectable()
export class ConsultsService implements OnModuleInit {
  private readonly settings: ConsultSettings;

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly cases: CasesService,
    private readonly replies: RepliesService,
    private readonly events: EventBus,
    private readonly specialties: SpecialtiesService,
    config: AppConfig,
    private readonly paging: ConsultPagingService,
  ) {
    this.settings = consultSettings(config);
  }

  onModuleInit(): void {
    this.events.subscribe(CaseClosingEvent, (e) => this.withdrawForClosedCase(e.manager, e.ctx, e.caseId));
  }

  /**
   * A SQL query of the requester whose consult the reply bound to `replyParam` answered (none for
   * an ordinary reply): for other features' statements (notifications).
   */
  static answerRequesterSql(replyParam: string): string {
    return `SELECT requested_by FROM consult WHERE answer_reply_id = ${replyParam}`;
  }

  /** A case closed or deleted: its consults still waiting for an answer are cancelled with it. */
  private async withdrawForClosedCase(
    manager: EntityManager,
    ctx: RequestContext,
    caseId: string,
  ): Promise<void> {
    const pending = await manager.getRepository(ConsultEntity).find({
      where: { caseId, status: In(ACTIVE) },
      lock: { mode: 'pessimistic_write' },
    });
    for (const consult of pending) {
      consult.status = nextStatus(consult.status, ConsultTransition.CASE_CLOSED);
      consult.closedAt = new Date();
      const row = await manager.getRepository(ConsultEntity).save(consult);
      await this.audit.record(manager, ctx, AuditAction.CONSULT_CANCELLED, ref(row), {
        caseId,
        caseClosed: true,
      });
    }
  }

  /** Only the case author asks for a consult on their case: nobody summons specialists onto another's. */
  async request(ctx: RequestContext, input: RequestConsultInput): Promise<ConsultEntity> {
    const me = ctx.requireActor.clinicianId;
    const created = await inTransaction(this.dataSource, async (manager) => {
      const post = await this.cases.lock(manager, ctx, input.caseId, 'pessimistic_write');
      if (post.authorId !== me) throw DomainError.forbidden('Only the case author can request a consult');
      if (post.deletedAt || post.status === CaseStatus.CLOSED)
        throw DomainError.conflict('This case is closed');
      // A consult shows its requester; on an anonymous case that would unmask the author.
      if (post.anonymous) throw DomainError.conflict('A consult cannot be requested on an anonymous case');
      if (!(await this.specialties.exists(manager, input.specialtyId))) {
        throw DomainError.notFound('The specialty');
      }
      const consultantId = input.consultantId ?? null;
      if (consultantId) await this.requireNamedSpecialist(manager, me, consultantId, input.specialtyId);
      const repo = manager.getRepository(ConsultEntity);
      if (await repo.existsBy({ caseId: post.id, specialtyId: input.specialtyId, status: In(ACTIVE) })) {
        throw DomainError.conflict('This case already has an open consult with this specialty');
      }
      const urgency = input.urgency ?? ConsultUrgency.ROUTINE;
      const row = await repo.save(
        repo.create({
          caseId: post.id,
          specialtyId: input.specialtyId,
          requestedBy: me,
          consultantId,
          named: consultantId !== null,
          urgency,
          status: ConsultStatus.OPEN,
          dueAt: dueAtFor(this.settings, urgency, new Date()),
          answerReplyId: null,
          helpful: null,
          claimedAt: null,
          answerDueAt: null,
          answeredAt: null,
          closedAt: null,
        }),
      );
      await this.audit.record(manager, ctx, AuditAction.CONSULT_REQUESTED, ref(row), {
        caseId: row.caseId,
        specialtyId: row.specialtyId,
        urgency: row.urgency,
        named: row.named,
      });
      await this.paging.start(manager, row);
      await this.events.publishInTransaction(
        manager,
        new ConsultRequestedEvent(row.id, row.caseId, row.requestedBy, row.specialtyId, row.consultantId),
      );
      return row;
    });
    await this.events.publish(
      new ConsultRequestedEvent(
        created.id,
        created.caseId,
        created.requestedBy,
        created.specialtyId,
        created.consultantId,
      ),
    );
    return created;
  }

  /**
   * Exactly one claimer wins: the update only applies while the consult is still OPEN (and named to
   * the caller, when it is named), so concurrent claimers after the first get CONFLICT.
   */
  async claim(ctx: RequestContext, consultId: string): Promise<ConsultEntity> {
    const me = ctx.requireActor.clinicianId;
    const claimed = await inTransaction(this.dataSource, async (manager) => {
      const { consult, post } = await this.find(manager, ctx, consultId, false);
      await this.requireEligible(manager, ctx, consult);
      if (!allows(consult.status, ConsultTransition.CLAIM)) throw notOpen(consult, me);
      if (post.deletedAt || post.status === CaseStatus.CLOSED)
        throw DomainError.conflict('This case is closed');
      const result = await manager
        .createQueryBuilder()
        .update(ConsultEntity)
        .set({
          status: nextStatus(consult.status, ConsultTransition.CLAIM),
          consultantId: me,
          claimedAt: () => 'now()',
          // The claimer has a full answer window, however late in the request's window they claimed.
          answerDueAt: dueAtFor(this.settings, consult.urgency, new Date()),
        })
        .where('id = :id AND status IN (:...from) AND (named = false OR consultant_id = :me)', {
          id: consult.id,
          from: fromStates(ConsultTransition.CLAIM),
          me,
        })
        .returning(['id'])
        .execute();
      if ((result.raw as unknown[]).length === 0) {
        // Lost a race since the read above: to another claim, or to a cancel, sweep or case close.
        const now = await manager
          .getRepository(ConsultEntity)
          .findOne({ where: { id: consult.id }, select: { id: true, status: true, consultantId: true } });
        throw notOpen(now ?? { status: ConsultStatus.CANCELLED, consultantId: null }, me);
      }
      const row = await manager.getRepository(ConsultEntity).findOneByOrFail({ id: consult.id });
      await this.audit.record(manager, ctx, AuditAction.CONSULT_CLAIMED, ref(row), {
        caseId: row.caseId,
        named: row.named,
      });
      await this.events.publishInTransaction(
        manager,
        new ConsultClaimedEvent(row.id, row.caseId, row.requestedBy, me),
      );
      return row;
    });
    await this.events.publish(new ConsultClaimedEvent(claimed.id, claimed.caseId, claimed.requestedBy, me));
    return claimed;
  }

  /**
   * The claimer answers (a named specialist may answer an OPEN consult directly, claiming it): the
   * answer is a de-identified reply in the case thread, marked as the consult answer.
   */
  async answer(ctx: RequestContext, input: AnswerConsultInput): Promise<ConsultEntity> {
    const me = ctx.requireActor.clinicianId;
    const { answered, replyId } = await inTransaction(this.dataSource, async (manager) => {
      const { consult } = await this.find(manager, ctx, input.consultId, true);
      const mine = consult.consultantId === me;
      const answerable =
        mine &&
        allows(consult.status, ConsultTransition.ANSWER) &&
        (consult.status !== ConsultStatus.OPEN || consult.named);
      if (!answerable) {
        if (mine) throw DomainError.conflict(`This consult is ${consult.status.toLowerCase()}`);
        if (consult.status === ConsultStatus.OPEN && !consult.named && consult.requestedBy !== me) {
          await this.requireEligible(manager, ctx, consult);
          throw DomainError.conflict('Claim this consult before answering it');
        }
        throw DomainError.forbidden('Only the specialist who took this consult can answer it');
      }
      const reply = await this.replies.insert(manager, ctx, consult.caseId, {
        body: input.body,
        isConsultAnswer: true,
        extraRedactions: input.extraRedactions,
        attachmentIds: input.attachmentIds,
      });
      const now = new Date();
      consult.status = nextStatus(consult.status, ConsultTransition.ANSWER);
      consult.answerReplyId = reply.id;
      consult.answeredAt = now;
      consult.answerMinutes = input.minutesSpent ?? null;
      consult.claimedAt ??= now;
      const row = await manager.getRepository(ConsultEntity).save(consult);
      await this.audit.record(manager, ctx, AuditAction.CONSULT_ANSWERED, ref(row), {
        caseId: row.caseId,
        replyId: reply.id,
        ...(input.minutesSpent != null ? { minutes: input.minutesSpent } : {}),
      });
      await this.events.publishInTransaction(
        manager,
        new ConsultAnsweredEvent(row.id, row.caseId, row.requestedBy, me, reply.id),
        new ReplyAddedEvent(row.caseId, reply.id, me),
      );
      return { answered: row, replyId: reply.id };
    });
    await this.events.publish(
      new ConsultAnsweredEvent(answered.id, answered.caseId, answered.requestedBy, me, replyId),
      new ReplyAddedEvent(answered.caseId, replyId, me),
    );
    return answered;
  }

  /** The requester closes an answered consult and says whether the answer helped. */
  async resolve(ctx: RequestContext, consultId: string, helpful: boolean): Promise<ConsultEntity> {
    const { row } = await this.closeByRequester(ctx, consultId, ConsultTransition.RESOLVE, {
      action: AuditAction.CONSULT_RESOLVED,
      helpful,
    });
    return row;
  }

  /**
   * The requester withdraws a consult nobody has answered yet; a specialist who had claimed it is
   * told (after commit).
   */
  async cancel(ctx: RequestContext, consultId: string): Promise<ConsultEntity> {
    const { row, consultantBefore } = await this.closeByRequester(
      ctx,
      consultId,
      ConsultTransition.WITHDRAW,
      {
        action: AuditAction.CONSULT_CANCELLED,
        helpful: null,
      },
    );
    if (consultantBefore) {
      await this.events.publish(
        new ConsultWithdrawnEvent(row.id, row.caseId, row.requestedBy, consultantBefore),
      );
    }
    return row;
  }

  load(ctx: RequestContext, id: string): Promise<ConsultEntity | null> {
    return loadById(ctx, this.dataSource, ConsultEntity, id);
  }

  /** The consults of a case, oldest first (batched over the cases of a page). */
  forCase(ctx: RequestContext, caseId: string): Promise<ConsultEntity[]> {
    return loadAllBy(ctx, this.dataSource, ConsultEntity, 'caseId', caseId, { createdAt: 'ASC', id: 'ASC' });
  }

  specialty(ctx: RequestContext, specialtyId: string): ReturnType<SpecialtiesService['load']> {
    return this.specialties.load(ctx, specialtyId);
  }

  private async closeByRequester(
    ctx: RequestContext,
    consultId: string,
    transition: ConsultTransition,
    change: { action: AuditAction; helpful: boolean | null },
  ): Promise<{ row: ConsultEntity; consultantBefore: string | null }> {
    const me = ctx.requireActor.clinicianId;
    return inTransaction(this.dataSource, async (manager) => {
      const { consult } = await this.find(manager, ctx, consultId, true);
      if (consult.requestedBy !== me) throw DomainError.forbidden('Only the requester can do this');
      const claimedBy = consult.status === ConsultStatus.CLAIMED ? consult.consultantId : null;
      consult.status = nextStatus(consult.status, transition);
      consult.closedAt = new Date();
      if (change.helpful !== null) consult.helpful = change.helpful;
      const row = await manager.getRepository(ConsultEntity).save(consult);
      await this.audit.record(manager, ctx, change.action, ref(row), {
        caseId: row.caseId,
        ...(change.helpful === null ? {} : { helpful: change.helpful }),
      });
      if (transition === ConsultTransition.WITHDRAW && claimedBy) {
        await this.events.publishInTransaction(
          manager,
          new ConsultWithdrawnEvent(row.id, row.caseId, row.requestedBy, claimedBy),
        );
      }
      return { row, consultantBefore: claimedBy };
    });
  }

  /** The consult (locked when `lock`) and its case; NOT_FOUND when either is not the caller's to see. */
  private async find(
    manager: EntityManager,
    ctx: RequestContext,
    consultId: string,
    lock: boolean,
  ): Promise<{ consult: ConsultEntity; post: NonNullable<Awaited<ReturnType<CasesService['find']>>> }> {
    if (!isUuid(consultId)) throw DomainError.notFound('The consult');
    if (lock) {
      // Case first, then consult: the order in which closing a case takes them (see CaseClosingEvent),
      // so that an answer racing a close waits instead of deadlocking.
      const peek = await manager
        .getRepository(ConsultEntity)
        .findOne({ where: { id: consultId }, select: { id: true, caseId: true } });
      if (peek) await this.cases.find(manager, peek.caseId, 'pessimistic_read');
    }
    const consult = await manager
      .getRepository(ConsultEntity)
      .findOne({ where: { id: consultId }, ...(lock ? { lock: { mode: 'pessimistic_write' } } : {}) });
    const post = consult ? await this.cases.find(manager, consult.caseId) : null;
    if (!consult || !post || !consultVisible(ctx, post)) throw DomainError.notFound('The consult');
    return { consult, post };
  }

  /** Who may take a consult: the named specialist, or (unnamed) a specialist of its specialty; never the requester. */
  private async requireEligible(
    manager: EntityManager,
    ctx: RequestContext,
    consult: ConsultEntity,
  ): Promise<void> {
    const me = ctx.requireActor.clinicianId;
    if (consult.requestedBy === me) throw DomainError.forbidden('You cannot take your own consult');
    if (consult.named) {
      if (consult.consultantId !== me)
        throw DomainError.forbidden('This consult is reserved for another specialist');
      return;
    }
    if (!(await this.specialties.practises(manager, me, consult.specialtyId)))
      throw DomainError.forbidden('This consult is for another specialty');
  }

  /** A named specialist must be verified, of this specialty and accepting consults. */
  private async requireNamedSpecialist(
    manager: EntityManager,
    me: string,
    consultantId: string,
    specialtyId: string,
  ): Promise<void> {
    const takes = await this.specialties.takesConsults(manager, consultantId, specialtyId);
    if (takes === null) throw DomainError.notFound('The specialist');
    const fits = consultantId !== me && takes;
    if (!fits) {
      throw DomainError.badInput('This clinician does not take consults in this specialty', {
        fields: ['consultantId'],
      });
    }
  }
}

function ref(row: ConsultEntity): { type: string; id: string } {
  return { type: 'Consult', id: row.id };
}
