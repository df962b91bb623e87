import { Global, Module } from '@nestjs/common';
import { JobsService } from './jobs.service.js';

/** The job queue, one per application; features inject {@link JobsService}. */
@Global()
@Module({ providers: [JobsService], exports: [JobsService] })
export class JobsModule {}
