import { Ctx, RequireVerified } from '@curbside/auth';
import {
  ConsultDialogueService,
  ConsultMessage,
  ConsultMessageSentEvent,
  toConsultMessage,
} from '@curbside/consults';
import { EventBus, RequestContext } from '@curbside/core';
import { BoundedAsyncIterator, PUBSUB, type PubSub } from '@curbside/realtime';
import { Inject, type OnModuleInit } from '@nestjs/common';
import { Args, Context, ID, Resolver, Subscription } from '@nestjs/graphql';

/** The pub/sub topic of one consult's private dialogue; messages carry the message id only. */
export const consultMessagesTopic = (consultId: string): string => `consult-messages:${consultId}`;

/** Undelivered messages one subscription may hold before it is ended as too slow. */
const QUEUE_CAPACITY = 128;
const MAX_BUFFERED_BYTES = 1024 * 1024;
const CLOSE_TOO_SLOW = 4429;

interface SocketLike {
  bufferedAmount: number;
  close(code: number, reason: string): void;
}

/**
 * New messages of a consult's private dialogue, live over graphql-ws. Subscribing is refused like
 * `consultMessages` (only its two parties and administrators), each message is judged again under
 * the subscriber's permissions when it arrives, and every subscription counts against the
 * per-socket and per-clinician caps (`WS_MAX_SUBSCRIPTIONS_PER_*`) like any other.
 */
@Resolver()
export class ConsultDialogueSubscriptionResolver implements OnModuleInit {
  constructor(
    @Inject(PUBSUB) private readonly pubsub: PubSub,
    private readonly bus: EventBus,
    private readonly dialogue: ConsultDialogueService,
  ) {}

  onModuleInit(): void {
    this.bus.subscribe(ConsultMessageSentEvent, (e) =>
      this.pubsub.publish(consultMessagesTopic(e.consultId), { messageId: e.messageId }),
    );
  }

  @RequireVerified()
  @Subscription(() => ConsultMessage, {
    description: 'New messages of a private consult dialogue, for its two parties and administrators',
    resolve: (value: ConsultMessage) => value,
  })
  async consultMessageAdded(
    @Ctx() ctx: RequestContext,
    @Context('req') req: { socket?: SocketLike },
    @Args('consultId', { type: () => ID, description: 'The consult' }) consultId: string,
  ): Promise<AsyncIterableIterator<ConsultMessage>> {
    const id = await this.dialogue.requireDialogue(ctx, consultId);
    const socket = req.socket;
    let unsubscribe: () => Promise<void> = () => Promise.resolve();
    const iterator = new BoundedAsyncIterator<ConsultMessage>(
      QUEUE_CAPACITY,
      () => unsubscribe(),
      () => socket?.close(CLOSE_TOO_SLOW, 'Subscriber too slow'),
    );
    // loads finish in any order; the chain keeps messages in the order they were published
    let chain = Promise.resolve();
    unsubscribe = await this.pubsub.subscribe(consultMessagesTopic(id), (payload) => {
      if (socket && socket.bufferedAmount > MAX_BUFFERED_BYTES) {
        iterator.fail(new Error('Subscriber too slow'));
        socket.close(CLOSE_TOO_SLOW, 'Subscriber too slow');
        return;
      }
      chain = chain
        .then(async () => {
          ctx.forgetMemos();
          const row = await this.dialogue.messageFor(ctx, id, payload.messageId ?? '');
          if (row) iterator.push(toConsultMessage(row));
        })
        .catch(() => undefined);
    });
    return iterator;
  }
}
