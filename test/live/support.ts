import { env, runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { expect } from "vitest";
import type { Browser } from "../api/auth/support";
import { api, ORIGIN } from "../helpers";

export type Msg = { type: string; [key: string]: unknown };

/** A WebSocket opened through the Worker the way the browser opens it (cookie + Origin), and what it receives. */
export async function openSocket(browser: Browser, wsPath: string, headers: Record<string, string> = {}) {
  const res = await api(wsPath, {
    headers: { Upgrade: "websocket", Origin: ORIGIN, Cookie: `zm_session=${browser.cookie}`, ...headers },
  });
  expect(res.status).toBe(101);
  const ws = res.webSocket;
  if (!ws) throw new Error("no socket");
  const inbox: Msg[] = [];
  const all: Msg[] = [];
  const waiters: Array<() => void> = [];
  let closed: { code: number } | null = null;
  ws.addEventListener("message", (event) => {
    const message = JSON.parse(event.data as string) as Msg;
    inbox.push(message);
    all.push(message);
    for (const wake of waiters.splice(0)) wake();
  });
  ws.addEventListener("close", (event) => {
    closed = { code: event.code };
    for (const wake of waiters.splice(0)) wake();
  });
  ws.accept();
  /** The next message of this type (earlier ones of other types stay in the inbox). */
  const next = async (type: string, timeoutMs = 10_000): Promise<Msg> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const index = inbox.findIndex((m) => m.type === type);
      if (index >= 0) return inbox.splice(index, 1)[0] as Msg;
      if (Date.now() > deadline) throw new Error(`no ${type} in time; got ${inbox.map((m) => m.type).join(",")}`);
      await new Promise<void>((resolve) => {
        waiters.push(resolve);
        setTimeout(resolve, 100);
      });
    }
  };
  /** Drops everything received so far. */
  const drain = () => inbox.splice(0);
  return {
    ws,
    next,
    drain,
    all,
    closed: () => closed,
    send: (m: unknown) => ws.send(typeof m === "string" ? m : JSON.stringify(m)),
    close: () => ws.close(1000, "bye"),
  };
}
export type TestSocket = Awaited<ReturnType<typeof openSocket>>;

type Namespace = typeof env.INTERVIEW_SESSIONS | typeof env.MEETING_SESSIONS;

/** Makes a session's named timer due now and runs its alarm (idle timeout, billing minute …). */
export async function fireTimer(namespace: Namespace, sessionId: string, name: string): Promise<boolean> {
  const stub = namespace.getByName(sessionId);
  const present = await runInDurableObject(stub, async (_instance, state) => {
    const changed = state.storage.sql.exec("UPDATE timers SET at = ? WHERE name = ?", Date.now() - 1, name).rowsWritten;
    if (changed > 0) await state.storage.setAlarm(Date.now() + 60_000);
    return changed > 0;
  });
  if (present) await runDurableObjectAlarm(stub);
  return present;
}

export async function timers(namespace: Namespace, sessionId: string): Promise<Record<string, number>> {
  return runInDurableObject(namespace.getByName(sessionId), async (_instance, state) =>
    Object.fromEntries(
      state.storage.sql
        .exec<{ name: string; at: number }>("SELECT name, at FROM timers")
        .toArray()
        .map((row) => [row.name, row.at]),
    ),
  );
}

export async function sessionRow(table: "interview_sessions" | "meeting_sessions", id: string) {
  return env.DB.prepare(
    `SELECT status, end_reason AS endReason, result_json AS result, minutes_billed AS minutesBilled,
       points_spent AS pointsSpent, ended_at AS endedAt FROM ${table} WHERE id = ?`,
  )
    .bind(id)
    .first<{
      status: string;
      endReason: string | null;
      result: string | null;
      minutesBilled: number;
      pointsSpent: number;
      endedAt: number | null;
    }>();
}

export async function ledgerKeys(userId: string): Promise<{ key: string; delta: number; reason: string }[]> {
  const rows = await env.DB.prepare(
    "SELECT idempotency_key AS key, delta, reason FROM points_ledger WHERE user_id = ? ORDER BY created_at, rowid",
  )
    .bind(userId)
    .all<{ key: string; delta: number; reason: string }>();
  return rows.results;
}
