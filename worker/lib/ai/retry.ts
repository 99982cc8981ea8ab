import { AiError } from "./errors";
import type { RetryOptions } from "./types";

export const RETRY_DEFAULTS: Required<RetryOptions> = {
  maxAttempts: 3,
  baseDelayMs: 500,
  maxDelayMs: 8_000,
  maxRetryAfterMs: 20_000,
};

/**
 * Reads `retry-after-ms` (OpenAI) or `Retry-After` (seconds or an HTTP date) into milliseconds.
 * Returns undefined when absent or unreadable.
 */
export function parseRetryAfter(headers: Headers | undefined | null, now: number = Date.now()): number | undefined {
  if (!headers) return undefined;
  const ms = headers.get("retry-after-ms");
  if (ms !== null && ms.trim() !== "") {
    const value = Number(ms);
    if (Number.isFinite(value) && value >= 0) return value;
  }
  const raw = headers.get("retry-after");
  if (raw === null || raw.trim() === "") return undefined;
  const seconds = Number(raw);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(raw);
  if (Number.isFinite(date)) return Math.max(0, date - now);
  return undefined;
}

/** Exponential backoff with full jitter: a random wait in [base·2^(n-1) / 2, base·2^(n-1)], capped. */
export function backoffDelay(attempt: number, options: Required<RetryOptions>, random: () => number): number {
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

export type Deadline = {
  signal: AbortSignal;
  timedOut(): boolean;
  /** Restarts the timer (an idle timeout: streams touch it on every chunk). */
  touch(): void;
  dispose(): void;
};

/** A signal that aborts after `timeoutMs` without `touch()`, or when the caller's signal aborts. */
export function createDeadline(timeoutMs: number, parent?: AbortSignal): Deadline {
  const controller = new AbortController();
  let expired = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      expired = true;
      controller.abort(new AiError("AI_TIMEOUT", `No answer within ${timeoutMs} ms`));
    }, timeoutMs);
  };
  const onParentAbort = () => controller.abort(new AiError("AI_CANCELLED", "The AI call was cancelled"));
  arm();
  if (parent?.aborted) onParentAbort();
  else parent?.addEventListener("abort", onParentAbort, { once: true });
  return {
    signal: controller.signal,
    timedOut: () => expired,
    touch: () => {
      if (!controller.signal.aborted) arm();
    },
    dispose: () => {
      clearTimeout(timer);
      parent?.removeEventListener("abort", onParentAbort);
    },
  };
}

export type AttemptContext = { attempt: number; deadline: Deadline };

/**
 * Runs `fn` with a fresh per-attempt deadline and retries retryable AiErrors (429, 5xx, network) up to
 * `maxAttempts`, waiting the provider's Retry-After when given (up to `maxRetryAfterMs`), otherwise backoff with
 * jitter. A timeout or the caller's abort is final. With `keepDeadline`, the successful attempt's deadline is
 * handed to the caller (who must dispose it), e.g. to keep timing a stream's body.
 */
export async function withRetries<T>(
  fn: (ctx: AttemptContext) => Promise<T>,
  options: {
    retry: Required<RetryOptions>;
    timeoutMs: number;
    signal?: AbortSignal;
    sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
    random: () => number;
    keepDeadline?: boolean;
    onRetry?: (info: { attempt: number; code: string; delayMs: number }) => void;
  },
): Promise<{ value: T; attempts: number; deadline: Deadline }> {
  for (let attempt = 1; ; attempt++) {
    if (options.signal?.aborted) throw new AiError("AI_CANCELLED", "The AI call was cancelled", { attempts: attempt });
    const deadline = createDeadline(options.timeoutMs, options.signal);
    let keep = false;
    try {
      const value = await fn({ attempt, deadline });
      keep = options.keepDeadline === true;
      return { value, attempts: attempt, deadline };
    } catch (raw) {
      const error = normaliseAttemptError(raw, deadline.timedOut(), options.signal, options.timeoutMs);
      error.attempts = attempt;
      if (!error.retryable || attempt >= options.retry.maxAttempts) throw error;
      let delayMs = backoffDelay(attempt, options.retry, options.random);
      if (error.retryAfterMs !== undefined) {
        if (error.retryAfterMs > options.retry.maxRetryAfterMs) throw error;
        delayMs = error.retryAfterMs;
      }
      options.onRetry?.({ attempt, code: error.code, delayMs });
      try {
        await options.sleep(delayMs, options.signal);
      } catch {
        throw new AiError("AI_CANCELLED", "The AI call was cancelled", { attempts: attempt });
      }
    } finally {
      if (!keep) deadline.dispose();
    }
  }
}

/** Whatever a provider threw, as an AiError, with timeouts and cancellation recognised from the signals. */
export function normaliseAttemptError(
  raw: unknown,
  timedOut: boolean,
  parent: AbortSignal | undefined,
  timeoutMs: number,
): AiError {
  if (timedOut) return new AiError("AI_TIMEOUT", `No answer within ${timeoutMs} ms`, { cause: raw });
  if (parent?.aborted) return new AiError("AI_CANCELLED", "The AI call was cancelled", { cause: raw });
  if (raw instanceof AiError) return raw;
  return new AiError("AI_NETWORK", raw instanceof Error ? raw.message : String(raw), { cause: raw });
}
