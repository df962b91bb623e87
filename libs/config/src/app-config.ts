import { Type, plainToInstance } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';
import { TrustedProxies, TrustedProxiesError } from './trusted-proxies.js';

export const NODE_ENVS = ['development', 'production', 'test'] as const;
export type NodeEnv = (typeof NODE_ENVS)[number];

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Names of the variables whose values must never be printed. */
export const SENSITIVE_VARIABLES: ReadonlySet<string> = new Set([
  'JWT_SECRET',
  'CURBSIDE_ADMIN_PASSWORD',
  'DATABASE_URL',
  'DATABASE_REPLICA_URL',
  'REDIS_URL',
  'SMTP_URL',
  'VAPID_PRIVATE_KEY',
  'MEDIA_S3_SECRET_ACCESS_KEY',
]);

/**
 * The whole configuration of Curbside, read from the environment once at boot.
 * Property names are the environment variable names, so a validation message names the variable.
 */
export class AppConfig {
  @IsIn(NODE_ENVS)
  NODE_ENV: NodeEnv = 'development';

  @IsString()
  @MinLength(1)
  HOST = '127.0.0.1';

  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  /** PostgreSQL server URL; when absent the embedded PGlite database under DATA_DIR is used. */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL?: string;

  /**
   * A streaming replica of DATABASE_URL for reads that tolerate a little lag (feed, search, the
   * specialist directory, another clinician's case). Writes and migrations never go there.
   */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'DATABASE_REPLICA_URL must be a postgres:// URL' })
  DATABASE_REPLICA_URL?: string;

  /** After a clinician's mutation, their own reads stay on the primary for this long (read-your-writes). */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(3600)
  READ_YOUR_WRITES_SECONDS = 5;

  /** Connections each API instance opens to the replica. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  DATABASE_REPLICA_POOL_SIZE = 10;

  @IsString()
  @MinLength(1)
  DATA_DIR = './.data';

  /** HMAC secret for access tokens. Required in production; generated and kept in DATA_DIR otherwise. */
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET?: string;

  @IsOptional()
  @IsEmail({}, { message: 'CURBSIDE_ADMIN_EMAIL must be an email address' })
  CURBSIDE_ADMIN_EMAIL?: string;

  @IsOptional()
  @IsString()
  @MinLength(12, { message: 'CURBSIDE_ADMIN_PASSWORD must be at least 12 characters' })
  @MaxLength(256)
  CURBSIDE_ADMIN_PASSWORD?: string;

  @IsOptional()
  @Matches(/^rediss?:\/\/\S+$/, { message: 'REDIS_URL must be a redis:// URL' })
  REDIS_URL?: string;

  @IsIn(LOG_LEVELS)
  LOG_LEVEL: (typeof LOG_LEVELS)[number] = 'info';

  @Type(() => Number)
  @IsInt()
  @Min(1024)
  @Max(50 * 1024 * 1024)
  BODY_LIMIT_BYTES = 1024 * 1024;

  @Type(() => Number)
  @IsInt()
  @Min(2)
  @Max(50)
  GRAPHQL_MAX_DEPTH = 10;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  GRAPHQL_MAX_ALIASES = 15;

  @Type(() => Number)
  @IsInt()
  @Min(100)
  GRAPHQL_MAX_COST = 5000;

  @Type(() => Number)
  @IsInt()
  @Min(100)
  GRAPHQL_MAX_TOKENS = 2000;

  @Type(() => Boolean)
  @IsBoolean()
  GRAPHQL_INTROSPECTION = true;

  /**
   * Failed or not, `login` attempts allowed on one account from one client address in one window.
   * The lock holds that pair only: the owner signing in from another address is not locked out.
   */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  LOGIN_MAX_ATTEMPTS_PER_ACCOUNT = 5;

  /**
   * HTTP requests one client address may have in progress at once (health checks excepted). The
   * next one is answered 429 RATE_LIMITED before any parsing, so a burst from one address costs the
   * API almost nothing beyond this many requests. A browser opens at most six connections to a host,
   * so this leaves room for several clinicians behind one clinic's address.
   */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  HTTP_MAX_IN_FLIGHT_PER_ADDRESS = 32;

  /**
   * The load balancers or reverse proxies in front of the API, as IP addresses and CIDR ranges,
   * comma-separated (`10.0.0.0/8,2001:db8::/32`). Only a request whose connection comes from one of
   * them has its X-Forwarded-For read: the client is the rightmost entry that is not a trusted proxy.
   * Empty (the default) trusts nobody and ignores the header: every per-address limit, the audit
   * record and the WebSocket context use the connection's peer.
   */
  @IsString()
  TRUSTED_PROXIES = '';

  /**
   * Start request handlers one per event-loop turn, taking client addresses in turn, so a burst of
   * cheap-to-refuse requests (password guesses) cannot hold the health checks and other clients
   * behind it. On by default; `false` only to compare (see `npm run bench:flood`).
   */
  @Type(() => Boolean)
  @IsBoolean()
  HTTP_TAKE_TURNS = true;

  /** `login` attempts allowed per client address in one window. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  LOGIN_MAX_ATTEMPTS_PER_ADDRESS = 30;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  LOGIN_WINDOW_SECONDS = 900;

  /**
   * Failed `login` attempts on one account, counted over all addresses in one window, after which
   * each further attempt on it waits (progressively longer, up to LOGIN_MAX_DELAY_MS): guessing is
   * slowed everywhere while the owner, from a fresh address, is never locked out.
   */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  LOGIN_SLOWDOWN_AFTER_FAILURES = 10;

  /** The longest wait the login slowdown adds to one attempt. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(30_000)
  LOGIN_MAX_DELAY_MS = 2000;

  /** `register` calls allowed per client address per hour. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  REGISTRATION_MAX_PER_ADDRESS_PER_HOUR = 10;

  /** requestPasswordReset and resetPassword calls one client address may make per hour. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  PASSWORD_RESET_MAX_PER_ADDRESS_PER_HOUR = 10;

  /** Reset e-mails one address may be sent per hour; further requests answer alike and send nothing. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  PASSWORD_RESET_MAX_PER_EMAIL_PER_HOUR = 3;

  /** Subscriptions one WebSocket may hold open at once. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  WS_MAX_SUBSCRIPTIONS_PER_SOCKET = 20;

  /**
   * Subscriptions a socket may have refused (over a limit, not a subscription, not valid GraphQL)
   * before it is closed with 4429: a client that keeps asking past its limits is cut off instead of
   * being answered one refusal at a time.
   */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  WS_MAX_REFUSALS_PER_SOCKET = 50;

  /** Subscriptions one clinician may hold open at once over all their sockets (on one API instance). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  WS_MAX_SUBSCRIPTIONS_PER_CLINICIAN = 100;

  /** `previewDeidentification` calls per minute for a verified clinician (admins alike). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  PREVIEW_MAX_CALLS_PER_MINUTE = 60;

  /** Characters of `previewDeidentification` text per minute for a verified clinician. */
  @Type(() => Number)
  @IsInt()
  @Min(1000)
  PREVIEW_MAX_CHARACTERS_PER_MINUTE = 200_000;

  /** `previewDeidentification` calls per minute for an account without a verified licence. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  PREVIEW_UNVERIFIED_MAX_CALLS_PER_MINUTE = 10;

  /** Characters of `previewDeidentification` text per minute for an account without a verified licence. */
  @Type(() => Number)
  @IsInt()
  @Min(1000)
  PREVIEW_UNVERIFIED_MAX_CHARACTERS_PER_MINUTE = 20_000;

  /** `previewDeidentification` calls per minute from one client address, whoever signs them. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  PREVIEW_MAX_CALLS_PER_MINUTE_PER_ADDRESS = 120;

  /** Characters of `previewDeidentification` text per minute from one client address. */
  @Type(() => Number)
  @IsInt()
  @Min(1000)
  PREVIEW_MAX_CHARACTERS_PER_MINUTE_PER_ADDRESS = 400_000;

  /** How long an idempotency key and its first answer are kept. */
  @Type(() => Number)
  @IsInt()
  @Min(60)
  IDEMPOTENCY_KEY_TTL_SECONDS = 86_400;

  /** Approve a licence at once when the NPPES registry matches it in full (still audited). */
  @Type(() => Boolean)
  @IsBoolean()
  REGISTRY_AUTO_APPROVE = false;

  /** How often the licence expiry sweep runs (it also runs at boot). 0 turns the schedule off. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  LICENSE_SWEEP_INTERVAL_SECONDS = 3600;

  /** How often an open WebSocket's caller is checked again (suspension, logout, lapsed licence). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  WS_RECHECK_SECONDS = 3;

  /**
   * Search ranks at most this many matches, the newest ones: a term found in most cases ("suspected")
   * costs the same as a rare one instead of ranking the whole table.
   */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100_000)
  SEARCH_RANK_WINDOW = 1000;

  /** Hours until an URGENT consult falls due (a named one opens to the specialty; an unclaimed one expires). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  CONSULT_URGENT_DUE_HOURS = 4;

  /** Hours until a ROUTINE consult falls due. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  CONSULT_ROUTINE_DUE_HOURS = 72;

  /**
   * Seconds an URGENT consult pages one circle (the named specialist, or the specialists on call)
   * before it widens, unclaimed, to the next (the specialty, then the administrators).
   */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  CONSULT_PAGE_WIDEN_SECONDS = 600;

  /** How often the consult sweep runs (it also runs at boot). 0 turns the schedule off. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  CONSULT_SWEEP_INTERVAL_SECONDS = 300;

  /**
   * Days after a case is resolved when its author is asked for the outcome: 1 to 4 whole numbers
   * from 1 to 3650, comma-separated (pg-boss delayed jobs, one per day).
   */
  @Matches(/^\s*(\d{1,4})(\s*,\s*\d{1,4}){0,3}\s*$/, {
    message: 'OUTCOME_FOLLOWUP_DAYS must be 1 to 4 comma-separated numbers of days',
  })
  OUTCOME_FOLLOWUP_DAYS = '30,90';

  /** Longest period a credit statement may cover, in days. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(3660)
  CREDIT_MAX_PERIOD_DAYS = 366;

  /** PHI_SUSPECTED reports one clinician may have open from the last 24 hours; more get RATE_LIMITED. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  MODERATION_MAX_OPEN_PHI_REPORTS_PER_DAY = 10;

  /**
   * A reporter with this many PHI_SUSPECTED reports dismissed within the window no longer hides
   * content by reporting it (the reports still queue for an administrator). 0 turns the rule off.
   */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  MODERATION_DISMISSALS_BEFORE_QUEUE_ONLY = 3;

  /** The window, in days, over which dismissed reports count against a reporter. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  MODERATION_DISMISSAL_WINDOW_DAYS = 30;

  /**
   * The directory registry imports read server files from (`startRegistryImport(path)` names a file
   * inside it) and keep uploads in; empty means DATA_DIR/registry.
   */
  @IsString()
  REGISTRY_IMPORT_DIR = '';

  /** Largest NPPES file an administrator may upload (`POST /admin/registry-imports`). */
  @Type(() => Number)
  @IsInt()
  @Min(1024)
  REGISTRY_UPLOAD_MAX_BYTES = 1_073_741_824;

  /** Largest attachment upload (a photo, scan or DICOM file), in bytes; refused with 413 above it. */
  @Type(() => Number)
  @IsInt()
  @Min(1024)
  @Max(512 * 1024 * 1024)
  MEDIA_MAX_UPLOAD_BYTES = 32 * 1024 * 1024;

  /** Most pixels of one decoded image (or DICOM frame); a larger one is refused before decoding. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  MEDIA_MAX_PIXELS = 50_000_000;

  /** How long a signed attachment URL stays valid. */
  @Type(() => Number)
  @IsInt()
  @Min(10)
  @Max(3600)
  MEDIA_URL_TTL_SECONDS = 300;

  /** Attachments one clinician may have waiting to be processed at once. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  MEDIA_MAX_PROCESSING_PER_CLINICIAN = 10;

  /** Read burned-in text (OCR) in uploaded images; off only for tests that do not look at text. */
  @Type(() => Boolean)
  @IsBoolean()
  MEDIA_OCR = true;

  /** Find and mask faces in uploaded photos; off only for tests that do not look at faces. */
  @Type(() => Boolean)
  @IsBoolean()
  MEDIA_FACES = true;

  /** Attachments this process works on at once (pg-boss workers of the media queue). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(16)
  MEDIA_WORKER_CONCURRENCY = 1;

  /**
   * A media job silent this long is taken as lost (its process crashed) and delivered again; sent
   * with each job, so it must exceed the slowest image's processing time.
   */
  @Type(() => Number)
  @IsInt()
  @Min(5)
  @Max(86_400)
  MEDIA_JOB_EXPIRE_SECONDS = 300;

  /** Where attachment bytes are kept: `filesystem` (under DATA_DIR) or `s3` (an S3-compatible service). */
  @IsIn(['filesystem', 's3'])
  MEDIA_STORAGE: 'filesystem' | 's3' = 'filesystem';

  /** The S3-compatible endpoint (e.g. a MinIO or Ceph address); without it, AWS's own for the region. */
  @IsOptional()
  @IsString()
  MEDIA_S3_ENDPOINT?: string;

  /** The bucket; keys are prefixed `quarantine/` and `renderings/`. Required with MEDIA_STORAGE=s3. */
  @IsOptional()
  @IsString()
  MEDIA_S3_BUCKET?: string;

  @IsString()
  MEDIA_S3_REGION = 'us-east-1';

  /** Credentials; without them the AWS SDK's default chain (environment, instance role) is used. */
  @IsOptional()
  @IsString()
  MEDIA_S3_ACCESS_KEY_ID?: string;

  @IsOptional()
  @IsString()
  MEDIA_S3_SECRET_ACCESS_KEY?: string;

  /** Path-style addressing (`endpoint/bucket/key`), which most S3-compatible servers need. */
  @Type(() => Boolean)
  @IsBoolean()
  MEDIA_S3_FORCE_PATH_STYLE = true;

  /** Connections pg-boss keeps to a PostgreSQL server (on embedded PGlite it shares the app's one). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  JOBS_POOL_SIZE = 4;

  /** How often pg-boss expires lost jobs and archives old ones, in seconds. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  JOBS_MAINTENANCE_SECONDS = 30;

  /**
   * SMTP server for notification e-mail (smtp:// or smtps://, credentials in the URL). Without it,
   * messages are appended to DATA_DIR/mail-outbox.jsonl (`npm run cli -- mail list`).
   */
  @IsOptional()
  @Matches(/^smtps?:\/\/\S+$/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  /** The From address of notification e-mail. */
  @IsEmail({}, { message: 'MAIL_FROM must be an email address' })
  MAIL_FROM = 'notifications@curbside.local';

  /** The address clinicians open the app at: links in e-mail and push point there. */
  @Matches(/^https?:\/\/\S+$/, { message: 'PUBLIC_URL must be an http(s):// URL' })
  PUBLIC_URL = 'http://127.0.0.1:3000';

  /** Attempts one e-mail or push delivery gets before it is marked failed. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(20)
  DELIVERY_MAX_ATTEMPTS = 5;

  /** Seconds before the first retry of a failed delivery (doubled each time). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  DELIVERY_RETRY_DELAY_SECONDS = 5;

  /** Web Push (VAPID) key pair, base64url. Required in production; generated into DATA_DIR otherwise. */
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{80,100}$/, { message: 'VAPID_PUBLIC_KEY must be a base64url P-256 public key' })
  VAPID_PUBLIC_KEY?: string;

  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{40,50}$/, { message: 'VAPID_PRIVATE_KEY must be a base64url P-256 private key' })
  VAPID_PRIVATE_KEY?: string;

  get isProduction(): boolean {
    return this.NODE_ENV === 'production';
  }

  get jwtSecret(): string {
    if (!this.JWT_SECRET) throw new ConfigError(['JWT_SECRET is not set']);
    return this.JWT_SECRET;
  }
}

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

