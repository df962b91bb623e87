import { ReplyAddedEvent } from '@curbside/cases';
import { EventBus } from '@curbside/core';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { NotificationPublisher } from './notification-publisher.js';

/**
 * Live effects of committed events that are not notification records: a new reply is announced
 * to the case's live subscribers. Records come from the outbox (see OutboxDispatcher).
 */
@Injectable()
export class NotificationsListener implements OnModuleInit {
  constructor(
    private readonly bus: EventBus,
    private readonly publisher: NotificationPublisher,
  ) {}

  onModuleInit(): void {
    this.bus.subscribe(ReplyAddedEvent, (e) => this.publisher.replyAdded(e.caseId, e.replyId));
  }
}
