import { Type, type Static } from 'typebox';
import { Value } from 'typebox/value';
import { WORK_BITS_MAX } from '../shared/work.ts';

/**
 * Every setting of an instance, read from the environment once at start-up. The README's configuration table
 * lists the same names and defaults.
 */
export const ConfigSchema = Type.Object({
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 3000 }),
  HOST: Type.String({ minLength: 1, default: '127.0.0.1' }),
  /** The SQLite file; its folder is created if missing. */
  DATA_FILE: Type.String({ minLength: 1, default: './data/takhojd.db' }),
  /** Base of the links people are given (join link, QR code), e.g. https://takhojd.example.se. */
  PUBLIC_URL: Type.Optional(Type.String({ pattern: '^https?://[^/]+/?$' })),
  /** When set, creating a board needs `Authorization: Bearer <CREATE_TOKEN>`. */
  CREATE_TOKEN: Type.Optional(Type.String({ minLength: 16 })),
  LOG_LEVEL: Type.Enum(['fatal', 'error', 'warn', 'info', 'debug', 'silent'], { default: 'info' }),
  /** The longest a board may be kept after it closes; boards choose up to this (default 30 days). */
  RETENTION_MAX_DAYS: Type.Integer({ minimum: 1, maximum: 3650, default: 365 }),
  /** Boards are deleted this many days after they were created even if nobody closed them. */
  BOARD_MAX_AGE_DAYS: Type.Integer({ minimum: 1, maximum: 3650, default: 365 }),
  /**
   * Boards the instance keeps at once, open or closed; creating one more is refused (BOARD_LIMIT_REACHED) until one
   * is deleted. It bounds the disk together with MAX_POSTS_PER_BOARD: a post is at most about 33 kB (the request
   * body limit in shared/limits.ts), typically under 1 kB. A thousand boards of a few hundred posts each is a few
   * hundred MB; the theoretical worst case (every board full of maximal posts) is far more, and takes an attacker
   * days of paid-for seats and boards per address per hour — set CREATE_TOKEN where anyone can reach the instance.
   * Unclosed boards live up to BOARD_MAX_AGE_DAYS, so an organisation's boards add up over a year.
   */
  MAX_BOARDS: Type.Integer({ minimum: 1, default: 1000 }),
  /**
   * Posts a board stores at once, whatever their status; a retracted or removed post frees its place. 3,000 fits a
   * hall of 1,000 people posting three times each (rooms post one or two each).
   */
  MAX_POSTS_PER_BOARD: Type.Integer({ minimum: 1, default: 3000 }),
  /** How often coalesced reaction counts go out. */
  REACTION_TICK_MS: Type.Integer({ minimum: 10, maximum: 60_000, default: 3000 }),
  /**
   * Optional ceiling on requests per minute from one network address for requests that carry no seat. Unset by
   * default: a whole room often shares one address, and a shared budget lets one script in the room lock out
   * everyone else (seats cost work instead, and each seat has its own budget; see server/plugins/rate-limit.ts).
   */
  RATE_LIMIT_PER_MINUTE: Type.Optional(Type.Integer({ minimum: 1 })),
  /** Proof of work for a new seat or a join-code lookup: about 2^bits hashes each; 0 switches it off. */
  SEAT_WORK_BITS: Type.Integer({ minimum: 0, maximum: WORK_BITS_MAX, default: 16 }),
  /** Boards one network address may create per hour. */
  BOARDS_PER_ADDRESS_PER_HOUR: Type.Integer({ minimum: 1, default: 30 }),
  /** Open TCP connections (sockets included) per instance; lowered to fit the process's file-descriptor limit. */
  MAX_CONNECTIONS: Type.Integer({ minimum: 1, default: 20_000 }),
  /**
   * Open TCP connections from one network address. A phone holds its live socket and, while the server is slow to
   * answer, up to six HTTP connections (the browsers' limit per site): a thousand phones on one address fit.
   */
  MAX_CONNECTIONS_PER_ADDRESS: Type.Integer({ minimum: 1, default: 10_000 }),
  /**
   * Live sockets the instance keeps open at once; one more is refused with 503 and Retry-After. Each idle socket
   * costs about 12 kB and a file descriptor: keep it below the process's descriptor limit (`ulimit -n`).
   */
  MAX_SOCKETS: Type.Integer({ minimum: 1, default: 10_000 }),
  /**
   * Live sockets from one network address (an IPv4 address or an IPv6 /64); one more is refused with 429. A hall
   * of 1,000 behind one NAT, some with two tabs, plus projector and consoles, is about 1,300: this leaves room
   * for two rooms behind one agency address.
   */
  MAX_SOCKETS_PER_ADDRESS: Type.Integer({ minimum: 1, default: 2500 }),
  /** The reverse proxy's address or CIDR whose X-Forwarded-For is believed. Never a hop count or `true`. */
  TRUST_PROXY: Type.Optional(Type.String({ minLength: 1 })),
});
export type Config = Static<typeof ConfigSchema>;

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const raw: Record<string, unknown> = {};
  for (const key of Object.keys(ConfigSchema.properties)) {
    const value = env[key];
    if (value !== undefined && value !== '') raw[key] = value;
  }
  const config = Value.Convert(ConfigSchema, Value.Default(ConfigSchema, raw));
  if (!Value.Check(ConfigSchema, config)) {
    const problems = [...Value.Errors(ConfigSchema, config)].map(
      (error) => `${error.instancePath} ${error.message}`,
    );
    throw new Error(`Invalid configuration: ${problems.join('; ')}`);
  }
  return config;
}
