import type { z } from "zod";
import { type InterviewConfig, interviewHoldKeys } from "../worker/modules/interviews/config";
import {
  type Assessment,
  assessAnswer,
  interviewReport,
  type PlannedQuestion,
  planInterview,
  type ReportTurn,
} from "../worker/modules/interviews/engine";
import {
  InterviewClientMessage,
  type InterviewResult,
  InterviewServerMessage,
  type InterviewTurn,
  type StarCheck,
  type StarPart,
} from "../worker/modules/interviews/schemas";
import { type EndReason, type LiveLanguage, languageName } from "../worker/modules/live/schemas";
import { capture, release } from "../worker/modules/points/ledger";
import { type LiveInit, LiveSession } from "./live-session";

type Progress = {
  /** Index of the planned question being asked. */
  current: number;
  /** The text actually asked (the planned question, a model's rephrasing, or the 追问). */
  asked: string;
  /** 1 while the 追问 of the current question is asked. */
  follow_up: number;
  phase: "asking" | "assessing";
  /** The answer being assessed (kept so that an assessment cut short by eviction runs again). */
  pending_answer: string | null;
};

type TurnRow = {
  idx: number;
  follow_up: number;
  question: string;
  answer: string;
  feedback: string;
  assessment_json: string;
};

/** 模拟面试: asks the planned questions one at a time, one 追问 on a thin answer, STAR-scored streamed feedback. */
export class InterviewSession extends LiveSession<
  typeof InterviewClientMessage,
  typeof InterviewServerMessage,
  InterviewConfig,
  InterviewResult
