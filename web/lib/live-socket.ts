import { useCallback, useEffect, useRef, useState } from "react";
import type { z } from "zod";
import { CLOSE_ENDED } from "../../worker/modules/live/schemas.ts";
import { liveSocketUrl } from "../api-client/live.ts";

/**
 * The WebSocket of a live session (API.md "Live sessions"): opens it, validates every message from the
 * server with the shared schema (invalid ones are dropped with a console warning), validates what it
 * sends, pings every 25 s, and reconnects with a jittered exponential backoff (1 s, 2 s, 4 s … 15 s) until
 * the session ended — the server's `ended` message or close code 4000. The server sends a full `state` on
 * every (re)connect: the page redraws from it. Type-only zod import: the schemas are passed in.
 */

export type LiveSocketStatus =
  /** First connection attempt. */
  | "connecting"
  | "open"
  /** The connection dropped (or could not be made): waiting for the next attempt. */
  | "reconnecting"
  /** The session ended: no more attempts. */
  | "ended";

export const PING_INTERVAL_MS = 25_000;
/** Nothing heard (not even a pong) for this long: the connection is dead even if the browser has not noticed. */
const SILENCE_LIMIT_MS = 2 * PING_INTERVAL_MS + 10_000;
const BACKOFF_BASE_MS = 1_000;
const BACKOFF_MAX_MS = 15_000;

/** Delay before reconnect attempt `attempt` (0-based): 1 s, 2 s, 4 s … capped at 15 s, ±25 % jitter. */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempt));
  return Math.round(Math.min(BACKOFF_MAX_MS, base * (0.75 + random() * 0.5)));
}

type Typed = { type: string };

export interface LiveSocketOptions<S extends z.ZodType<Typed>, C extends z.ZodType<Typed>> {
  /** The session's `wsPath`; null: do not connect (e.g. the session is known to have ended). */
  path: string | null;
  /** Schema of server → client messages. */
  server: S;
  /** Schema of client → server messages. */
  client: C;
  /** Every valid server message, in order (the latest callback is used; no need to memoize). */
  onMessage: (message: z.output<S>) => void;
}

export interface LiveSocket<C extends z.ZodType<Typed>> {
  status: LiveSocketStatus;
  /** Epoch ms of the next reconnect attempt while `reconnecting`. */
  retryAt: number | null;
  /** Consecutive attempts that did not reach the first server message. */
  failures: number;
  /** Validates and sends; false when the socket is not open or the message is invalid (nothing sent). */
  send: (message: z.input<C>) => boolean;
  /** Skip the wait: try again now (while `reconnecting`). */
  reconnectNow: () => void;
}

export function useLiveSocket<S extends z.ZodType<Typed>, C extends z.ZodType<Typed>>({
  path,
  server,
  client,
  onMessage,
}: LiveSocketOptions<S, C>): LiveSocket<C> {
  const [status, setStatus] = useState<LiveSocketStatus>(path ? "connecting" : "ended");
  const [retryAt, setRetryAt] = useState<number | null>(null);
  const [failures, setFailures] = useState(0);
  const socket = useRef<WebSocket | null>(null);
  const handler = useRef(onMessage);
  handler.current = onMessage;
  const schemas = useRef({ server, client });
  schemas.current = { server, client };
  const retryNow = useRef<() => void>(() => {});

  useEffect(() => {
    if (!path) {
      setStatus("ended");
      return;
    }
    let disposed = false;
    let ended = false;
    let attempt = 0;
    let heard = false;
    let lastHeard = 0;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    let pingTimer: ReturnType<typeof setInterval> | undefined;
    setStatus("connecting");
    setRetryAt(null);
    setFailures(0);

    const stopPinging = () => {
      if (pingTimer !== undefined) clearInterval(pingTimer);
      pingTimer = undefined;
    };

    const finish = () => {
      ended = true;
      stopPinging();
      if (retryTimer !== undefined) clearTimeout(retryTimer);
      setRetryAt(null);
      setStatus("ended");
    };

    const scheduleRetry = () => {
      if (disposed || ended) return;
      if (!heard) {
        attempt += 1;
        setFailures((n) => n + 1);
      } else {
        attempt = 0;
      }
      const delay = backoffDelay(Math.max(0, attempt - 1));
      setStatus("reconnecting");
      setRetryAt(Date.now() + delay);
      retryTimer = setTimeout(connect, delay);
    };

    function connect() {
      if (disposed || ended) return;
      retryTimer = undefined;
      setRetryAt(null);
      heard = false;
      let ws: WebSocket;
      try {
        ws = new WebSocket(liveSocketUrl(path as string));
      } catch (e) {
        console.warn("live socket: cannot open", e);
        scheduleRetry();
        return;
      }
      socket.current = ws;

      ws.onopen = () => {
        if (disposed || socket.current !== ws) return;
        lastHeard = Date.now();
        setStatus("open");
        stopPinging();
        pingTimer = setInterval(() => {
          if (ws.readyState !== WebSocket.OPEN) return;
          if (Date.now() - lastHeard > SILENCE_LIMIT_MS) {
            // Half-open connection: close it; onclose schedules the next attempt.
            ws.close(4001, "silent");
            return;
          }
          ws.send(JSON.stringify({ type: "ping" }));
        }, PING_INTERVAL_MS);
      };

      ws.onmessage = (event) => {
        if (disposed || socket.current !== ws) return;
        lastHeard = Date.now();
        if (typeof event.data !== "string") {
          console.warn("live socket: dropped a binary message");
          return;
        }
        let data: unknown;
        try {
          data = JSON.parse(event.data);
        } catch {
          console.warn("live socket: dropped a message that is not JSON", event.data.slice(0, 200));
          return;
        }
        const parsed = schemas.current.server.safeParse(data);
        if (!parsed.success) {
          console.warn("live socket: dropped an invalid message", data, parsed.error.issues);
          return;
        }
        if (!heard) {
          heard = true;
          attempt = 0;
          setFailures(0);
        }
        const message = parsed.data as z.output<S>;
        handler.current(message);
        if (message.type === "ended") finish();
      };

      ws.onclose = (event) => {
        if (socket.current === ws) socket.current = null;
        stopPinging();
        if (disposed) return;
        if (event.code === CLOSE_ENDED) finish();
        else scheduleRetry();
      };

      // An error is followed by close: the retry is scheduled there.
      ws.onerror = () => {};
    }

    retryNow.current = () => {
      if (disposed || ended || retryTimer === undefined) return;
      clearTimeout(retryTimer);
      connect();
    };
    const onOnline = () => retryNow.current();
    window.addEventListener("online", onOnline);

    connect();

    return () => {
      disposed = true;
      window.removeEventListener("online", onOnline);
      if (retryTimer !== undefined) clearTimeout(retryTimer);
      stopPinging();
      const ws = socket.current;
      socket.current = null;
      if (ws && (ws.readyState === WebSocket.OPEN || ws.readyState === WebSocket.CONNECTING)) ws.close(1000, "leave");
      retryNow.current = () => {};
    };
  }, [path]);

  const send = useCallback((message: z.input<C>) => {
    const ws = socket.current;
    if (!ws || ws.readyState !== WebSocket.OPEN) return false;
    const parsed = schemas.current.client.safeParse(message);
    if (!parsed.success) {
      console.warn("live socket: refused to send an invalid message", message, parsed.error.issues);
      return false;
    }
    ws.send(JSON.stringify(parsed.data));
    return true;
  }, []);

  const reconnectNow = useCallback(() => retryNow.current(), []);

  return { status, retryAt, failures, send, reconnectNow };
}
