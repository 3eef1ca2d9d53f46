import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';
import { randomBytes } from 'node:crypto';
import { DataCipher } from '../crypto/data-cipher.js';
import {
  type DataKeyRing,
  developmentDataKeys,
  parseDataKeys,
  TEST_DATA_KEYS,
} from '../crypto/data-keys.js';
import { toFieldProblems } from '../problem/validation-messages.js';

const toInt = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;
const toBool = ({ value }: { value: unknown }) =>
  value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value;

/**
 * Every setting of Incrocio, read from environment variables. Defaults are safe for a developer's
 * machine (local PostgreSQL and Redis, embedded search, mail written to a folder); production must
 * set the secrets explicitly.
 */
const CIPHERS = new WeakMap<AppConfig, DataCipher>();

export class AppConfig {
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(65535)
  HTTP_PORT = 3000;

  @IsString()
  HTTP_HOST = '127.0.0.1';

  @IsUrl({ require_tld: false, require_protocol: true })
  PUBLIC_BASE_URL = 'http://localhost:3000';

  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'deve essere un URL postgres://' })
  DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/incrocio';

  @Matches(/^[a-z_][a-z0-9_]{0,62}$/, { message: 'deve essere un nome di schema PostgreSQL' })
  DATABASE_SCHEMA = 'public';

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(200)
  DATABASE_POOL_SIZE = 10;

  @Matches(/^rediss?:\/\/\S+$/, { message: 'deve essere un URL redis://' })
  REDIS_URL = 'redis://127.0.0.1:6379';

  @Matches(/^[a-zA-Z0-9_-]{1,64}$/, { message: 'lettere, cifre, - e _ soltanto' })
  QUEUE_PREFIX = 'incrocio';

  @IsOptional()
  @IsIn(['postgres', 'meilisearch'])
  SEARCH_BACKEND?: 'postgres' | 'meilisearch';

  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true })
  MEILI_URL?: string;

  @IsOptional()
  @IsString()
  MEILI_API_KEY?: string;

  /**
   * The map tiles of the console's maps, a `{z}/{x}/{y}` URL template (for example an OpenStreetMap
   * tile server the organisation may use). Unset: the maps draw their markers on a blank background.
   */
  @IsOptional()
  @Matches(/^https?:\/\/[^\s"'<>]+$/, { message: 'deve essere un URL http(s) con {z}, {x} e {y}' })
  @Matches(/\{z\}.*\{x\}.*\{y\}/, { message: 'deve essere un URL http(s) con {z}, {x} e {y}' })
  MAP_TILE_URL?: string;

  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'deve avere almeno 32 caratteri' })
  JWT_SECRET?: string;

  @Transform(toInt)
  @IsInt()
  @Min(60)
  @Max(86400)
  JWT_TTL_SECONDS = 300;

  /** How long a login lasts: its refresh tokens rotate at each use, but the end does not move. */
  @Transform(toInt)
  @IsInt()
  @Min(300)
  @Max(2_592_000)
  REFRESH_TOKEN_TTL_SECONDS = 43_200;

  /**
   * How long an API process trusts what it last read of a user's account and login (0: it reads the
   * database at every request). A change made through another process shows here after at most this.
   */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(60)
  SESSION_CACHE_SECONDS = 5;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  @Matches(/^\d+(kb|mb)$/, { message: 'deve essere una dimensione come 100kb o 1mb' })
  HTTP_BODY_LIMIT = '100kb';

  @IsOptional()
  @Matches(/^smtps?:\/\/\S+$/, { message: 'deve essere un URL smtp://' })
  SMTP_URL?: string;

  @IsString()
  MAIL_DIR = 'var/mail';

  @IsString()
  MAIL_FROM = 'Incrocio <bollettino@incrocio.localhost>';

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3650)
  AUDIT_RETENTION_DAYS = 1825;

  @Transform(toInt)
  @IsInt()
  @Min(30)
  @Max(3650)
  CLOSED_CASE_RETENTION_DAYS = 730;

  /**
   * Counts of people shown to consultants (e.g. registered people near a company) from 1 to this
   * minus one are suppressed, so that a count cannot single a person out. 1 shows every count.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100)
  SMALL_CELL_THRESHOLD = 5;

  @Transform(toInt)
  @IsInt()
  @Min(3)
  @Max(100)
  LOGIN_MAX_FAILURES = 5;

  @Transform(toInt)
  @IsInt()
  @Min(60)
  @Max(86400)
  LOGIN_LOCKOUT_SECONDS = 900;

  @Transform(toBool)
  @IsBoolean()
  RATE_LIMITS_ENABLED = true;

  /** The OpenAPI pages for anyone; unset, production shows the document to administrators only. */
  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  OPENAPI_PUBLIC?: boolean;

  /** Simultaneous SMTP connections per worker process. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(50)
  SMTP_POOL_SIZE = 5;

  /** Bulletin e-mails per second across all workers (BullMQ global rate limit). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(5000)
  BULLETIN_SEND_RATE_PER_SECOND = 50;

  /** Bulletin e-mails one worker process sends at the same time. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(200)
  BULLETIN_SEND_CONCURRENCY = 10;

  /** Attempts for a temporary SMTP failure (4xx, connection lost), with exponential backoff. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(20)
  BULLETIN_SEND_ATTEMPTS = 6;

  @Transform(toInt)
  @IsInt()
  @Min(10)
  @Max(3_600_000)
  BULLETIN_RETRY_DELAY_MS = 30_000;

  /** Consecutive permanent failures (5xx) after which an address is suspended. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(20)
  BULLETIN_MAX_BOUNCES = 3;

  /** After this long a send claimed by a worker that vanished is taken back (or marked uncertain). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3600)
  BULLETIN_SEND_LEASE_SECONDS = 120;

  /** How often the worker looks for deliveries left behind by a crash. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3600)
  BULLETIN_RECONCILE_SECONDS = 60;

  /**
   * Keys sealing special-category data, `id:base64key,...` (32-byte keys; several during a
   * rotation). Required in production; tests use a fixed key, development a key generated once per
   * install in var/dev-data-key.
   */
  @IsOptional()
  @IsString()
  DATA_KEYS?: string;

  /** The DATA_KEYS entry that seals new data (may be left out when there is only one). */
  @IsOptional()
  @IsString()
  DATA_KEY_ID?: string;

  /** The cipher of special-category data, on the configured (or development, or test) keys. */
  get dataCipher(): DataCipher {
    let cipher = CIPHERS.get(this);
    if (!cipher) CIPHERS.set(this, (cipher = new DataCipher(this.dataKeyRing())));
    return cipher;
  }

  private dataKeyRing(): DataKeyRing {
    const list =
      this.DATA_KEYS ?? (this.NODE_ENV === 'test' ? TEST_DATA_KEYS : developmentDataKeys());
    const { ring, problems } = parseDataKeys(list, this.DATA_KEY_ID);
    if (!ring) throw new ConfigError(`Configurazione non valida:\n  ${problems.join('\n  ')}`);
    return ring;
  }

  get searchBackend(): 'postgres' | 'meilisearch' {
    return this.SEARCH_BACKEND ?? (this.MEILI_URL ? 'meilisearch' : 'postgres');
  }

  /** Whether /api/docs and /api/docs-json are served without a token: everywhere but production, by default. */
  get openApiPublic(): boolean {
    return this.OPENAPI_PUBLIC ?? this.NODE_ENV !== 'production';
  }

  /** The signing secret; outside production a random one is made per process when none is set. */
  get jwtSecret(): string {
    return (this.JWT_SECRET ??= randomBytes(32).toString('hex'));
  }
}

