export { IS_PUBLIC, Public } from './public.decorator.js';
export { AuthGuard, requestContextOf } from './auth.guard.js';
export { RefreshTokenEntity, SessionEntity } from './session.entity.js';
