import type { z } from "zod";
import { createDb, type Db } from "../worker/db/client";
import { type AiEnv, type AiGateway, createAiGateway, type Feature } from "../worker/lib/ai";
import { type ErrorCode, errorMessage } from "../worker/lib/errors";
import { log } from "../worker/lib/logger";
import { CLOSE_ENDED, type EndReason, type LiveLanguage, languageName } from "../worker/modules/live/schemas";
import { type LiveKind, markActive, recordEnd } from "../worker/modules/live/store";
import { liveOfflineEngine } from "../worker/modules/live/stream";
import type { ResumeSection } from "../worker/modules/resumes/schemas";
import { SocketObject } from "./socket-object";

export type SocketAttachment = { userId: string; connectedAt: number; lastSeen: number };

/** What the Worker hands a new session (RPC `init`). */
export interface LiveInit<Config> {
  sessionId: string;
  userId: string;
  config: Config;
  resume: { text: string; sections: ResumeSection[] } | null;
}

type SessionRow = {
  id: string;
  user_id: string;
  config_json: string;
  resume_json: string | null;
  /** created → active → ending (result built, D1 not written yet) → ended */
  status: "created" | "active" | "ending" | "ended";
  started_at: number;
  end_reason: EndReason | null;
  ended_at: number | null;
  result_json: string | null;
};

/** A failed D1 write of the end is retried after 30 s, doubling up to 32 min, 20 times (about ten hours). */
const RECORD_RETRY_MS = 30_000;
const RECORD_MAX_ATTEMPTS = 20;
/** How long an ended session's object keeps its storage (late reconnects still get the final state). */
export const PURGE_AFTER_MS = 24 * 60 * 60_000;

/**
 * One live session (ARCHITECTURE.md invariant 6): state in the object's SQLite storage so that it survives
 * eviction and reconnects, one alarm multiplexing named timers (idle timeout, billing, retries), and an end that
 * happens exactly once. SQLite calls are synchronous, so "claim, then await" sections cannot interleave with
 * another event between the check and the write; awaits on D1 or a model can, which the claims account for.
 */
export abstract class LiveSession<
  Client extends z.ZodType<{ type: string }>,
  Server extends z.ZodType<{ type: string }>,
  Config extends { language: LiveLanguage },
  Result,
