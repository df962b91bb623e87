export {
  AppConfig,
  ConfigError,
  NODE_ENVS,
  SENSITIVE_VARIABLES,
  describeConfig,
  loadConfig,
} from './app-config.js';
export type { NodeEnv } from './app-config.js';
export { ConfigModule } from './config.module.js';
export { ensureDevelopmentSecret } from './development-secret.js';
export {
  TrustedProxies,
  TrustedProxiesError,
  normalizeAddress,
  trustedProxiesOf,
} from './trusted-proxies.js';
