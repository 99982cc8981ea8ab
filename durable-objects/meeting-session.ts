import { z } from "zod";
import { AppError } from "../worker/lib/errors";
import { log } from "../worker/lib/logger";
import { type EndReason, languageName } from "../worker/modules/live/schemas";
import {
  DISCONNECT_GRACE_MS,
  LOW_BALANCE_MINUTES,
  type MeetingConfig,
  MINUTE_MS,
  minuteKey,
} from "../worker/modules/meetings/config";
import { isQuestion, suggestAnswer, summarizeMeeting } from "../worker/modules/meetings/engine";
import {
  MeetingClientMessage,
  type MeetingResult,
  MeetingServerMessage,
  type Speaker,
  type Suggestion,
  type TranscriptLine,
} from "../worker/modules/meetings/schemas";
import { balance, spend } from "../worker/modules/points/ledger";
import { LiveSession } from "./live-session";

type Billing = {
  minutes: number;
  points: number;
  /** Start of the minute being used; null while billing is paused (nobody connected) or not started. */
  minute_started_at: number | null;
  balance: number | null;
};

const SummarySchema = z.object({ summary: z.string(), actionItems: z.array(z.string()) });
/** What `state` carries of a long meeting: the latest lines and suggestions. */
const STATE_TRANSCRIPT_LINES = 200;
const STATE_SUGGESTIONS = 20;
/** …and at most this much text of them: a WebSocket message must stay well under 1 MiB. */
const STATE_TRANSCRIPT_CHARS = 60_000;
/** How much of the transcript a suggestion looks back on. */
const RECENT_LINES = 12;
/** Suggestions waiting or being written at once; more are refused (SESSION_BUSY) until one is done. */
const MAX_QUEUED_SUGGESTIONS = 3;

/**
 * 会议助手: keeps the transcript the user feeds, streams a suggested answer for each question from the other
 * side (or on push-to-ask), bills each started minute while the user is connected, and ends with a summary.
 */
export class MeetingSession extends LiveSession<
  typeof MeetingClientMessage,
  typeof MeetingServerMessage,
  MeetingConfig,
  MeetingResult