export class ConfigError extends Error {}

/** Reads and validates the configuration; any malformed variable stops start-up with its name. */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const known = Object.keys(new AppConfig()).concat([
    'SEARCH_BACKEND',
    'MAP_TILE_URL',
    'OPENAPI_PUBLIC',
    'MEILI_URL',
    'MEILI_API_KEY',
    'JWT_SECRET',
    'SMTP_URL',
  ]);
  const given = Object.fromEntries(
    Object.entries(env).filter(
      ([key, value]) => known.includes(key) && value !== undefined && value !== '',
    ),
  );
  const config = plainToInstance(AppConfig, given);
  const problems = toFieldProblems(validateSync(config, { whitelist: true })).map(
    ({ field, message }) => `${field}: ${message}`,
  );
  if (config.NODE_ENV === 'production' && !config.JWT_SECRET) {
    problems.push('JWT_SECRET: obbligatoria in produzione (almeno 32 caratteri)');
  }
  if (config.DATA_KEYS) {
    problems.push(...parseDataKeys(config.DATA_KEYS, config.DATA_KEY_ID).problems);
  } else if (config.NODE_ENV === 'production') {
    problems.push('DATA_KEYS: obbligatoria in produzione (id:chiave in base64 di 32 byte)');
  } else if (config.DATA_KEY_ID) {
    problems.push('DATA_KEY_ID: indicata senza DATA_KEYS');
  }
  if (config.searchBackend === 'meilisearch' && !config.MEILI_URL) {
    problems.push('MEILI_URL: obbligatoria quando SEARCH_BACKEND=meilisearch');
  }
  if (problems.length > 0) {
    throw new ConfigError(`Configurazione non valida:\n  ${problems.join('\n  ')}`);
  }
  return config;
}
