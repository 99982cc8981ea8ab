/**
 * Why an AI call failed. Stable: recorded in `ai_calls.error` and read by callers to decide what to tell the user.
 * - AI_NOT_CONFIGURED     the selected provider lacks its settings (key, model, binding) or the offline handler
 * - AI_TIMEOUT            no answer within the timeout (not retried: a slow upstream rarely gets faster)
 * - AI_RATE_LIMITED       429 after every attempt, or a Retry-After longer than we are willing to wait
 * - AI_UPSTREAM           5xx after every attempt
 * - AI_NETWORK            the connection failed after every attempt
 * - AI_BAD_REQUEST        the provider refused the request (4xx other than 429): configuration or prompt problem
 * - AI_INVALID_JSON       an answer that is not JSON (recorded on the round trip; repaired once)
 * - AI_SCHEMA_MISMATCH    JSON that fails the schema (recorded on the round trip; repaired once)
 * - AI_INVALID_OUTPUT     still invalid after the repair attempt (or offline output failing the schema)
 * - AI_CANCELLED          the caller aborted (user hung up, consumer stopped reading)
 * - AI_EMPTY              the provider answered with no content
 */
export type AiErrorCode =
  | "AI_NOT_CONFIGURED"
  | "AI_TIMEOUT"
  | "AI_RATE_LIMITED"
  | "AI_UPSTREAM"
  | "AI_NETWORK"
  | "AI_BAD_REQUEST"
  | "AI_INVALID_JSON"
  | "AI_SCHEMA_MISMATCH"
  | "AI_INVALID_OUTPUT"
  | "AI_CANCELLED"
  | "AI_EMPTY";

const RETRYABLE = new Set<AiErrorCode>(["AI_RATE_LIMITED", "AI_UPSTREAM", "AI_NETWORK"]);

export class AiError extends Error {
  readonly code: AiErrorCode;
  /** HTTP status from the provider, when there was one. */
  readonly status?: number;
  /** Wait the provider asked for (Retry-After), in ms. */
  readonly retryAfterMs?: number;
  /** Provider attempts made before giving up. */
  attempts: number;
  /** Extra facts without personal data (e.g. schema issues as paths and messages). */
  readonly details?: unknown;

  constructor(
    code: AiErrorCode,
    message: string,
    options: { status?: number; retryAfterMs?: number; cause?: unknown; details?: unknown; attempts?: number } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = "AiError";
    this.code = code;
    this.status = options.status;
    this.retryAfterMs = options.retryAfterMs;
    this.details = options.details;
    this.attempts = options.attempts ?? 1;
  }

  get retryable(): boolean {
    return RETRYABLE.has(this.code);
  }
}

export function isAiError(error: unknown): error is AiError {
  return error instanceof AiError;
}

/** Maps an HTTP status from a provider to an error code. */
export function codeForStatus(status: number): AiErrorCode {
  if (status === 429) return "AI_RATE_LIMITED";
  if (status === 408) return "AI_TIMEOUT";
  if (status >= 500) return "AI_UPSTREAM";
  return "AI_BAD_REQUEST";
}