> {
  protected readonly clientMessages = InterviewClientMessage;
  protected readonly serverMessages = InterviewServerMessage;
  protected readonly kind = "interview";
  protected readonly feature = "interview";
  protected readonly idleMs = 15 * 60_000;

  /** Feedback streamed so far for the answer being assessed (memory only: redrawn after a reconnect). */
  private pendingFeedback: string | null = null;
  private assessing = false;

  protected migrate(): void {
    this.ctx.storage.sql.exec(`
      CREATE TABLE IF NOT EXISTS questions (idx INTEGER PRIMARY KEY, json TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS progress (
        id INTEGER PRIMARY KEY CHECK (id = 1), current INTEGER NOT NULL, asked TEXT NOT NULL,
        follow_up INTEGER NOT NULL DEFAULT 0, phase TEXT NOT NULL, pending_answer TEXT);
      CREATE TABLE IF NOT EXISTS turns (
        idx INTEGER NOT NULL, follow_up INTEGER NOT NULL, question TEXT NOT NULL, answer TEXT NOT NULL,
        feedback TEXT NOT NULL, assessment_json TEXT NOT NULL, PRIMARY KEY (idx, follow_up));`);
  }

  protected setUp(init: LiveInit<InterviewConfig>): void {
    const { config } = init;
    const plan = planInterview({
      seed: init.sessionId,
      targetRole: config.targetRole,
      ...(config.jobDescription ? { jobDescription: config.jobDescription } : {}),
      ...(init.resume ? { resume: init.resume } : {}),
      style: config.style,
      questionCount: config.questionCount,
      language: config.language,
    });
    plan.forEach((question: PlannedQuestion, idx: number) => {
      this.ctx.storage.sql.exec("INSERT INTO questions (idx, json) VALUES (?, ?)", idx, JSON.stringify(question));
    });
    this.ctx.storage.sql.exec(
      "INSERT INTO progress (id, current, asked, phase) VALUES (1, 0, ?, 'asking')",
      plan[0]?.text ?? "",
    );
  }

  private questions(): PlannedQuestion[] {
    return this.ctx.storage.sql
      .exec<{ json: string }>("SELECT json FROM questions ORDER BY idx")
      .toArray()
      .map((row) => JSON.parse(row.json) as PlannedQuestion);
  }

  private progress(): Progress {
    return this.ctx.storage.sql.exec<Progress>("SELECT * FROM progress").one();
  }

  private turnRows(): TurnRow[] {
    return this.ctx.storage.sql.exec<TurnRow>("SELECT * FROM turns ORDER BY idx, follow_up").toArray();
  }

  private toTurn(row: TurnRow): InterviewTurn {
    const assessment = JSON.parse(row.assessment_json) as Assessment;
    return {
      index: row.idx,
      question: row.question,
      followUp: row.follow_up === 1,
      answer: row.answer,
      feedback: row.feedback,
      score: assessment.score,
      star: assessment.star,
    };
  }

  protected stateMessage(): z.input<typeof InterviewServerMessage> {
    const session = this.session();
    const config = this.config();
    const progress = this.progress();
    const running = this.isRunning();
    const ended = this.endedResult();
    return {
      type: "state",
      status: running ? (session?.status === "created" ? "created" : "active") : "ended",
      phase: running ? progress.phase : "ended",
      targetRole: config.targetRole,
      style: config.style,
      language: config.language,
      total: config.questionCount,
      question: running ? { index: progress.current, text: progress.asked, followUp: progress.follow_up === 1 } : null,
      turns: this.turnRows().map((row) => this.toTurn(row)),
      pendingFeedback: running && progress.phase === "assessing" ? (this.pendingFeedback ?? "") : null,
      startedAt: session?.started_at ?? Date.now(),
      idleDeadline: running ? this.timerAt("idle") : null,
      result: ended?.result ?? null,
    };
  }

  protected endedMessage(reason: EndReason, result: InterviewResult): z.input<typeof InterviewServerMessage> {
    return { type: "ended", reason, result };
  }

  protected override async onActive(): Promise<void> {
    // An assessment cut short (the object was evicted or restarted mid-answer) runs again.
    if (this.progress().phase === "assessing" && !this.assessing) this.ctx.waitUntil(this.assessPending());
  }

  protected async handle(ws: WebSocket, message: z.infer<typeof InterviewClientMessage>): Promise<void> {
    if (message.type !== "answer") return;
    const claimed = this.ctx.storage.sql.exec(
      "UPDATE progress SET phase = 'assessing', pending_answer = ? WHERE phase = 'asking'",
      message.text,
    ).rowsWritten;
    if (claimed === 0) return this.sendCode(ws, "SESSION_BUSY");
    await this.assessPending();
  }

  private async assessPending(): Promise<void> {
    const progress = this.progress();
    if (progress.phase !== "assessing" || progress.pending_answer === null || this.assessing) return;
    this.assessing = true;
    this.pendingFeedback = "";
    try {
      const config = this.config();
      const questions = this.questions();
      const question = questions[progress.current];
      if (!question) throw new Error(`interview: no question ${progress.current}`);
      const isFollowUp = progress.follow_up === 1;
      const first = isFollowUp
        ? this.turnRows().find((row) => row.idx === progress.current && row.follow_up === 0)
        : undefined;
      const assessment = assessAnswer({
        question,
        answer: progress.pending_answer,
        isFollowUp,
        ...(first ? { previousAnswer: first.answer } : {}),
        style: config.style,
        language: config.language,
      });
      const feedback = await this.streamTokens(
        {
          promptVars: { targetRole: config.targetRole },
          messages: [
            {
              role: "user",
              content: feedbackRequest(progress.asked, progress.pending_answer, assessment, config.language),
            },
          ],
          offlineText: assessment.feedback,
        },
        (text) => {
          this.pendingFeedback = (this.pendingFeedback ?? "") + text;
          this.broadcast({ type: "token", text });
        },
      );
      if (feedback === null || !this.isRunning()) return;

      const row: TurnRow = {
        idx: progress.current,
        follow_up: progress.follow_up,
        question: progress.asked,
        answer: progress.pending_answer,
        feedback,
        assessment_json: JSON.stringify(assessment),
      };
      this.ctx.storage.sql.exec(
        "INSERT OR REPLACE INTO turns (idx, follow_up, question, answer, feedback, assessment_json) VALUES (?, ?, ?, ?, ?, ?)",
        row.idx,
        row.follow_up,
        row.question,
        row.answer,
        row.feedback,
        row.assessment_json,
      );
      this.broadcast({ type: "feedback", ...this.toTurn(row) });

      if (!isFollowUp && assessment.followUp) {
        const text = await this.adapt(assessment.followUp, followUpInstruction(assessment));
        if (this.isRunning()) this.ask(progress.current, text, true, config.questionCount);
        return;
      }
      const next = progress.current + 1;
      const nextQuestion = questions[next];
      if (!nextQuestion) {
        this.ctx.storage.sql.exec("UPDATE progress SET phase = 'asking', pending_answer = NULL");
        await this.finish("completed");
        return;
      }
      const text = await this.adapt(nextQuestion.text, nextInstruction(nextQuestion.text));
      if (this.isRunning()) this.ask(next, text, false, config.questionCount);
    } finally {
      this.assessing = false;
      this.pendingFeedback = null;
    }
  }

  /**
   * With a model the interviewer adapts the planned question to the conversation so far; the offline engine
   * (and a model that fails) asks it as planned.
   */
  private async adapt(planned: string, instruction: string): Promise<string> {
    if (this.gateway.engine() === "offline") return planned;
    const session = this.session();
    const messages: { role: "user" | "assistant"; content: string }[] = [];
    for (const row of this.turnRows()) {
      messages.push({ role: "assistant", content: row.question }, { role: "user", content: row.answer });
    }
    messages.push({ role: "user", content: instruction });
    try {
      let text = "";
      for await (const chunk of this.gateway.streamText({
        feature: "interview",
        promptVars: { targetRole: this.config().targetRole, language: languageName(this.config().language) },
        messages,
        offlineInput: { text: planned },
        userId: session?.user_id ?? null,
        ref: { type: "interview", id: session?.id ?? "" },
      })) {
        text += chunk;
      }
      return text.trim() || planned;
    } catch {
      return planned;
    }
  }

  private ask(index: number, text: string, followUp: boolean, total: number): void {
    this.ctx.storage.sql.exec(
      "UPDATE progress SET current = ?, asked = ?, follow_up = ?, phase = 'asking', pending_answer = NULL",
      index,
      text,
      followUp ? 1 : 0,
    );
    this.broadcast({ type: "question", index, text, followUp, total, idleDeadline: this.timerAt("idle") });
  }

  protected async buildResult(): Promise<InterviewResult> {
    const config = this.config();
    const questions = this.questions();
    const rows = this.turnRows();
    const turns: ReportTurn[] = [];
    for (const main of rows.filter((row) => row.follow_up === 0)) {
      const question = questions[main.idx];
      if (!question) continue;
      const follow = rows.find((row) => row.idx === main.idx && row.follow_up === 1);
      const finalRow = follow ?? main;
      turns.push({
        question: { ...question, text: main.question },
        answer: main.answer,
        ...(follow ? { followUp: { question: follow.question, answer: follow.answer } } : {}),
        assessment: JSON.parse(finalRow.assessment_json) as Assessment,
      });
    }
    return interviewReport({
      turns,
      plannedCount: config.questionCount,
      targetRole: config.targetRole,
      language: config.language,
    });
  }

  /** The held points are taken when at least one question was answered, given back otherwise. */
  protected async settle(): Promise<{ minutesBilled: number; pointsSpent: number }> {
    const session = this.session();
    const config = this.config();
    if (!session || config.pointsCost === 0) return { minutesBilled: 0, pointsSpent: 0 };
    const keys = interviewHoldKeys(session.id);
    const answered = this.ctx.storage.sql.exec<{ n: number }>("SELECT count(*) AS n FROM turns").one().n > 0;
    if (answered) {
      await capture(this.db, keys.hold, keys.capture);
      return { minutesBilled: 0, pointsSpent: config.pointsCost };
    }
    await release(this.db, keys.hold, keys.release);
    return { minutesBilled: 0, pointsSpent: 0 };
  }
}

