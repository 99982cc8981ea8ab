import { AiError } from "../errors";
import type { AiBinding } from "../types";
import type { CompletionRequest, CompletionResult, ProviderUsage, RemoteProvider, StreamEvent } from "./provider";

/**
 * Workers AI through the `AI` binding. The binding is not declared in wrangler.toml by default (it needs remote
 * access even in development): add `[ai] binding = "AI"` to use this provider.
 *
 * Text-generation models answer `{ response, usage? }`, where `response` is already an object in JSON mode;
 * OpenAI-compatible models answer `{ choices: [{ message: { content } }], usage }`. Streams are SSE bytes whose
 * events carry `response` (or `choices[0].delta.content`) and, at the end, `usage`.
 */
export function createWorkersAiProvider(binding: AiBinding | undefined, model: string): RemoteProvider {
  if (!binding || typeof binding.run !== "function") {
    throw new AiError(
      "AI_NOT_CONFIGURED",
      'AI_PROVIDER=workers-ai needs the Workers AI binding: add [ai] binding = "AI" to wrangler.toml',
    );
  }
  const ai = binding;

  return {
    engine: "workers-ai",
    defaultModel: model,

    async complete(request: CompletionRequest): Promise<CompletionResult> {
      const inputs: Record<string, unknown> = { messages: request.messages };
      if (request.json) {
        inputs.response_format = request.jsonSchema
          ? { type: "json_schema", json_schema: request.jsonSchema }
          : { type: "json_object" };
      }
      if (request.temperature !== undefined) inputs.temperature = request.temperature;
      if (request.maxOutputTokens !== undefined) inputs.max_tokens = request.maxOutputTokens;
      const output = await runAbortable(ai, request.model, inputs, request.signal);
      const content = contentOf(output);
      if (content === "") throw new AiError("AI_EMPTY", "The model answered with no content");
      return { content, usage: usageOf(output), model: request.model };
    },

    async openStream(request): Promise<AsyncIterable<StreamEvent>> {
      const inputs: Record<string, unknown> = { messages: request.messages, stream: true };
      if (request.temperature !== undefined) inputs.temperature = request.temperature;
      if (request.maxOutputTokens !== undefined) inputs.max_tokens = request.maxOutputTokens;
      const output = await runAbortable(ai, request.model, inputs, request.signal);
      if (!(output instanceof ReadableStream)) {
        // A model that does not stream: hand out its whole answer as one chunk.
        const content = contentOf(output);
        const usage = usageOf(output);
        return (async function* () {
          if (content) yield { type: "text", text: content } satisfies StreamEvent;
          if (usage) yield { type: "usage", usage } satisfies StreamEvent;
        })();
      }
      return parseSse(output as ReadableStream<Uint8Array>, request.signal);
    },
  };
}

async function runAbortable(
  ai: AiBinding,
  model: string,
  inputs: Record<string, unknown>,
  signal: AbortSignal,
): Promise<unknown> {
  if (signal.aborted) throw signal.reason;
  let onAbort: (() => void) | undefined;
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
  });
  try {
    // The binding honours `signal`; the race covers bindings (and fakes) that do not.
    return await Promise.race([ai.run(model, inputs, { signal }), aborted]);
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    throw toAiError(error);
  } finally {
    if (onAbort) signal.removeEventListener("abort", onAbort);
  }
}

function contentOf(output: unknown): string {
  if (typeof output === "string") return output;
  if (!output || typeof output !== "object") return "";
  const record = output as Record<string, unknown>;
  if (typeof record.response === "string") return record.response;
  if (record.response && typeof record.response === "object") return JSON.stringify(record.response);
  const choices = record.choices as { message?: { content?: unknown } }[] | undefined;
  const content = choices?.[0]?.message?.content;
  return typeof content === "string" ? content : "";
}

function usageOf(output: unknown): ProviderUsage | null {
  if (!output || typeof output !== "object") return null;
  const usage = (output as { usage?: { prompt_tokens?: unknown; completion_tokens?: unknown } }).usage;
  if (!usage || typeof usage !== "object") return null;
  return {
    inputTokens: typeof usage.prompt_tokens === "number" ? usage.prompt_tokens : 0,
    outputTokens: typeof usage.completion_tokens === "number" ? usage.completion_tokens : 0,
  };
}

async function* parseSse(stream: ReadableStream<Uint8Array>, signal: AbortSignal): AsyncGenerator<StreamEvent> {
  const reader = stream.pipeThrough(new TextDecoderStream()).getReader();
  const onAbort = () => {
    reader.cancel(signal.reason).catch(() => {});
  };
  signal.addEventListener("abort", onAbort, { once: true });
  let buffer = "";
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (signal.aborted) throw signal.reason;
      if (done) break;
      buffer += value;
      let boundary = buffer.indexOf("\n");
      while (boundary >= 0) {
        const line = buffer.slice(0, boundary).trim();
        buffer = buffer.slice(boundary + 1);
        boundary = buffer.indexOf("\n");
        const event = sseLine(line);
        if (event === "done") return;
        if (event) yield* event;
      }
    }
    const last = sseLine(buffer.trim());
    if (last && last !== "done") yield* last;
  } finally {
    signal.removeEventListener("abort", onAbort);
    reader.releaseLock();
  }
}

function sseLine(line: string): StreamEvent[] | "done" | undefined {
  if (!line.startsWith("data:")) return undefined;
  const data = line.slice(5).trim();
  if (data === "[DONE]") return "done";
  let parsed: Record<string, unknown>;
  try {
    parsed = JSON.parse(data);
  } catch {
    return undefined;
  }
  const events: StreamEvent[] = [];
  const delta = (parsed.choices as { delta?: { content?: unknown } }[] | undefined)?.[0]?.delta?.content;
  const text = typeof parsed.response === "string" ? parsed.response : typeof delta === "string" ? delta : "";
  if (text) events.push({ type: "text", text });
  const usage = usageOf(parsed);
  if (usage && (usage.inputTokens || usage.outputTokens)) events.push({ type: "usage", usage });
  return events;
}

/**
 * Workers AI reports errors as exceptions whose message starts with a code, e.g. `3040: Capacity temporarily
 * exceeded` (retryable), `3036: account limited` (daily allocation, not retryable today), `5007: No such model`.
 */
function toAiError(error: unknown): AiError {
  if (error instanceof AiError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const code = /^\s*(\d{4})\b/.exec(message)?.[1];
  if (code === "3040" || /capacity|overloaded|temporarily/i.test(message)) {
    return new AiError("AI_RATE_LIMITED", "Workers AI is out of capacity", { status: 429, cause: error });
  }
  if (code === "3036") return new AiError("AI_BAD_REQUEST", "Workers AI account limit reached", { cause: error });
  if (code === "3007" || /timed? ?out/i.test(message)) {
    return new AiError("AI_TIMEOUT", "Workers AI timed out", { cause: error });
  }
  if (code?.startsWith("5")) {
    // 5xxx are input errors (5006 invalid input, 5007 no such model …): retrying cannot help.
    return new AiError("AI_BAD_REQUEST", `Workers AI refused the request (${code})`, { cause: error });
  }
  return new AiError("AI_UPSTREAM", code ? `Workers AI failed (${code})` : "Workers AI failed", { cause: error });
}