const BOOLEAN_WORDS: Record<string, boolean> = {
  true: true,
  '1': true,
  yes: true,
  false: false,
  '0': false,
  no: false,
};

/**
 * Reads and validates the configuration. Throws a {@link ConfigError} naming each bad variable
 * (never its value). Empty strings count as unset.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const defaults = new AppConfig();
  const raw: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const key of Object.keys(defaults).concat(optionalKeys)) {
    const value = env[key];
    if (value === undefined || value === '') continue;
    if (typeof (defaults as unknown as Record<string, unknown>)[key] === 'boolean') {
      const word = BOOLEAN_WORDS[value.trim().toLowerCase()];
      if (word === undefined) problems.push(`${key} must be true or false`);
      else raw[key] = word;
      continue;
    }
    raw[key] = value;
  }
  const config = plainToInstance(AppConfig, raw, { exposeDefaultValues: true });
  for (const error of validateSync(config, { forbidUnknownValues: true })) {
    for (const message of Object.values(error.constraints ?? {})) {
      problems.push(message.startsWith(error.property) ? message : `${error.property}: ${message}`);
    }
  }
  if (config.NODE_ENV === 'production' && !config.JWT_SECRET) {
    problems.push('JWT_SECRET is required when NODE_ENV=production');
  }
  if (config.NODE_ENV === 'production' && !(config.VAPID_PUBLIC_KEY && config.VAPID_PRIVATE_KEY)) {
    problems.push('VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY are required when NODE_ENV=production');
  }
  if (Boolean(config.VAPID_PUBLIC_KEY) !== Boolean(config.VAPID_PRIVATE_KEY)) {
    problems.push('VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY must be set together');
  }
  if (config.DATABASE_REPLICA_URL && !config.DATABASE_URL) {
    problems.push('DATABASE_REPLICA_URL needs DATABASE_URL (a replica of a PostgreSQL server)');
  }
  if (Boolean(config.CURBSIDE_ADMIN_EMAIL) !== Boolean(config.CURBSIDE_ADMIN_PASSWORD)) {
    problems.push('CURBSIDE_ADMIN_EMAIL and CURBSIDE_ADMIN_PASSWORD must be set together');
  }
  if (config.MEDIA_STORAGE === 's3' && !config.MEDIA_S3_BUCKET) {
    problems.push('MEDIA_S3_BUCKET is required when MEDIA_STORAGE=s3');
  }
  if (Boolean(config.MEDIA_S3_ACCESS_KEY_ID) !== Boolean(config.MEDIA_S3_SECRET_ACCESS_KEY)) {
    problems.push('MEDIA_S3_ACCESS_KEY_ID and MEDIA_S3_SECRET_ACCESS_KEY must be set together');
  }
  try {
    TrustedProxies.parse(config.TRUSTED_PROXIES);
  } catch (error) {
    if (!(error instanceof TrustedProxiesError)) throw error;
    problems.push(error.message);
  }
  if (problems.length > 0) throw new ConfigError(problems);
  if (raw.GRAPHQL_INTROSPECTION === undefined) config.GRAPHQL_INTROSPECTION = !config.isProduction;
  return config;
}

const optionalKeys = [
  'MEDIA_S3_ENDPOINT',
  'MEDIA_S3_BUCKET',
  'MEDIA_S3_ACCESS_KEY_ID',
  'MEDIA_S3_SECRET_ACCESS_KEY',
  'DATABASE_URL',
  'DATABASE_REPLICA_URL',
  'SMTP_URL',
  'VAPID_PUBLIC_KEY',
  'VAPID_PRIVATE_KEY',
  'JWT_SECRET',
  'CURBSIDE_ADMIN_EMAIL',
  'CURBSIDE_ADMIN_PASSWORD',
  'REDIS_URL',
];

/** The configuration as it may be printed: sensitive values replaced by a mask. */
export function describeConfig(config: AppConfig): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(config)) {
    if (value === undefined) continue;
    out[key] = SENSITIVE_VARIABLES.has(key) ? '******' : value;
  }
  return out;
}
