/** A meeting's settings, fixed at create: stored in D1 (`config_json`) and in its Durable Object. */
export interface MeetingConfig {
  title: string;
  context: string | null;
  language: "zh-CN" | "en";
  resumeId: string | null;
  /** Points per started minute, fixed at create so that a config change never re-prices a running meeting. */
  pointsPerMinute: number;
}

/** The ledger key of a meeting's n-th minute (1-based): one charge per minute, whatever retries happen. */
export const minuteKey = (sessionId: string, minute: number) => `meeting:${sessionId}:minute:${minute}`;
export const minuteKeyPrefix = (sessionId: string) => `meeting:${sessionId}:minute:`;

/** A billed minute starts while the user is connected; nobody heard from for this long pauses billing. */
export const DISCONNECT_GRACE_MS = 45_000;
export const MINUTE_MS = 60_000;
/** The balance warning shows when it pays for this many minutes or fewer. */
export const LOW_BALANCE_MINUTES = 2;
