import { useCallback, useEffect, useState } from "react";

/**
 * A per-key countdown (e.g. the 60 s resend cooldown per email address), kept in sessionStorage so
 * that a reload does not reset it. `remaining` is in whole seconds; 0 means "ready".
 */
const PREFIX = "zm_cooldown:";

function readUntil(key: string): number {
  try {
    return Number(globalThis.sessionStorage?.getItem(PREFIX + key) ?? 0) || 0;
  } catch {
    return 0;
  }
}

function writeUntil(key: string, until: number) {
  try {
    globalThis.sessionStorage?.setItem(PREFIX + key, String(until));
  } catch {
    // storage unavailable: the countdown still runs in memory
  }
}

const secondsLeft = (until: number) => Math.max(0, Math.ceil((until - Date.now()) / 1000));

export function useCooldown(key: string) {
  const [until, setUntil] = useState(() => readUntil(key));
  const [remaining, setRemaining] = useState(() => secondsLeft(until));

  useEffect(() => {
    const stored = readUntil(key);
    setUntil(stored);
    setRemaining(secondsLeft(stored));
  }, [key]);

  useEffect(() => {
    if (secondsLeft(until) === 0) {
      setRemaining(0);
      return;
    }
    setRemaining(secondsLeft(until));
    const timer = setInterval(() => {
      const left = secondsLeft(until);
      setRemaining(left);
      if (left === 0) clearInterval(timer);
    }, 1000);
    return () => clearInterval(timer);
  }, [until]);

  const start = useCallback(
    (seconds: number) => {
      const next = Date.now() + seconds * 1000;
      writeUntil(key, next);
      setUntil(next);
    },
    [key],
  );

  return { remaining, start };
}

/** Countdown to a moment held in memory only (e.g. a login rate limit's Retry-After). */
export function useCountdown(until: number | null): number {
  const [remaining, setRemaining] = useState(() => (until ? secondsLeft(until) : 0));
  useEffect(() => {
    if (!until) {
      setRemaining(0);
      return;
    }
    setRemaining(secondsLeft(until));
    const timer = setInterval(() => {
      const left = secondsLeft(until);
      setRemaining(left);
      if (left === 0) clearInterval(timer);
    }, 1000);
    return () => clearInterval(timer);
  }, [until]);
  return remaining;
}
