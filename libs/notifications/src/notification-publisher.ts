import { PUBSUB, type PubSub } from '@curbside/realtime';
import { Inject, Injectable } from '@nestjs/common';

export const notificationTopic = (clinicianId: string): string => `notifications:${clinicianId}`;
export const caseRepliesTopic = (caseId: string): string => `case-replies:${caseId}`;

/**
 * Announces committed records to live subscribers on every API instance. Messages carry ids only;
 * each subscriber loads what it may see under its own permissions.
 */
@Injectable()
export class NotificationPublisher {
  constructor(@Inject(PUBSUB) private readonly pubsub: PubSub) {}

  async notificationsCreated(rows: readonly { id: string; recipient_id: string }[]): Promise<void> {
    await Promise.all(
      rows.map((r) => this.pubsub.publish(notificationTopic(r.recipient_id), { notificationId: r.id })),
    );
  }

  async replyAdded(caseId: string, replyId: string): Promise<void> {
    await this.pubsub.publish(caseRepliesTopic(caseId), { replyId });
  }
}
