import { AdminOnly } from '@curbside/auth';
import { DomainError } from '@curbside/core';
import { BoundedAsyncIterator, PUBSUB, type PubSub } from '@curbside/realtime';
import { Inject } from '@nestjs/common';
import { Args, Context, ID, Resolver, Subscription } from '@nestjs/graphql';
import { RegistryImportStatus } from './registry-import.entity.js';
import { RegistryImport } from './registry-import.model.js';
import { toRegistryImport } from './registry-import.resolver.js';
import { RegistryImportService } from './registry-import.service.js';
import { registryImportTopic } from './registry-import.topic.js';

/** Progress events one subscription may hold before it is ended as too slow. */
const QUEUE_CAPACITY = 64;
const MAX_BUFFERED_BYTES = 1024 * 1024;
const CLOSE_TOO_SLOW = 4429;

const ENDED: readonly RegistryImportStatus[] = [RegistryImportStatus.SUCCEEDED, RegistryImportStatus.FAILED];

interface SocketLike {
  bufferedAmount: number;
  close(code: number, reason: string): void;
}

/**
 * A registry import's progress, live over graphql-ws, for administrators: its state at once, then
 * again after each progress write (about once a second while it runs) and each change of status;
 * the subscription completes when the import has succeeded or failed. Messages on the pub/sub carry
 * the import id only: each event is read afresh from its row (so every API instance's subscribers
 * see an import that runs on another).
 */
@Resolver()
export class RegistryImportSubscriptionResolver {
  constructor(
    @Inject(PUBSUB) private readonly pubsub: PubSub,
    private readonly imports: RegistryImportService,
  ) {}

  @AdminOnly()
  @Subscription(() => RegistryImport, {
    description:
      "A registry import's progress as it runs: its current state first, then each update; completes when it has succeeded or failed. Administrators only.",
    resolve: (value: RegistryImport) => value,
  })
  async registryImportProgress(
    @Context('req') req: { socket?: SocketLike },
    @Args('id', { type: () => ID, description: 'Import id.' }) id: string,
  ): Promise<AsyncIterableIterator<RegistryImport>> {
    if (!(await this.imports.find(id))) throw DomainError.notFound('The registry import');
    const socket = req.socket;
    let unsubscribe: () => Promise<void> = () => Promise.resolve();
    const iterator = new BoundedAsyncIterator<RegistryImport>(
      QUEUE_CAPACITY,
      () => unsubscribe(),
      () => socket?.close(CLOSE_TOO_SLOW, 'Subscriber too slow'),
    );
    let last = '';
    let chain = Promise.resolve();
    const load = (): void => {
      chain = chain
        .then(async () => {
          const row = await this.imports.find(id);
          if (!row) {
            await iterator.return();
            return;
          }
          const shown = toRegistryImport(row);
          // the same state twice (a message and the first read racing) is sent once
          const key = `${shown.status}/${shown.rowsRead}/${shown.bytesRead}/${String(shown.updatedAt)}`;
          if (key !== last) {
            last = key;
            iterator.push(shown);
          }
          if (ENDED.includes(shown.status)) await iterator.return();
        })
        .catch(() => undefined);
    };
    // subscribed before the first read, so no update falls between them
    unsubscribe = await this.pubsub.subscribe(registryImportTopic(id), () => {
      if (socket && socket.bufferedAmount > MAX_BUFFERED_BYTES) {
        iterator.fail(new Error('Subscriber too slow'));
        socket.close(CLOSE_TOO_SLOW, 'Subscriber too slow');
        return;
      }
      load();
    });
    load();
    return iterator;
  }
}
