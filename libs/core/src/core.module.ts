import { Global, Module } from '@nestjs/common';
import { DateScalar } from './date.scalar.js';
import { EventBus } from './event-bus.js';

/** Request-independent plumbing every feature uses: the event bus and the Date scalar. */
@Global()
@Module({ providers: [EventBus, DateScalar], exports: [EventBus] })
export class CoreModule {}
