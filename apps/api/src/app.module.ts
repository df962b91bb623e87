import { AuthGuard } from '@curbside/auth';
import { CliniciansModule } from '@curbside/clinicians';
import { type AppConfig, ConfigModule } from '@curbside/config';
import { DateScalar, type Logger } from '@curbside/core';
import { type Database, DatabaseModule } from '@curbside/database';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { graphqlOptions } from './graphql-options.js';
import { HealthController } from './health.controller.js';
import { HttpErrorFilter } from './http-error.filter.js';
import { LOGGER } from './logger.token.js';
import { validationPipe } from './validation.js';

/** Composition only: configuration, database, GraphQL, the global guard and pipe, the features. */
@Module({})
export class AppModule {
  static register(config: AppConfig, database: Database, logger: Logger): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forDatabase(database),
        GraphQLModule.forRoot(graphqlOptions(config, logger)),
        CliniciansModule,
      ],
      controllers: [HealthController],
      providers: [
        DateScalar,
        { provide: LOGGER, useValue: logger },
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_PIPE, useValue: validationPipe() },
        { provide: APP_FILTER, useClass: HttpErrorFilter },
      ],
    };
  }
}