function nextInstruction(planned: string): string {
  return (
    `(Interviewer note) Ask the next question. Planned: "${planned}". Keep its topic, but connect it to what the ` +
    "candidate said where natural. One question only, at most two sentences, no feedback."
  );
}

function followUpInstruction(assessment: Assessment): string {
  return (
    `(Interviewer note) The last answer was thin; it lacks: ${assessment.missing.join(", ") || "specifics"}. ` +
    `Ask one short follow-up question (追问) about that, referring to what the candidate said. Suggested: "${assessment.followUp}".`
  );
}

/** What a model gets to write the feedback: the exchange and the rubric's findings (the offline text is its own). */
function feedbackRequest(question: string, answer: string, assessment: Assessment, language: LiveLanguage): string {
  const found = (Object.entries(assessment.star) as [string, StarCheck[StarPart]][])
    .map(([part, check]) => `${part}: ${check.present ? `present ("${check.evidence ?? ""}")` : "missing"}`)
    .join("; ");
  return [
    `Question: ${question}`,
    `Candidate's answer: <<<${answer}>>>`,
    `STAR rubric findings: ${found}. Score ${assessment.score}/100.`,
    `Give the candidate 2–4 sentences of feedback in ${languageName(language)}: ` +
      "quote what worked, name what is missing, suggest one concrete improvement. Do not ask the next question.",
  ].join("\n");
}
