// Every auth-related limit and lifetime in one place, so they can be tuned without reading the logic.

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export const SESSION_TTL_MS = 30 * DAY;
/** A session's sliding expiry is pushed forward at most this often, so /me does not write on every request. */
export const SESSION_TOUCH_INTERVAL_MS = HOUR;

export const VERIFY_TOKEN_TTL_MS = DAY;
export const RESET_TOKEN_TTL_MS = 30 * MINUTE;
export const RESEND_COOLDOWN_MS = MINUTE;

/** Wrong passwords for one account: from the 5th, locked 1 min, doubling per further failure, at most 1 h. */
export const LOCKOUT = { threshold: 5, baseMs: MINUTE, maxMs: HOUR } as const;

/** Exact counters (D1); the housekeeping cron drops windows older than a day, so keep windows ≤ 1 day. */
export const LIMITS = {
  register: { perIp: { limit: 5, windowMs: HOUR }, perEmail: { limit: 5, windowMs: HOUR } },
  login: { perIp: { limit: 10, windowMs: MINUTE }, perEmail: { limit: 10, windowMs: 15 * MINUTE } },
  forgot: { perIp: { limit: 20, windowMs: HOUR }, perEmail: { limit: 5, windowMs: HOUR } },
  resend: { perIp: { limit: 20, windowMs: HOUR }, perEmail: { limit: 5, windowMs: HOUR } },
  /** Guessing the current password with a stolen session. */
  changePassword: { perUser: { limit: 10, windowMs: 15 * MINUTE } },
} as const;

/** `Retry-After` when the approximate binding brake (60 per minute per IP, wrangler.toml) trips. */
export const BRAKE_RETRY_AFTER_S = 60;
