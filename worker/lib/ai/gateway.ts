import { log } from "../logger";
import {
  type AiFeatureOverride,
  DEFAULT_WORKERS_AI_MODEL,
  getAiFeatureOverride,
  selectedEngine,
  timeoutFromEnv,
} from "./config";
import { AiError, type AiErrorCode } from "./errors";
import { checkJson, checkValue, jsonInstruction, repairMessages, schemaHint } from "./json";
import { resolveOfflineHandler } from "./offline";
import { costMicroYuan, estimateTokens, type ModelPrice, priceFor } from "./pricing";
import { currentPrompt, findPrompt, renderPrompt } from "./prompts";
import { createOpenAiProvider } from "./providers/openai";
import type { CompletionRequest, CompletionResult, ProviderUsage, RemoteProvider } from "./providers/provider";
import { createWorkersAiProvider } from "./providers/workers-ai";
import { type AiRecordKind, recordAiCall } from "./record";
import { abortableSleep, normaliseAttemptError, RETRY_DEFAULTS, withRetries } from "./retry";
import type {
  AiEnv,
  AiGatewayOptions,
  AiRef,
  AiUsage,
  ChatMessage,
  Engine,
  Feature,
  GenerateStructuredParams,
  StreamSummary,
  StreamTextParams,
  StructuredResult,
} from "./types";

export type AiGateway = {
  /** The engine `AI_PROVIDER` selects (throws AiError AI_NOT_CONFIGURED for an unknown value). */
  engine(): Engine;
  /**
   * One structured result: the model answers JSON (json_object mode), validated by `schema`; an answer that is
   * not JSON or fails the schema gets one repair round trip. Every round trip is one `ai_calls` row.
   * Throws AiError (see errors.ts) after recording the failure.
   */
  generateStructured<T>(params: GenerateStructuredParams<T>): Promise<StructuredResult<T>>;
  /**
   * A reply in chunks for live sessions. The generator's return value is the summary (engine, model, usage);
   * one `ai_calls` row is written when the stream ends, fails or is abandoned (AI_CANCELLED).
   */
  streamText(params: StreamTextParams): AsyncGenerator<string, StreamSummary, undefined>;
};

type Resolved = {
  feature: Feature;
  engine: Engine;
  override: AiFeatureOverride;
  promptVersion: string;
  system: string;
  userId: string | null;
  ref: AiRef | null;
};

