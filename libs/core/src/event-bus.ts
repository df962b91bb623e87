import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import type { EntityManager } from 'typeorm';

/** Injection token of the application's pino logger. */
export const LOGGER = Symbol('LOGGER');

type EventClass<E> = abstract new (...args: never[]) => E;
type Handler<E> = (event: E) => Promise<void>;
type TransactionHandler<E> = (event: E, manager: EntityManager) => Promise<void>;

/**
 * In-process domain events, published by a feature after its transaction commits. Handlers run in
 * order and are awaited, so a mutation's response follows its side effects (notification records);
 * a failing handler is logged by kind and never undoes the committed action.
 */
@Injectable()
export class EventBus {
  private readonly handlers = new Map<EventClass<unknown>, Handler<unknown>[]>();
  private readonly transactionHandlers = new Map<EventClass<unknown>, TransactionHandler<unknown>[]>();

  constructor(@Inject(LOGGER) private readonly logger: Logger) {}

  subscribe<E>(type: EventClass<E>, handler: Handler<E>): void {
    const list = this.handlers.get(type) ?? [];
    list.push(handler as Handler<unknown>);
    this.handlers.set(type, list);
  }

  /**
   * Handlers that write their part inside the transaction that raises the event (the notification
   * outbox): see {@link publishInTransaction}.
   */
  subscribeInTransaction<E>(type: EventClass<E>, handler: TransactionHandler<E>): void {
    const list = this.transactionHandlers.get(type) ?? [];
    list.push(handler as TransactionHandler<unknown>);
    this.transactionHandlers.set(type, list);
  }

  /**
   * Records events in the transaction of the action that causes them: the in-transaction handlers
   * run with its manager, so what they write commits or rolls back with the action (a failure
   * fails it). The feature still {@link publish}es the same events after commit, for live effects.
   */
  async publishInTransaction(manager: EntityManager, ...events: object[]): Promise<void> {
    for (const event of events) {
      for (const handler of this.transactionHandlers.get(event.constructor as EventClass<unknown>) ?? []) {
        await handler(event, manager);
      }
    }
  }

  /**
   * Runs the handlers of an event raised inside a transaction (the event carries its manager): they
   * do their part of the same unit of work, so a failure propagates and rolls the whole of it back.
   */
  async publishWithin(event: object): Promise<void> {
    for (const handler of this.handlers.get(event.constructor as EventClass<unknown>) ?? []) {
      await handler(event);
    }
  }

  async publish(...events: object[]): Promise<void> {
    for (const event of events) {
      for (const handler of this.handlers.get(event.constructor as EventClass<unknown>) ?? []) {
        try {
          await handler(event);
        } catch (error) {
          this.logger.error(
            { event: event.constructor.name, kind: error instanceof Error ? error.name : typeof error },
            'event handler failed',
          );
        }
      }
    }
  }
}
