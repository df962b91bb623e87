import { replyVisible } from '@curbside/access';
import { Ctx, RequireVerified, SignedIn } from '@curbside/auth';
import { CasesService, RepliesService, Reply } from '@curbside/cases';
import { RequestContext } from '@curbside/core';
import { BoundedAsyncIterator, PUBSUB, type PubSub } from '@curbside/realtime';
import { Inject } from '@nestjs/common';
import { Args, Context, ID, Resolver, Subscription } from '@nestjs/graphql';
import { caseRepliesTopic, notificationTopic } from './notification-publisher.js';
import { Notification } from './notification.model.js';
import { DataSource } from 'typeorm';
import { NotificationEntity } from './notification.entity.js';

/** Undelivered events one subscription may hold before it is ended as too slow. */
const QUEUE_CAPACITY = 256;
/** Bytes waiting in a socket's send buffer beyond which the subscriber counts as stalled. */
const MAX_BUFFERED_BYTES = 1024 * 1024;
const CLOSE_TOO_SLOW = 4429;

interface SocketLike {
  bufferedAmount: number;
  close(code: number, reason: string): void;
}

/**
 * Live events over graphql-ws. Messages on the bus carry ids; each event is loaded afresh for this
 * subscriber under its own permissions (a case hidden since, or a reply in one, is skipped).
 */
@Resolver()
export class SubscriptionsResolver {
  constructor(
    @Inject(PUBSUB) private readonly pubsub: PubSub,
    private readonly cases: CasesService,
    private readonly replies: RepliesService,
    private readonly dataSource: DataSource,
  ) {}

  private readonly inflight = new Map<string, ReturnType<RepliesService['withCase']>>();

  @RequireVerified()
  @Subscription(() => Reply, {
    resolve: (value: Reply) => value,
    description:
      'Each new reply to a case you may read, as it is posted (hidden replies only to their author and administrators). Verified clinicians.',
  })
  async replyAdded(
    @Ctx() ctx: RequestContext,
    @Context('req') req: { socket?: SocketLike },
    @Args('caseId', { type: () => ID, description: 'The case to watch.' }) caseId: string,
  ): Promise<AsyncIterableIterator<Reply>> {
    await this.cases.requireReadable(ctx, caseId);
    return this.stream<Reply>(req.socket, caseRepliesTopic(caseId), async (payload) => {
      const [post, reply] = await this.replyEvent(caseId, payload.replyId ?? '');
      if (!post || !reply || reply.caseId !== caseId || !replyVisible(ctx, reply, post)) return null;
      // The event's fields are resolved on the socket's context: forget earlier events' rows, and
      // start from the rows just read.
      ctx.forgetMemos();
      this.replies.prime(ctx, post, reply);
      return reply;
    });
  }

  /**
   * The rows of one reply event, read once for all of this instance's subscribers to the case (they
   * all ask in the same tick), then judged for each under its own permissions. Nothing is kept once
   * the read has settled: the next event reads afresh.
   */
  private replyEvent(caseId: string, replyId: string): ReturnType<RepliesService['withCase']> {
    const key = `${caseId}/${replyId}`;
    let rows = this.inflight.get(key);
    if (!rows) {
      rows = this.replies.withCase(caseId, replyId);
      this.inflight.set(key, rows);
      const forget = (): void => void this.inflight.delete(key);
      rows.then(forget, forget);
    }
    return rows;
  }

  @SignedIn()
  @Subscription(() => Notification, {
    resolve: (value: Notification) => value,
    description: 'Each new notification of yours, as it is created. Signed-in clinicians.',
  })
  notificationAdded(
    @Ctx() ctx: RequestContext,
    @Context('req') req: { socket?: SocketLike },
  ): Promise<AsyncIterableIterator<Notification>> {
    const me = ctx.requireActor.clinicianId;
    return this.stream<Notification>(req.socket, notificationTopic(me), async (payload) => {
      const found = await this.dataSource
        .getRepository(NotificationEntity)
        .findOneBy({ id: payload.notificationId, recipientId: me });
      ctx.forgetMemos();
      return found;
    });
  }

  private async stream<T>(
    socket: SocketLike | undefined,
    topic: string,
    load: (payload: Record<string, string>) => Promise<T | null>,
  ): Promise<AsyncIterableIterator<T>> {
    let unsubscribe: () => Promise<void> = () => Promise.resolve();
    const iterator = new BoundedAsyncIterator<T>(
      QUEUE_CAPACITY,
      () => unsubscribe(),
      () => socket?.close(CLOSE_TOO_SLOW, 'Subscriber too slow'),
    );
    // Loads finish in any order; a chain keeps events in the order they were published.
    let chain = Promise.resolve();
    unsubscribe = await this.pubsub.subscribe(topic, (payload) => {
      if (socket && socket.bufferedAmount > MAX_BUFFERED_BYTES) {
        iterator.fail(new Error('Subscriber too slow'));
        socket.close(CLOSE_TOO_SLOW, 'Subscriber too slow');
        return;
      }
      chain = chain
        .then(() => load(payload))
        .then((value) => {
          if (value) iterator.push(value);
        })
        .catch(() => undefined);
    });
    return iterator;
  }
}
