import type { Db } from "../../db/client";
import { aiCalls } from "../../db/schema";
import { describeError, log } from "../logger";
import type { AiErrorCode } from "./errors";
import type { AiRef, Engine, Feature } from "./types";

export type AiCallRecord = {
  feature: Feature;
  engine: Engine;
  model: string;
  promptVersion: string;
  userId: string | null;
  ref: AiRef | null;
  inputTokens: number;
  outputTokens: number;
  costMicroYuan: number;
  latencyMs: number;
  ok: boolean;
  error: AiErrorCode | null;
  attempts: number;
  kind: AiRecordKind;
};

export type AiRecordKind = "structured" | "repair" | "stream";

/**
 * Writes one `ai_calls` row and one log line. Neither contains prompts or answers (they carry personal data):
 * only feature, engine, model, prompt version, tokens, cost, latency and status. A failed insert is logged and
 * swallowed: bookkeeping must not fail the user's request.
 */
export async function recordAiCall(db: Db, record: AiCallRecord): Promise<void> {
  log(record.ok ? "info" : "warn", "ai call", {
    feature: record.feature,
    engine: record.engine,
    model: record.model,
    promptVersion: record.promptVersion,
    kind: record.kind,
    status: record.ok ? "ok" : "error",
    errorCode: record.error ?? undefined,
    attempts: record.attempts,
    latencyMs: record.latencyMs,
    inputTokens: record.inputTokens,
    outputTokens: record.outputTokens,
    costMicroYuan: record.costMicroYuan,
  });
  try {
    await db.insert(aiCalls).values({
      userId: record.userId,
      feature: record.feature,
      provider: record.engine,
      model: record.model,
      promptVersion: record.promptVersion,
      refType: record.ref?.type ?? null,
      refId: record.ref?.id ?? null,
      inputTokens: record.inputTokens,
      outputTokens: record.outputTokens,
      costMicroYuan: record.costMicroYuan,
      latencyMs: Math.max(0, Math.round(record.latencyMs)),
      ok: record.ok,
      error: record.error,
    });
  } catch (error) {
    const { errorName, errorMessage } = describeError(error);
    log("error", "ai: could not record the call", { feature: record.feature, errorName, errorMessage });
  }
}