export function createAiGateway(env: AiEnv, options: AiGatewayOptions): AiGateway {
  const { db } = options;
  const now = options.now ?? (() => Date.now());
  const timeoutMs = options.timeoutMs ?? timeoutFromEnv(env);
  const retry = { ...RETRY_DEFAULTS, ...options.retry };
  const sleep = options.sleep ?? abortableSleep;
  const random = options.random ?? Math.random;
  let provider: RemoteProvider | undefined;

  function remoteProvider(engine: Exclude<Engine, "offline">): RemoteProvider {
    if (provider?.engine === engine) return provider;
    provider =
      engine === "openai"
        ? createOpenAiProvider(env, { fetch: options.fetch, timeoutMs })
        : createWorkersAiProvider(env.AI, env.WORKERS_AI_MODEL?.trim() || DEFAULT_WORKERS_AI_MODEL);
    return provider;
  }

  async function resolve(params: {
    feature: Feature;
    promptVersion?: string;
    system?: string;
    promptVars?: Record<string, string | number>;
    userId?: string | null;
    jobId?: string | null;
    ref?: AiRef;
  }): Promise<Resolved> {
    const engine = selectedEngine(env);
    const override = await getAiFeatureOverride(db, params.feature);
    const ref = params.ref ?? (params.jobId ? { type: "job", id: params.jobId } : null);
    const base = { feature: params.feature, engine, override, userId: params.userId ?? null, ref };
    if (params.system !== undefined) {
      return { ...base, promptVersion: params.promptVersion ?? "custom", system: params.system };
    }
    const pinned =
      override.promptVersion && findPrompt(params.feature, override.promptVersion) ? override.promptVersion : undefined;
    if (override.promptVersion && !pinned) {
      log("warn", "ai: override names an unknown prompt version, using the default", {
        feature: params.feature,
        promptVersion: override.promptVersion,
      });
    }
    const version = pinned ?? params.promptVersion ?? currentPrompt(params.feature).version;
    const prompt = findPrompt(params.feature, version);
    if (!prompt) throw new AiError("AI_NOT_CONFIGURED", `No prompt ${version} for ${params.feature}`);
    return { ...base, promptVersion: prompt.version, system: renderPrompt(prompt.system, params.promptVars) };
  }

  function priceOf(override: AiFeatureOverride, model: string): ModelPrice | undefined {
    return override.price ?? priceFor(model);
  }

  /** A failure before anything reached a provider (configuration): recorded like any other failed call. */
  async function recordEarlyFailure(
    params: { feature: Feature; userId?: string | null; jobId?: string | null; ref?: AiRef; promptVersion?: string },
    error: unknown,
    kind: AiRecordKind,
    started: number,
  ): Promise<never> {
    const aiError = error instanceof AiError ? error : undefined;
    let engine: Engine = "offline";
    try {
      engine = selectedEngine(env);
    } catch {}
    await recordAiCall(db, {
      feature: params.feature,
      engine,
      model: engine === "offline" ? "offline" : "",
      promptVersion: params.promptVersion ?? "",
      userId: params.userId ?? null,
      ref: params.ref ?? (params.jobId ? { type: "job", id: params.jobId } : null),
      inputTokens: 0,
      outputTokens: 0,
      costMicroYuan: 0,
      latencyMs: now() - started,
      ok: false,
      error: aiError?.code ?? "AI_NOT_CONFIGURED",
      attempts: 0,
      kind,
    });
    throw error;
  }

  async function generateStructured<T>(params: GenerateStructuredParams<T>): Promise<StructuredResult<T>> {
    const started = now();
    let resolved: Resolved;
    let remote: RemoteProvider | undefined;
    try {
      resolved = await resolve(params);
      if (resolved.engine !== "offline") remote = remoteProvider(resolved.engine);
    } catch (error) {
      return recordEarlyFailure(params, error, "structured", started);
    }
    if (!remote) return generateOffline(params, resolved, started);

    const model = resolved.override.model ?? remote.defaultModel;
    const price = priceOf(resolved.override, model);
    const hint = params.schemaHint === false ? undefined : schemaHint(params.schema);
    const temperature = params.temperature ?? resolved.override.temperature;
    const maxOutputTokens = params.maxOutputTokens ?? resolved.override.maxOutputTokens;
    const jsonSchema = hint ? (JSON.parse(hint) as Record<string, unknown>) : undefined;
    const messages: ChatMessage[] = [
      { role: "system", content: resolved.system + jsonInstruction(hint) },
      { role: "user", content: params.user },
    ];
    const total: AiUsage = { inputTokens: 0, outputTokens: 0, costMicroYuan: 0 };
    let calls = 0;

    /** One round trip (with retries); records its row unless it succeeded and still needs validation. */
    const roundTrip = async (roundMessages: ChatMessage[], kind: AiRecordKind) => {
      const roundStarted = now();
      const promptVersion = kind === "repair" ? `${resolved.promptVersion}+repair` : resolved.promptVersion;
      const record = (fields: {
        ok: boolean;
        error: AiErrorCode | null;
        usage: ProviderUsage | null;
        model: string;
        attempts: number;
      }) => {
        const inputTokens = fields.usage?.inputTokens ?? 0;
        const outputTokens = fields.usage?.outputTokens ?? 0;
        const cost = costMicroYuan(price, inputTokens, outputTokens);
        total.inputTokens += inputTokens;
        total.outputTokens += outputTokens;
        total.costMicroYuan += cost;
        return recordAiCall(db, {
          feature: resolved.feature,
          engine: remote.engine,
          model: fields.model,
          promptVersion,
          userId: resolved.userId,
          ref: resolved.ref,
          inputTokens,
          outputTokens,
          costMicroYuan: cost,
          latencyMs: now() - roundStarted,
          ok: fields.ok,
          error: fields.error,
          attempts: fields.attempts,
          kind,
        });
      };
      let result: { value: CompletionResult; attempts: number };
      try {
        result = await withRetries(
          ({ deadline }) =>
            remote.complete({
              model,
              messages: roundMessages,
              json: true,
              jsonSchema,
              temperature,
              maxOutputTokens,
              signal: deadline.signal,
            } satisfies CompletionRequest),
          { retry, timeoutMs, signal: params.signal, sleep, random, onRetry: retryLogger(resolved, model) },
        );
      } catch (error) {
        const aiError =
          error instanceof AiError ? error : normaliseAttemptError(error, false, params.signal, timeoutMs);
        await record({ ok: false, error: aiError.code, usage: null, model, attempts: aiError.attempts });
        throw aiError;
      }
      calls++;
      return { ...result, record };
    };

    const first = await roundTrip(messages, "structured");
    const firstCheck = checkJson(first.value.content, params.schema);
    if (firstCheck.ok) {
      await first.record({
        ok: true,
        error: null,
        usage: first.value.usage,
        model: first.value.model,
        attempts: first.attempts,
      });
      return {
        data: firstCheck.data,
        usage: total,
        engine: remote.engine,
        model: first.value.model,
        promptVersion: resolved.promptVersion,
        calls,
      };
    }
    await first.record({
      ok: false,
      error: firstCheck.code,
      usage: first.value.usage,
      model: first.value.model,
      attempts: first.attempts,
    });

    const second = await roundTrip(
      [...messages, ...repairMessages(first.value.content, firstCheck.problems)],
      "repair",
    );
    const secondCheck = checkJson(second.value.content, params.schema);
    if (secondCheck.ok) {
      await second.record({
        ok: true,
        error: null,
        usage: second.value.usage,
        model: second.value.model,
        attempts: second.attempts,
      });
      return {
        data: secondCheck.data,
        usage: total,
        engine: remote.engine,
        model: second.value.model,
        promptVersion: resolved.promptVersion,
        calls,
      };
    }
    await second.record({
      ok: false,
      error: "AI_INVALID_OUTPUT",
      usage: second.value.usage,
      model: second.value.model,
      attempts: second.attempts,
    });
    throw new AiError("AI_INVALID_OUTPUT", "The model's answer failed validation after one repair attempt", {
      details: { first: firstCheck.problems, repair: secondCheck.problems },
      attempts: calls,
    });
  }

  async function generateOffline<T>(
    params: GenerateStructuredParams<T>,
    resolved: Resolved,
    started: number,
  ): Promise<StructuredResult<T>> {
    const handler = resolveOfflineHandler(resolved.feature, options.offline);
    const model = handler?.version ?? "offline";
    const record = (ok: boolean, error: AiErrorCode | null) =>
      recordAiCall(db, {
        feature: resolved.feature,
        engine: "offline",
        model,
        promptVersion: resolved.promptVersion,
        userId: resolved.userId,
        ref: resolved.ref,
        inputTokens: 0,
        outputTokens: 0,
        costMicroYuan: 0,
        latencyMs: now() - started,
        ok,
        error,
        attempts: 1,
        kind: "structured",
      });
    if (!handler?.generate) {
      await record(false, "AI_NOT_CONFIGURED");
      throw new AiError("AI_NOT_CONFIGURED", `No offline handler for ${resolved.feature}`);
    }
    let value: unknown;
    try {
      value = await handler.generate(params.offlineInput, {
        feature: resolved.feature,
        promptVersion: resolved.promptVersion,
      });
    } catch (error) {
      await record(false, error instanceof AiError ? error.code : "AI_INVALID_OUTPUT");
      throw error;
    }
    const check = checkValue(value, params.schema);
    if (!check.ok) {
      await record(false, "AI_INVALID_OUTPUT");
      throw new AiError("AI_INVALID_OUTPUT", `The offline engine's ${resolved.feature} result failed validation`, {
        details: { problems: check.problems },
      });
    }
    await record(true, null);
    return {
      data: check.data,
      usage: { inputTokens: 0, outputTokens: 0, costMicroYuan: 0 },
      engine: "offline",
      model,
      promptVersion: resolved.promptVersion,
      calls: 0,
    };
  }

  async function* streamText(params: StreamTextParams): AsyncGenerator<string, StreamSummary, undefined> {
    const started = now();
    let resolved: Resolved;
    let remote: RemoteProvider | undefined;
    try {
      resolved = await resolve(params);
      if (resolved.engine !== "offline") remote = remoteProvider(resolved.engine);
    } catch (error) {
      return await recordEarlyFailure(params, error, "stream", started);
    }
    const model = remote ? (resolved.override.model ?? remote.defaultModel) : undefined;
    const messages: ChatMessage[] = [{ role: "system", content: resolved.system }, ...params.messages];
    let text = "";
    let reported: ProviderUsage | null = null;
    let attempts = 0;
    let outcome: { ok: true } | { ok: false; code: AiErrorCode } | undefined;
    let recordedModel = model ?? "offline";

    const finish = async () => {
      const result = outcome ?? { ok: false as const, code: "AI_CANCELLED" as const };
      const offline = !remote;
      const usage: ProviderUsage = offline
        ? { inputTokens: 0, outputTokens: 0 }
        : (reported ?? {
            inputTokens: estimateTokens(messages.map((m) => m.content).join("\n")),
            outputTokens: estimateTokens(text),
          });
      const cost = offline
        ? 0
        : costMicroYuan(priceOf(resolved.override, recordedModel), usage.inputTokens, usage.outputTokens);
      await recordAiCall(db, {
        feature: resolved.feature,
        engine: resolved.engine,
        model: recordedModel,
        promptVersion: resolved.promptVersion,
        userId: resolved.userId,
        ref: resolved.ref,
        inputTokens: usage.inputTokens,
        outputTokens: usage.outputTokens,
        costMicroYuan: cost,
        latencyMs: now() - started,
        ok: result.ok,
        error: result.ok ? null : result.code,
        attempts,
        kind: "stream",
      });
      return {
        engine: resolved.engine,
        model: recordedModel,
        promptVersion: resolved.promptVersion,
        usage: { ...usage, costMicroYuan: cost },
        usageReported: offline || reported !== null,
      } satisfies StreamSummary;
    };

    if (!remote) {
      const handler = resolveOfflineHandler(resolved.feature, options.offline);
      recordedModel = handler?.version ?? "offline";
      attempts = 1;
      let offlineSummary: StreamSummary | undefined;
      try {
        if (!handler?.stream) throw new AiError("AI_NOT_CONFIGURED", `No offline stream for ${resolved.feature}`);
        const chunks = handler.stream(
          { input: params.offlineInput, system: resolved.system, messages: params.messages },
          { feature: resolved.feature, promptVersion: resolved.promptVersion },
        );
        for await (const chunk of chunks) {
          if (params.signal?.aborted) throw new AiError("AI_CANCELLED", "The stream was cancelled");
          text += chunk;
          yield chunk;
        }
        outcome = { ok: true };
      } catch (error) {
        outcome = { ok: false, code: error instanceof AiError ? error.code : "AI_INVALID_OUTPUT" };
        throw error;
      } finally {
        offlineSummary = await finish();
      }
      return offlineSummary;
    }

    const active = remote;
    const activeModel = model as string;
    let deadline: import("./retry").Deadline | undefined;
    let summary: StreamSummary | undefined;
    try {
      let opened: Awaited<ReturnType<typeof withRetries<AsyncIterable<import("./providers/provider").StreamEvent>>>>;
      try {
        opened = await withRetries(
          ({ deadline }) =>
            active.openStream({
              model: activeModel,
              messages,
              temperature: params.temperature ?? resolved.override.temperature,
              maxOutputTokens: params.maxOutputTokens ?? resolved.override.maxOutputTokens,
              signal: deadline.signal,
            }),
          {
            retry,
            timeoutMs,
            signal: params.signal,
            sleep,
            random,
            keepDeadline: true,
            onRetry: retryLogger(resolved, activeModel),
          },
        );
      } catch (error) {
        const aiError =
          error instanceof AiError ? error : normaliseAttemptError(error, false, params.signal, timeoutMs);
        attempts = aiError.attempts;
        outcome = { ok: false, code: aiError.code };
        throw aiError;
      }
      deadline = opened.deadline;
      attempts = opened.attempts;
      try {
        for await (const event of opened.value) {
          deadline.touch();
          if (event.type === "usage") reported = event.usage;
          else {
            text += event.text;
            yield event.text;
          }
        }
        // The SDK ends a stream quietly when its signal aborts: an early end is the deadline's or the caller's.
        if (deadline.timedOut() || params.signal?.aborted) throw deadline.signal.reason;
      } catch (error) {
        const aiError = normaliseAttemptError(error, deadline.timedOut(), params.signal, timeoutMs);
        outcome = { ok: false, code: aiError.code };
        throw aiError;
      }
      outcome = { ok: true };
    } finally {
      deadline?.dispose();
      summary = await finish();
    }
    return summary;
  }

  return { engine: () => selectedEngine(env), generateStructured, streamText };
}

function retryLogger(resolved: Resolved, model: string) {
  return (info: { attempt: number; code: string; delayMs: number }) =>
    log("warn", "ai: retrying", {
      feature: resolved.feature,
      engine: resolved.engine,
      model,
      attempt: info.attempt,
      errorCode: info.code,
      delayMs: info.delayMs,
    });
}
