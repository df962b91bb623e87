import { AdminConsoleModule } from '@curbside/admin-console';
import { AnonymizerModule, DeidentificationResolver } from '@curbside/anonymizer/nest';
import { AuditModule } from '@curbside/audit';
import {
  ACTOR_LOOKUP,
  type ActorLookup,
  AuthModule,
  SignedIn,
  TokenService,
  declareAccess,
} from '@curbside/auth';
import { CasesModule } from '@curbside/cases';
import { ChannelsModule } from '@curbside/channels';
import { CliniciansModule } from '@curbside/clinicians';
import { type AppConfig, ConfigModule } from '@curbside/config';
import { ConsultsModule } from '@curbside/consults';
import { CoreModule, LOGGER, type Logger } from '@curbside/core';
import { type Database, DatabaseModule, ReadRouting } from '@curbside/database';
import { IdempotencyModule } from '@curbside/idempotency';
import { JobsModule } from '@curbside/jobs';
import { LicensingModule } from '@curbside/licensing';
import { ModerationModule } from '@curbside/moderation';
import { NotificationsModule } from '@curbside/notifications';
import { RealtimeModule, SUBSCRIPTION_LEDGER, type SubscriptionLedger } from '@curbside/realtime';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Global, Module } from '@nestjs/common';
import {
  APP_FILTER,
  APP_INTERCEPTOR,
  APP_PIPE,
  ExternalContextCreator,
  ModulesContainer,
} from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { graphqlOptions } from './graphql-options.js';
import { HealthController } from './health.controller.js';
import { HttpErrorFilter } from './http-error.filter.js';
import { PreviewLimitInterceptor } from './preview-limit.interceptor.js';
import { validationPipe } from './validation.js';

// The anonymizer imports nothing of Curbside, so its one operation's access is declared here.
declareAccess(DeidentificationResolver, 'previewDeidentification', SignedIn());

@Global()
@Module({})
class LoggerModule {
  static forLogger(logger: Logger): DynamicModule {
    return { module: LoggerModule, providers: [{ provide: LOGGER, useValue: logger }], exports: [LOGGER] };
  }
}

/** Composition only: configuration, database, GraphQL, the global guard, pipe and filter, the features. */
@Module({})
export class AppModule {
  static register(config: AppConfig, database: Database, logger: Logger): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forLogger(logger),
        DatabaseModule.forDatabase(database, {
          windowMs: config.READ_YOUR_WRITES_SECONDS * 1000,
          redisUrl: config.REDIS_URL,
        }),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [
            TokenService,
            ACTOR_LOOKUP,
            SUBSCRIPTION_LEDGER,
            ReadRouting,
            ModulesContainer,
            ExternalContextCreator,
          ],
          useFactory: (
            tokens: TokenService,
            actors: ActorLookup,
            ledger: SubscriptionLedger,
            reads: ReadRouting,
            modules: ModulesContainer,
            contextCreator: ExternalContextCreator,
          ) => graphqlOptions(config, logger, { tokens, actors, ledger }, reads, { modules, contextCreator }),
        }),
        RealtimeModule,
        JobsModule,
        CoreModule,
        AnonymizerModule,
        AuthModule,
        AuditModule,
        CliniciansModule,
        LicensingModule,
        ChannelsModule,
        CasesModule,
        ConsultsModule,
        NotificationsModule,
        ModerationModule,
        IdempotencyModule,
        AdminConsoleModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_PIPE, useValue: validationPipe() },
        { provide: APP_FILTER, useClass: HttpErrorFilter },
        { provide: APP_INTERCEPTOR, useClass: PreviewLimitInterceptor },
      ],
    };
  }
}
