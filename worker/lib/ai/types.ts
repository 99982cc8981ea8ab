import type { Db } from "../../db/client";

/** What the AI gateway is used for; one prompt lineage, one offline handler and one admin override per feature. */
export const FEATURES = ["diagnosis", "prep", "interview", "meeting"] as const;
export type Feature = (typeof FEATURES)[number];

/** Which engine answered: the built-in deterministic engine or a model provider. */
export type Engine = "offline" | "openai" | "workers-ai";
export const ENGINES = ["offline", "openai", "workers-ai"] as const satisfies readonly Engine[];

export type ChatRole = "system" | "user" | "assistant";
export type ChatMessage = { role: ChatRole; content: string };

export type AiUsage = { inputTokens: number; outputTokens: number; costMicroYuan: number };

/**
 * A binding shaped like Workers AI (`env.AI`): only `run` is used. Typed structurally so that tests can pass a
 * plain object and so that the generated `Ai` class is accepted too.
 */
export type AiBinding = {
  run(model: string, inputs: Record<string, unknown>, options?: { signal?: AbortSignal }): Promise<unknown>;
};

/** The environment the gateway reads. `AI` is optional: wrangler.toml has no `[ai]` binding by default. */
export type AiEnv = {
  AI_PROVIDER?: string;
  OPENAI_BASE_URL?: string;
  OPENAI_API_KEY?: string;
  OPENAI_MODEL?: string;
  /** Per-attempt timeout in ms for every provider (default 60 000). */
  AI_TIMEOUT_MS?: string;
  /** Model for `AI_PROVIDER=workers-ai` (default `@cf/meta/llama-3.3-70b-instruct-fp8-fast`). */
  WORKERS_AI_MODEL?: string;
  AI?: AiBinding;
};

export type OfflineContext = { feature: Feature; promptVersion: string };

/** One feature's built-in engine, injected by its owner (the gateway never imports the engine itself). */
export type OfflineHandler = {
  /** Structured results: gets `offlineInput`, returns data that must satisfy the caller's schema. */
  generate?: (input: unknown, ctx: OfflineContext) => unknown | Promise<unknown>;
  /** Live sessions: yields the reply in chunks. */
  stream?: (input: OfflineStreamInput, ctx: OfflineContext) => AsyncIterable<string>;
  /** Recorded as the model of offline calls, e.g. `offline-engine@3`; default `offline`. */
  version?: string;
};
export type OfflineHandlers = Partial<Record<Feature, OfflineHandler>>;
export type OfflineStreamInput = { input: unknown; system: string; messages: ChatMessage[] };

/** What a caller's row in ai_calls refers to (a job, a live session …). */
export type AiRef = { type: string; id: string };

export type RetryOptions = {
  /** Attempts per provider call, including the first (default 3). */
  maxAttempts?: number;
  /** First backoff delay (default 500 ms); doubles per attempt, with full jitter. */
  baseDelayMs?: number;
  /** Cap of a backoff delay (default 8 s). */
  maxDelayMs?: number;
  /** A `Retry-After` longer than this is not waited for: the call fails at once (default 20 s). */
  maxRetryAfterMs?: number;
};

export type AiGatewayOptions = {
  db: Db;
  /** Offline handlers by feature; falls back to those registered with `registerOfflineHandler`. */
  offline?: OfflineHandlers;
  /** fetch for the OpenAI SDK (default: the global fetch, called unbound as Workers require). */
  fetch?: typeof fetch;
  /** Clock in ms, for latency (default `Date.now`). */
  now?: () => number;
  /** Overrides `AI_TIMEOUT_MS`. */
  timeoutMs?: number;
  retry?: RetryOptions;
  /** Waits between retries (tests may shorten it). */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Random number in [0, 1) for jitter (default Math.random). */
  random?: () => number;
};

export type GenerateStructuredParams<T> = {
  feature: Feature;
  /** Prompt version recorded with the call; default: the admin override or the registry's current version. */
  promptVersion?: string;
  /** System prompt; default: the registry's template for the feature, rendered with `promptVars`. */
  system?: string;
  promptVars?: Record<string, string | number>;
  /** The user message (already masked of personal data where the feature requires it). */
  user: string;
  schema: import("zod").ZodType<T>;
  /** What the offline handler gets when the offline engine answers. */
  offlineInput?: unknown;
  userId?: string | null;
  jobId?: string | null;
  /** Generic reference for ai_calls (jobId sets `{ type: "job", id }`). */
  ref?: AiRef;
  temperature?: number;
  maxOutputTokens?: number;
  /** Append the JSON Schema of `schema` to the system prompt (default true). */
  schemaHint?: boolean;
  signal?: AbortSignal;
};

export type StructuredResult<T> = {
  data: T;
  usage: AiUsage;
  engine: Engine;
  model: string;
  promptVersion: string;
  /** Provider round trips, repair included (offline: 0). */
  calls: number;
};

export type StreamTextParams = {
  feature: Feature;
  promptVersion?: string;
  system?: string;
  promptVars?: Record<string, string | number>;
  /** The conversation so far (user and assistant turns). */
  messages: ChatMessage[];
  offlineInput?: unknown;
  userId?: string | null;
  jobId?: string | null;
  ref?: AiRef;
  temperature?: number;
  maxOutputTokens?: number;
  /** Aborts the stream (e.g. the user hung up); recorded as AI_CANCELLED. */
  signal?: AbortSignal;
};

export type StreamSummary = {
  engine: Engine;
  model: string;
  promptVersion: string;
  usage: AiUsage;
  /** True when the provider reported usage; false when the tokens were estimated from the text. */
  usageReported: boolean;
};
