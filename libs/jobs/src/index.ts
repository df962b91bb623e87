export { JobsModule } from './jobs.module.js';
export {
  JOBS_SCHEMA,
  JobsService,
  type JobHandler,
  type JobInfo,
  type QueueDefinition,
  type SendJobOptions,
  type WorkerOptions,
} from './jobs.service.js';
export { dataSourceExecutor, transactionExecutor } from './typeorm-executor.js';
