export { IdempotencyKeyEntity } from './idempotency-key.entity.js';
export type { IdempotencyState } from './idempotency-key.entity.js';
export { IdempotencyService, deserializeAnswer, serializeAnswer } from './idempotency.service.js';
export type { Claim } from './idempotency.service.js';
export {
  IDEMPOTENCY_HEADER,
  IDEMPOTENT_MUTATIONS,
  IdempotencyInterceptor,
} from './idempotency.interceptor.js';
export { IdempotencyModule } from './idempotency.module.js';