> {
  protected readonly clientMessages = MeetingClientMessage;
  protected readonly serverMessages = MeetingServerMessage;
  protected readonly kind = "meeting";
  protected readonly feature = "meeting";
  protected readonly idleMs = 10 * 60_000;

  /** Suggestions are written one after another, in the order the questions came. */
  private suggestions: Promise<void> = Promise.resolve();
  private pending: Suggestion | null = null;
  private queued = 0;

  protected migrate(): void {
    this.ctx.storage.sql.exec(`
      CREATE TABLE IF NOT EXISTS transcript (
        id INTEGER PRIMARY KEY AUTOINCREMENT, speaker TEXT NOT NULL, text TEXT NOT NULL, at INTEGER NOT NULL);
      CREATE TABLE IF NOT EXISTS suggestions (
        id TEXT PRIMARY KEY, question TEXT NOT NULL, text TEXT NOT NULL, at INTEGER NOT NULL);
      CREATE TABLE IF NOT EXISTS billing (
        id INTEGER PRIMARY KEY CHECK (id = 1), minutes INTEGER NOT NULL, points INTEGER NOT NULL,
        minute_started_at INTEGER, balance INTEGER);`);
  }

  protected setUp(): void {
    this.ctx.storage.sql.exec("INSERT INTO billing (id, minutes, points) VALUES (1, 0, 0)");
  }

  private billing(): Billing {
    return this.ctx.storage.sql.exec<Billing>("SELECT minutes, points, minute_started_at, balance FROM billing").one();
  }

  private transcript(limit: number): TranscriptLine[] {
    return this.ctx.storage.sql
      .exec<{ id: number; speaker: Speaker; text: string; at: number }>(
        "SELECT * FROM (SELECT id, speaker, text, at FROM transcript ORDER BY id DESC LIMIT ?) ORDER BY id",
        limit,
      )
      .toArray();
  }

  private storedSuggestions(limit: number): Suggestion[] {
    return this.ctx.storage.sql
      .exec<Suggestion>(
        "SELECT * FROM (SELECT id, question, text, at FROM suggestions ORDER BY at DESC, id DESC LIMIT ?) ORDER BY at, id",
        limit,
      )
      .toArray()
      .map(({ id, question, text }) => ({ id, question, text }));
  }

  private billingMessage() {
    const billing = this.billing();
    const perMinute = this.config().pointsPerMinute;
    const pointsBalance = billing.balance ?? 0;
    const minutesLeft = perMinute > 0 ? Math.floor(pointsBalance / perMinute) : 0;
    return {
      type: "billing" as const,
      pointsBalance,
      minutesBilled: billing.minutes,
      pointsSpent: billing.points,
      minutesLeft,
      lowBalance: perMinute > 0 && minutesLeft <= LOW_BALANCE_MINUTES,
    };
  }

  protected stateMessage(): z.input<typeof MeetingServerMessage> {
    const session = this.session();
    const config = this.config();
    const running = this.isRunning();
    const { type: _type, ...billing } = this.billingMessage();
    return {
      type: "state",
      status: running ? (session?.status === "created" ? "created" : "active") : "ended",
      title: config.title,
      language: config.language,
      transcript: latestWithin(this.transcript(STATE_TRANSCRIPT_LINES), STATE_TRANSCRIPT_CHARS),
      suggestions: this.storedSuggestions(STATE_SUGGESTIONS),
      pending: running ? this.pending : null,
      billing,
      pointsPerMinute: config.pointsPerMinute,
      startedAt: session?.started_at ?? Date.now(),
      result: this.endedResult()?.result ?? null,
    };
  }

  protected endedMessage(reason: EndReason, result: MeetingResult): z.input<typeof MeetingServerMessage> {
    return { type: "ended", reason, result };
  }

  // —— billing: one charge per started minute while someone is connected ——

  protected override async onActive(): Promise<void> {
    await this.startMinute();
  }

  /** Starts a billed minute unless one is running: charges it up front, ends the meeting when it cannot. */
  private async startMinute(): Promise<void> {
    const now = Date.now();
    const claimed = this.ctx.storage.sql.exec(
      "UPDATE billing SET minute_started_at = ? WHERE minute_started_at IS NULL",
      now,
    ).rowsWritten;
    if (claimed === 0 || !this.isRunning()) return;
    const session = this.session();
    const config = this.config();
    if (!session) return;
    const minute = this.billing().minutes + 1;
    if (config.pointsPerMinute > 0) {
      try {
        const charged = await spend(this.db, {
          userId: session.user_id,
          points: config.pointsPerMinute,
          idempotencyKey: minuteKey(session.id, minute),
          refType: "meeting",
          refId: session.id,
        });
        this.ctx.storage.sql.exec(
          "UPDATE billing SET minutes = ?, points = points + ?, balance = ?",
          minute,
          charged.applied ? config.pointsPerMinute : 0,
          charged.balance,
        );
      } catch (error) {
        if (error instanceof AppError && error.code === "INSUFFICIENT_POINTS") {
          this.ctx.storage.sql.exec("UPDATE billing SET minute_started_at = NULL");
          this.broadcast({ ...this.billingMessage(), minutesLeft: 0, lowBalance: true });
          await this.finish("balance");
          return;
        }
        // The ledger is unreachable: the minute runs and its charge (same key) is tried again shortly.
        log("error", "meeting: charging a minute failed, retrying", { sessionId: session.id, error: String(error) });
        this.ctx.storage.sql.exec("UPDATE billing SET minute_started_at = NULL");
        await this.setTimer("bill", now + 5_000);
        return;
      }
    } else {
      this.ctx.storage.sql.exec("UPDATE billing SET minutes = ?", minute);
    }
    if (!this.isRunning()) return;
    await this.setTimer("bill", now + MINUTE_MS);
    this.broadcast(this.billingMessage());
  }

  protected override async onTimer(name: string): Promise<void> {
    if (name !== "bill" || !this.isRunning()) return;
    this.ctx.storage.sql.exec("UPDATE billing SET minute_started_at = NULL");
    // Nobody heard from within the grace period: billing pauses until someone (re)connects or speaks.
    if (this.liveSockets(DISCONNECT_GRACE_MS).length === 0) return;
    await this.startMinute();
  }

  // —— transcript and suggestions ——

  protected async handle(ws: WebSocket, message: z.infer<typeof MeetingClientMessage>): Promise<void> {
    if (this.billing().minute_started_at === null) await this.startMinute();
    if (!this.isRunning()) return;
    if (message.type === "transcript") {
      if (!message.final) return;
      this.ctx.storage.sql.exec(
        "INSERT INTO transcript (speaker, text, at) VALUES (?, ?, ?)",
        message.speaker,
        message.text,
        Date.now(),
      );
      if (message.speaker === "other" && isQuestion(message.text, this.config().language)) {
        this.queueSuggestion(ws, message.text);
      }
      return;
    }
    if (message.type === "ask") {
      const question =
        message.text ??
        this.ctx.storage.sql
          .exec<{ text: string }>("SELECT text FROM transcript WHERE speaker = 'other' ORDER BY id DESC LIMIT 1")
          .toArray()[0]?.text;
      if (!question) {
        return this.sendError(
          ws,
          "VALIDATION_FAILED",
          this.config().language === "en"
            ? "Nothing to answer yet: type the question or wait for the other side to speak."
            : "还没有可以回答的问题：请输入问题，或等对方说话后再试。",
        );
      }
      this.queueSuggestion(ws, question);
    }
  }

  private queueSuggestion(ws: WebSocket, question: string): void {
    // Each suggestion may be a model call: a burst of questions queues a few, not an unbounded bill.
    if (this.queued >= MAX_QUEUED_SUGGESTIONS) {
      this.sendCode(ws, "SESSION_BUSY");
      return;
    }
    this.queued += 1;
    const run = this.suggestions
      .then(() => this.suggest(question))
      .finally(() => {
        this.queued -= 1;
      });
    this.suggestions = run.catch((error: unknown) => {
      log("error", "meeting: suggestion failed", { error: String(error) });
    });
    this.ctx.waitUntil(this.suggestions);
  }

  private async suggest(question: string): Promise<void> {
    if (!this.isRunning()) return;
    const config = this.config();
    const resume = this.resume();
    const recent = this.transcript(RECENT_LINES).map(({ speaker, text }) => ({ speaker, text }));
    const offlineText = suggestAnswer({
      question,
      recent,
      ...(resume ? { resume } : {}),
      ...(config.context ? { context: config.context } : {}),
      title: config.title,
      language: config.language,
    });
    const id = crypto.randomUUID();
    this.pending = { id, question, text: "" };
    try {
      const text = await this.streamTokens(
        {
          messages: [{ role: "user", content: suggestionRequest(question, recent, config, resume?.text) }],
          offlineText,
        },
        (chunk) => {
          if (this.pending) this.pending.text += chunk;
          this.broadcast({ type: "token", text: chunk, ref: id });
        },
      );
      if (text === null || !this.isRunning()) return;
      this.ctx.storage.sql.exec(
        "INSERT INTO suggestions (id, question, text, at) VALUES (?, ?, ?, ?)",
        id,
        question,
        text,
        Date.now(),
      );
      this.broadcast({ type: "suggestion", id, question, text });
    } finally {
      this.pending = null;
    }
  }

  // —— the end ——

  protected async buildResult(): Promise<MeetingResult> {
    const config = this.config();
    const session = this.session();
    const transcript = this.transcript(Number.MAX_SAFE_INTEGER);
    const suggestions = this.storedSuggestions(Number.MAX_SAFE_INTEGER);
    const offline = summarizeMeeting({
      title: config.title,
      ...(config.context ? { context: config.context } : {}),
      transcript,
      suggestions,
      language: config.language,
    });
    let summary = offline;
    if (transcript.length > 0) {
      try {
        const answer = await this.gateway.generateStructured({
          feature: "meeting",
          promptVars: { language: languageName(config.language) },
          user: summaryRequest(config, transcript),
          schema: SummarySchema,
          offlineInput: offline,
          userId: session?.user_id ?? null,
          ref: { type: "meeting", id: session?.id ?? "" },
        });
        summary = answer.data;
      } catch (error) {
        log("warn", "meeting: model summary failed, using the offline engine's", { error: String(error) });
      }
    }
    return { ...summary, minutesBilled: this.billing().minutes };
  }

  /** Minutes were paid as they started: nothing is left to settle. */
  protected async settle(): Promise<{ minutesBilled: number; pointsSpent: number }> {
    const billing = this.billing();
    return { minutesBilled: billing.minutes, pointsSpent: billing.points };
  }

  /** The balance shown before the first charge. */
  protected override async onConnect(ws: WebSocket): Promise<void> {
    const session = this.session();
    if (session && this.billing().balance === null) {
      this.ctx.storage.sql.exec("UPDATE billing SET balance = ?", await balance(this.db, session.user_id));
    }
    await super.onConnect(ws);
  }
}