> extends SocketObject<Client, Server, SocketAttachment> {
  protected abstract readonly kind: LiveKind;
  protected abstract readonly feature: Feature;
  /** No user action for this long ends the session (reason `timeout`). */
  protected abstract readonly idleMs: number;

  /** Creates the kind's own tables (called from the constructor, after the common ones). */
  protected abstract migrate(): void;
  /** Prepares a new session from its config (plan questions …). */
  protected abstract setUp(init: LiveInit<Config>): void;
  /** The `state` message: enough for a client to redraw everything. */
  protected abstract stateMessage(): z.input<Server>;
  protected abstract endedMessage(reason: EndReason, result: Result): z.input<Server>;
  protected abstract handle(ws: WebSocket, message: z.infer<Client>): Promise<void>;
  /** The result from what storage holds now. */
  protected abstract buildResult(reason: EndReason): Promise<Result>;
  /** Settles points for the end (idempotent: may run again after a failed D1 write). */
  protected abstract settle(result: Result): Promise<{ minutesBilled: number; pointsSpent: number }>;
  /** A timer of the kind's own came due. */
  protected async onTimer(_name: string): Promise<void> {}
  /** A socket connected to a running session (after the state was sent). */
  protected async onActive(_ws: WebSocket): Promise<void> {}

  private dbInstance: Db | undefined;
  private configCache: Config | undefined;
  private gatewayInstance: AiGateway | undefined;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.createTables();
  }

  private createTables(): void {
    this.ctx.storage.sql.exec(`
      CREATE TABLE IF NOT EXISTS session (
        id TEXT PRIMARY KEY, user_id TEXT NOT NULL, config_json TEXT NOT NULL, resume_json TEXT,
        status TEXT NOT NULL, started_at INTEGER NOT NULL, end_reason TEXT, ended_at INTEGER, result_json TEXT,
        record_attempts INTEGER NOT NULL DEFAULT 0);
      CREATE TABLE IF NOT EXISTS timers (name TEXT PRIMARY KEY, at INTEGER NOT NULL);`);
    this.migrate();
  }

  /**
   * A day after the end the object forgets everything (résumé, transcript, answers): D1 keeps the result.
   * Connecting afterwards answers SESSION_ENDED from the Worker.
   */
  private async purge(): Promise<void> {
    for (const ws of this.ctx.getWebSockets()) {
      try {
        ws.close(CLOSE_ENDED, "ended");
      } catch {
        // already closing
      }
    }
    await this.ctx.storage.deleteAll();
    this.configCache = undefined;
    this.createTables();
  }

  protected get db(): Db {
    this.dbInstance ??= createDb(this.env.DB);
    return this.dbInstance;
  }

  protected get gateway(): AiGateway {
    this.gatewayInstance ??= createAiGateway(this.env as unknown as AiEnv, { db: this.db, offline: liveOfflineEngine });
    return this.gatewayInstance;
  }

  protected session(): SessionRow | null {
    return this.ctx.storage.sql.exec<SessionRow>("SELECT * FROM session").toArray()[0] ?? null;
  }

  /** Fixed at init, read on every message: parsed once per object instance. */
  protected config(): Config {
    this.configCache ??= JSON.parse(this.requireSession().config_json) as Config;
    return this.configCache;
  }

  protected resume(): LiveInit<Config>["resume"] {
    const json = this.requireSession().resume_json;
    return json ? (JSON.parse(json) as LiveInit<Config>["resume"]) : null;
  }

  private requireSession(): SessionRow {
    const row = this.session();
    if (!row) throw new Error(`${this.kind} session not initialised`);
    return row;
  }

  /** Running: created or active (not ending, not ended). */
  protected isRunning(): boolean {
    const status = this.session()?.status;
    return status === "created" || status === "active";
  }

  // —— RPC from the Worker ——

  /** Stores a new session (idempotent: a second call for the same id changes nothing). */
  async init(init: LiveInit<Config>): Promise<void> {
    if (this.session()) return;
    const now = Date.now();
    this.ctx.storage.sql.exec(
      "INSERT INTO session (id, user_id, config_json, resume_json, status, started_at) VALUES (?, ?, ?, ?, 'created', ?)",
      init.sessionId,
      init.userId,
      JSON.stringify(init.config),
      init.resume ? JSON.stringify(init.resume) : null,
      now,
    );
    this.setUp(init);
    await this.setTimer("idle", now + this.idleMs);
  }

  /**
   * The hourly safety net (worker/modules/live/sweeper.ts): ends a session whose idle deadline passed without its
   * alarm ending it, and retries a final write still pending. Answers what the session is now.
   */
  async sweep(): Promise<"running" | "ended" | "missing"> {
    const session = this.session();
    if (!session) return "missing";
    if (this.isRunning()) {
      const idle = this.timerAt("idle");
      if (idle !== null && idle > Date.now()) {
        await this.syncAlarm();
        return "running";
      }
      await this.finish("timeout");
    } else if (session.status === "ending") {
      await this.record();
    }
    return "ended";
  }

  // —— timers: one alarm, many deadlines ——

  protected timerAt(name: string): number | null {
    return (
      this.ctx.storage.sql.exec<{ at: number }>("SELECT at FROM timers WHERE name = ?", name).toArray()[0]?.at ?? null
    );
  }

  protected async setTimer(name: string, at: number): Promise<void> {
    this.ctx.storage.sql.exec(
      "INSERT INTO timers (name, at) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET at = excluded.at",
      name,
      at,
    );
    await this.syncAlarm();
  }

  protected async clearTimer(name: string): Promise<void> {
    this.ctx.storage.sql.exec("DELETE FROM timers WHERE name = ?", name);
    await this.syncAlarm();
  }

  private async syncAlarm(): Promise<void> {
    const next = this.ctx.storage.sql.exec<{ at: number | null }>("SELECT min(at) AS at FROM timers").one().at;
    if (next === null) await this.ctx.storage.deleteAlarm();
    else if ((await this.ctx.storage.getAlarm()) !== next) await this.ctx.storage.setAlarm(next);
  }

  protected override async onAlarm(): Promise<void> {
    const now = Date.now();
    const due = this.ctx.storage.sql
      .exec<{ name: string }>("SELECT name FROM timers WHERE at <= ? ORDER BY at", now)
      .toArray()
      .map((row) => row.name);
    for (const name of due) {
      this.ctx.storage.sql.exec("DELETE FROM timers WHERE name = ? AND at <= ?", name, now);
      try {
        if (name === "idle") await this.finish("timeout");
        else if (name === "record") await this.record();
        else if (name === "purge") return await this.purge();
        else await this.onTimer(name);
      } catch (error) {
        log("error", "live session: timer failed", { kind: this.kind, name, error: String(error) });
      }
    }
    await this.syncAlarm();
  }

  /** The user did something: the idle timeout starts again. */
  protected async touch(): Promise<void> {
    if (this.isRunning()) await this.setTimer("idle", Date.now() + this.idleMs);
  }

  // —— sockets ——

  protected async accept(_request: Request, userId: string): Promise<SocketAttachment | Response> {
    const session = this.session();
    // The Worker checked ownership against D1; this is the object's own check of the same fact.
    if (!session || session.user_id !== userId) return new Response("Not found", { status: 404 });
    const now = Date.now();
    return { userId, connectedAt: now, lastSeen: now };
  }

  protected async onConnect(ws: WebSocket): Promise<void> {
    const session = this.requireSession();
    if (session.status === "created") {
      this.ctx.storage.sql.exec("UPDATE session SET status = 'active' WHERE status = 'created'");
      // The D1 list shows it as running; the socket need not wait for that.
      this.ctx.waitUntil(markActive(this.db, this.kind, session.id));
    }
    // The idle timeout restarts first, so that `state` carries the deadline as it now stands.
    await this.touch();
    this.send(ws, this.stateMessage());
    if (!this.isRunning()) {
      const ended = this.endedResult();
      if (ended) {
        this.send(ws, this.endedMessage(ended.reason, ended.result));
        ws.close(CLOSE_ENDED, "ended");
      }
      return;
    }
    await this.onActive(ws);
  }

  protected async onMessage(ws: WebSocket, message: z.infer<Client>): Promise<void> {
    this.updateAttachment(ws, { lastSeen: Date.now() });
    if (message.type === "ping") return this.send(ws, { type: "pong" } as z.input<Server>);
    if (message.type === "end") return this.finish("end");
    if (!this.isRunning()) return this.sendCode(ws, "SESSION_ENDED");
    await this.touch();
    await this.handle(ws, message);
  }

  protected sendCode(ws: WebSocket, code: ErrorCode): void {
    this.sendError(ws, code, errorMessage(code, this.config().language));
  }

  /**
   * Sockets whose client was heard from within `graceMs`: a message, or a ping answered by the runtime's
   * auto-response (which does not wake the object but is time-stamped).
   */
  protected liveSockets(graceMs: number, now = Date.now()): WebSocket[] {
    return this.ctx.getWebSockets().filter((ws) => {
      const heard = Math.max(
        this.attachmentOf(ws).lastSeen,
        this.ctx.getWebSocketAutoResponseTimestamp(ws)?.getTime() ?? 0,
      );
      return heard >= now - graceMs;
    });
  }

  // —— the end, exactly once ——

  /** Ends the session: the first caller wins; later calls (duplicate end, timeout, balance) do nothing. */
  protected async finish(reason: EndReason): Promise<void> {
    const claimed = this.ctx.storage.sql.exec(
      "UPDATE session SET status = 'ending', end_reason = ?, ended_at = ? WHERE status IN ('created', 'active')",
      reason,
      Date.now(),
    ).rowsWritten;
    if (claimed === 0) return;
    this.ctx.storage.sql.exec("DELETE FROM timers");
    await this.syncAlarm();
    const result = await this.buildResult(reason);
    this.ctx.storage.sql.exec("UPDATE session SET result_json = ?", JSON.stringify(result));
    await this.record();
    this.broadcast(this.endedMessage(reason, result));
    for (const ws of this.ctx.getWebSockets()) {
      try {
        ws.close(CLOSE_ENDED, "ended");
      } catch {
        // already closing
      }
    }
  }

  protected endedResult(): { reason: EndReason; result: Result } | null {
    const session = this.session();
    if (!session?.result_json || !session.end_reason) return null;
    return { reason: session.end_reason, result: JSON.parse(session.result_json) as Result };
  }

  /** Settles points and writes the end to D1; on failure retries by timer until it lands. */
  private async record(): Promise<void> {
    const session = this.requireSession();
    const ended = this.endedResult();
    if (session.status !== "ending" || !ended) return;
    try {
      const totals = await this.settle(ended.result);
      await recordEnd(this.db, this.kind, session.id, {
        result: ended.result,
        reason: ended.reason,
        ...totals,
        endedAt: new Date(session.ended_at ?? Date.now()),
      });
      this.ctx.storage.sql.exec("UPDATE session SET status = 'ended' WHERE status = 'ending'");
      await this.setTimer("purge", Date.now() + PURGE_AFTER_MS);
    } catch (error) {
      const attempts = this.ctx.storage.sql
        .exec<{ n: number }>("UPDATE session SET record_attempts = record_attempts + 1 RETURNING record_attempts AS n")
        .one().n;
      const givingUp = attempts >= RECORD_MAX_ATTEMPTS;
      log(
        "error",
        givingUp
          ? "live session: recording the end failed for good"
          : "live session: recording the end failed, will retry",
        {
          kind: this.kind,
          sessionId: session.id,
          attempts,
          error: String(error),
        },
      );
      if (givingUp) {
        // The result stays in storage until the purge; the log line is the operator's cue.
        this.ctx.storage.sql.exec("UPDATE session SET status = 'ended' WHERE status = 'ending'");
        await this.setTimer("purge", Date.now() + PURGE_AFTER_MS);
        return;
      }
      await this.setTimer("record", Date.now() + RECORD_RETRY_MS * 2 ** Math.min(attempts - 1, 6));
    }
  }

  // —— AI output ——

  /**
   * Streams a reply through the AI gateway as `token` messages to every socket and answers the whole text.
   * Stops early (answering null) when the session ends meanwhile.
   */
  protected async streamTokens(
    params: {
      promptVars?: Record<string, string>;
      messages: { role: "user" | "assistant"; content: string }[];
      offlineText: string;
    },
    onToken: (text: string) => void,
  ): Promise<string | null> {
    const session = this.requireSession();
    const controller = new AbortController();
    let text = "";
    try {
      const stream = this.gateway.streamText({
        feature: this.feature,
        promptVars: { language: languageName(this.config().language), ...params.promptVars },
        messages: params.messages,
        offlineInput: { text: params.offlineText },
        userId: session.user_id,
        ref: { type: this.kind, id: session.id },
        signal: controller.signal,
      });
      for await (const chunk of stream) {
        if (!this.isRunning()) {
          controller.abort();
          return null;
        }
        text += chunk;
        onToken(chunk);
      }
      return text;
    } catch (error) {
      if (!this.isRunning()) return null;
      // A model that fails mid-answer must not leave the user without feedback: the offline text stands in.
      log("warn", "live session: model stream failed, using the offline engine's text", {
        kind: this.kind,
        error: String(error),
      });
      const rest = params.offlineText;
      onToken(text ? `\n${rest}` : rest);
      return text ? `${text}\n${rest}` : rest;
    }
  }
}
