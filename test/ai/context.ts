// What test/global-setup-openai.ts provides (no Node imports: the workerd tests read these types too).

/** One scripted answer of the loopback OpenAI-compatible server. */
export type OpenAiScriptStep = {
  /** HTTP status (default 200). Non-2xx answers carry an OpenAI-style `{ error }` body. */
  status?: number;
  headers?: Record<string, string>;
  /** The assistant's content (non-streaming), or the whole text when `chunks` is absent (streaming). */
  content?: string;
  /** Streaming: the content deltas, in order. */
  chunks?: string[];
  /** Reported usage; default computed from the text; null omits it. */
  usage?: { prompt_tokens: number; completion_tokens: number } | null;
  /** The error message of a non-2xx answer. */
  errorMessage?: string;
  /** Wait before answering (headers included). */
  delayMs?: number;
  /** Streaming: wait between chunks. */
  chunkDelayMs?: number;
  /** Destroy the connection without answering (a network failure). */
  drop?: boolean;
  /** The model named in the answer (default: the requested one). */
  model?: string;
};

export type RecordedOpenAiRequest = {
  at: number;
  path: string;
  authorization: string | null;
  body: {
    model?: string;
    stream?: boolean;
    stream_options?: { include_usage?: boolean };
    response_format?: { type: string };
    temperature?: number;
    max_tokens?: number;
    messages: { role: string; content: string }[];
  };
  /** Which scripted step answered (null = the default answer). */
  step: OpenAiScriptStep | null;
};

/** The API key the loopback server accepts (anything else gets 401 like the real API). */
export const LOOPBACK_OPENAI_KEY = "sk-test-loopback";

export type OpenAiServerInfo = {
  /** Base URL for OPENAI_BASE_URL (ends in /v1); control endpoints live under `${origin}/__control/`. */
  baseUrl: string;
  origin: string;
};

declare module "vitest" {
  export interface ProvidedContext {
    /** The loopback server's base URL (`http://127.0.0.1:<port>/v1`), bound as TEST_OPENAI_URL. */
    openaiUrl: string;
  }
}
