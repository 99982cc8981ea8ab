import type { ChatMessage } from "../types";

/** One model round trip as the gateway asks for it; retries, timeouts and recording happen around it. */
export type CompletionRequest = {
  model: string;
  messages: ChatMessage[];
  /** Ask for a JSON object (json_object / JSON mode). */
  json: boolean;
  /** JSON Schema of the expected object, for providers whose JSON mode takes one (Workers AI). */
  jsonSchema?: Record<string, unknown>;
  temperature?: number;
  maxOutputTokens?: number;
  signal: AbortSignal;
};

export type ProviderUsage = { inputTokens: number; outputTokens: number };

export type CompletionResult = { content: string; usage: ProviderUsage | null; model: string };

/** What a stream yields: text deltas, and usage when the provider reports it (usually last). */
export type StreamEvent = { type: "text"; text: string } | { type: "usage"; usage: ProviderUsage };

export interface RemoteProvider {
  readonly engine: "openai" | "workers-ai";
  readonly defaultModel: string;
  /** One round trip. Throws AiError with a code (and status / Retry-After when known). */
  complete(request: CompletionRequest): Promise<CompletionResult>;
  /**
   * Opens a stream: resolves once the provider accepted the request (errors before that are retryable), then
   * the iterable yields the events. Errors while iterating are final.
   */
  openStream(request: Omit<CompletionRequest, "json" | "jsonSchema">): Promise<AsyncIterable<StreamEvent>>;
}
