import { useCallback, useRef } from "react";

/** A random `Idempotency-Key` (`^[\w-]+$`, 8–100 characters). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  // Non-secure contexts lack randomUUID; getRandomValues is always there.
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * One idempotency key per purchase attempt. `keyFor(intent)` returns the same key for the same intent
 * (e.g. `recharge:1000:wechatpay`) until `done()` is called after a success, so double clicks and retries
 * after a failed or lost answer reuse it and the server answers with the same order. A different intent
 * (the user changed the amount) starts a new attempt.
 */
export function useIdempotencyKey() {
  const attempt = useRef<{ intent: string; key: string } | null>(null);
  const keyFor = useCallback((intent: string) => {
    if (attempt.current?.intent !== intent) attempt.current = { intent, key: newIdempotencyKey() };
    return attempt.current.key;
  }, []);
  const done = useCallback(() => {
    attempt.current = null;
  }, []);
  return { keyFor, done };
}