function suggestionRequest(
  question: string,
  recent: { speaker: Speaker; text: string }[],
  config: MeetingConfig,
  resume: string | undefined,
): string {
  const lines = recent.map((line) => `${line.speaker === "other" ? "Them" : "Me"}: ${line.text}`).join("\n");
  return [
    `Meeting: ${config.title}`,
    config.context ? `Context: ${config.context}` : "",
    resume ? `My résumé:\n<<<\n${resume.slice(0, 6000)}\n>>>` : "No résumé attached.",
    `Transcript so far:\n${lines}`,
    `Suggest what I should answer to: "${question}". One line of approach, then 2–4 short bullet points grounded ` +
      "in my real experience from the résumé. Never invent experience or numbers.",
  ]
    .filter(Boolean)
    .join("\n\n");
}

function summaryRequest(config: MeetingConfig, transcript: TranscriptLine[]): string {
  const lines = transcript.map((line) => `${line.speaker === "other" ? "Them" : "Me"}: ${line.text}`).join("\n");
  return [
    `Meeting: ${config.title}`,
    config.context ? `Context: ${config.context}` : "",
    `Transcript:\n${lines.slice(-20_000)}`,
    'Answer JSON {"summary": string (3–6 sentences), "actionItems": string[] (concrete follow-ups for me)}.',
  ]
    .filter(Boolean)
    .join("\n\n");
}

/** The latest lines whose text fits in `maxChars` (oldest first). */
function latestWithin(lines: TranscriptLine[], maxChars: number): TranscriptLine[] {
  let total = 0;
  let start = lines.length;
  while (start > 0) {
    total += lines[start - 1]?.text.length ?? 0;
    if (total > maxChars) break;
    start -= 1;
  }
  return lines.slice(start);
}
