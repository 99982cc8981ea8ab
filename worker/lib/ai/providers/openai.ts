import OpenAI, { APIConnectionTimeoutError, APIError, APIUserAbortError } from "openai";
import { AiError, codeForStatus } from "../errors";
import { parseRetryAfter } from "../retry";
import type { AiEnv } from "../types";
import type { CompletionRequest, CompletionResult, RemoteProvider, StreamEvent } from "./provider";

/**
 * Any OpenAI-compatible Chat Completions endpoint through the official SDK: OpenAI, DeepSeek
 * (https://api.deepseek.com), Qwen/DashScope (https://dashscope.aliyuncs.com/compatible-mode/v1), Moonshot
 * (https://api.moonshot.cn/v1), Zhipu (https://open.bigmodel.cn/api/paas/v4).
 *
 * The SDK's own retries are off (the gateway retries, records and logs), its logging is off (requests carry
 * personal data), and nothing is read from process.env: every setting is passed explicitly. In workerd the SDK
 * does not take itself for a browser (navigator.userAgent is "Cloudflare-Workers"), so `dangerouslyAllowBrowser`
 * is not set.
 */
export function createOpenAiProvider(
  env: Pick<AiEnv, "OPENAI_BASE_URL" | "OPENAI_API_KEY" | "OPENAI_MODEL">,
  options: { fetch?: typeof fetch; timeoutMs: number },
): RemoteProvider {
  const apiKey = env.OPENAI_API_KEY?.trim();
  const model = env.OPENAI_MODEL?.trim();
  if (!apiKey) throw new AiError("AI_NOT_CONFIGURED", "AI_PROVIDER=openai needs OPENAI_API_KEY");
  if (!model) throw new AiError("AI_NOT_CONFIGURED", "AI_PROVIDER=openai needs OPENAI_MODEL");
  const baseURL = env.OPENAI_BASE_URL?.trim() || "https://api.openai.com/v1";
  const fetchImpl = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const client = new OpenAI({
    apiKey,
    baseURL,
    organization: null,
    project: null,
    maxRetries: 0,
    // The gateway's deadline aborts first; this is a backstop.
    timeout: options.timeoutMs + 5_000,
    fetch: fetchImpl as never,
    logLevel: "off",
  });

  return {
    engine: "openai",
    defaultModel: model,

    async complete(request: CompletionRequest): Promise<CompletionResult> {
      try {
        const completion = await client.chat.completions.create(
          {
            model: request.model,
            messages: request.messages,
            ...(request.json ? { response_format: { type: "json_object" as const } } : {}),
            ...(request.temperature === undefined ? {} : { temperature: request.temperature }),
            ...(request.maxOutputTokens === undefined ? {} : { max_tokens: request.maxOutputTokens }),
          },
          { signal: request.signal },
        );
        const choice = completion.choices[0];
        const content = choice?.message?.content ?? "";
        if (content === "") throw new AiError("AI_EMPTY", "The model answered with no content");
        return {
          content,
          model: completion.model || request.model,
          usage: completion.usage
            ? {
                inputTokens: completion.usage.prompt_tokens ?? 0,
                outputTokens: completion.usage.completion_tokens ?? 0,
              }
            : null,
        };
      } catch (error) {
        throw toAiError(error);
      }
    },

    async openStream(request): Promise<AsyncIterable<StreamEvent>> {
      let stream: AsyncIterable<OpenAI.Chat.Completions.ChatCompletionChunk>;
      try {
        stream = await client.chat.completions.create(
          {
            model: request.model,
            messages: request.messages,
            stream: true,
            stream_options: { include_usage: true },
            ...(request.temperature === undefined ? {} : { temperature: request.temperature }),
            ...(request.maxOutputTokens === undefined ? {} : { max_tokens: request.maxOutputTokens }),
          },
          { signal: request.signal },
        );
      } catch (error) {
        throw toAiError(error);
      }
      return (async function* () {
        try {
          for await (const chunk of stream) {
            const text = chunk.choices[0]?.delta?.content;
            if (text) yield { type: "text", text } satisfies StreamEvent;
            if (chunk.usage) {
              yield {
                type: "usage",
                usage: {
                  inputTokens: chunk.usage.prompt_tokens ?? 0,
                  outputTokens: chunk.usage.completion_tokens ?? 0,
                },
              } satisfies StreamEvent;
            }
          }
        } catch (error) {
          throw toAiError(error);
        }
      })();
    },
  };
}

function toAiError(error: unknown): AiError {
  if (error instanceof AiError) return error;
  if (error instanceof APIConnectionTimeoutError)
    return new AiError("AI_TIMEOUT", "The provider timed out", { cause: error });
  if (error instanceof APIUserAbortError)
    return new AiError("AI_CANCELLED", "The request was aborted", { cause: error });
  if (error instanceof APIError && typeof error.status === "number") {
    return new AiError(codeForStatus(error.status), `The provider answered ${error.status}`, {
      status: error.status,
      retryAfterMs: parseRetryAfter(error.headers ?? null),
      cause: error,
    });
  }
  // APIConnectionError and anything thrown by fetch: the connection failed.
  return new AiError("AI_NETWORK", error instanceof Error ? error.message : String(error), { cause: error });
}
