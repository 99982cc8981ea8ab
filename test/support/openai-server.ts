// An OpenAI-compatible Chat Completions server on loopback (Node side), for the AI gateway tests.
// - POST /v1/chat/completions, streaming (SSE, `data: [DONE]`, usage chunk with stream_options.include_usage)
//   and non-streaming, Bearer auth like the real API;
// - answers are scripted per test: POST /__control/script `{ match, steps }` queues steps for requests whose body
//   contains `match` (put a unique marker such as "scenario:429-then-ok:<uuid>" in the user message); unmatched
//   requests (or exhausted scripts) get a default `{"ok":true}` answer;
// - GET /__control/requests?match= returns what matching requests carried.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import {
  LOOPBACK_OPENAI_KEY as API_KEY,
  type OpenAiScriptStep,
  type OpenAiServerInfo,
  type RecordedOpenAiRequest,
} from "../ai/context";

type Script = { match: string; steps: OpenAiScriptStep[] };

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  if (response.destroyed || response.writableEnded) return;
  response.writeHead(status, { "Content-Type": "application/json", ...headers }).end(JSON.stringify(body));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const roughTokens = (text: string) => Math.max(1, Math.ceil(text.length / 4));

export async function startOpenAiServer(): Promise<{ info: OpenAiServerInfo; close(): Promise<void> }> {
  const scripts: Script[] = [];
  const requests: RecordedOpenAiRequest[] = [];
  let seq = 0;

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    try {
      if (url.pathname === "/__control/script" && request.method === "POST") {
        const script = JSON.parse(await readBody(request)) as Script;
        if (!script.match || !Array.isArray(script.steps)) return sendJson(response, 400, { error: "match, steps" });
        scripts.push({ match: script.match, steps: [...script.steps] });
        return sendJson(response, 200, { ok: true });
      }
      if (url.pathname === "/__control/requests" && request.method === "GET") {
        const match = url.searchParams.get("match") ?? "";
        return sendJson(
          response,
          200,
          requests.filter((r) => JSON.stringify(r.body).includes(match)),
        );
      }
      if (url.pathname !== "/v1/chat/completions" || request.method !== "POST") {
        return sendJson(response, 404, { error: { message: "not found", type: "invalid_request_error" } });
      }

      const raw = await readBody(request);
      const authorization = request.headers.authorization ?? null;
      let body: RecordedOpenAiRequest["body"];
      try {
        body = JSON.parse(raw);
      } catch {
        return sendJson(response, 400, { error: { message: "body is not JSON", type: "invalid_request_error" } });
      }
      const script = scripts.find((s) => s.steps.length > 0 && raw.includes(s.match));
      const step = script?.steps.shift() ?? null;
      requests.push({ at: Date.now(), path: url.pathname, authorization, body, step });

      if (authorization !== `Bearer ${API_KEY}`) {
        return sendJson(response, 401, {
          error: { message: "Incorrect API key provided", type: "invalid_request_error", code: "invalid_api_key" },
        });
      }
      if (!Array.isArray(body.messages) || typeof body.model !== "string") {
        return sendJson(response, 400, {
          error: { message: "model and messages are required", type: "invalid_request_error" },
        });
      }

      const s: OpenAiScriptStep = step ?? { content: '{"ok":true}' };
      if (s.delayMs) await sleep(s.delayMs);
      if (response.destroyed) return;
      if (s.drop) {
        request.socket.destroy();
        return;
      }
      const status = s.status ?? 200;
      if (status >= 300) {
        return sendJson(
          response,
          status,
          {
            error: {
              message: s.errorMessage ?? `scripted ${status}`,
              type: status === 429 ? "rate_limit_error" : "server_error",
            },
          },
          s.headers,
        );
      }

      const id = `chatcmpl-${++seq}`;
      const created = Math.floor(Date.now() / 1000);
      const model = s.model ?? body.model;
      const content = s.content ?? s.chunks?.join("") ?? "";
      const promptText = body.messages.map((m) => m.content).join("\n");
      const usage =
        s.usage === null
          ? undefined
          : (s.usage ?? { prompt_tokens: roughTokens(promptText), completion_tokens: roughTokens(content) });
      const usageBody = usage && { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens };

      if (!body.stream) {
        return sendJson(
          response,
          200,
          {
            id,
            object: "chat.completion",
            created,
            model,
            choices: [{ index: 0, message: { role: "assistant", content }, finish_reason: "stop", logprobs: null }],
            ...(usageBody ? { usage: usageBody } : {}),
          },
          s.headers,
        );
      }

      response.writeHead(200, {
        "Content-Type": "text/event-stream",
        "Cache-Control": "no-cache",
        Connection: "keep-alive",
        ...s.headers,
      });
      const send = (data: unknown) => {
        if (!response.destroyed) response.write(`data: ${typeof data === "string" ? data : JSON.stringify(data)}\n\n`);
      };
      const chunk = (delta: Record<string, unknown>, finish: string | null) => ({
        id,
        object: "chat.completion.chunk",
        created,
        model,
        choices: [{ index: 0, delta, finish_reason: finish }],
      });
      send(chunk({ role: "assistant", content: "" }, null));
      for (const piece of s.chunks ?? [content]) {
        if (s.chunkDelayMs) await sleep(s.chunkDelayMs);
        if (response.destroyed) return;
        send(chunk({ content: piece }, null));
      }
      send(chunk({}, "stop"));
      if (body.stream_options?.include_usage && usageBody) {
        send({ id, object: "chat.completion.chunk", created, model, choices: [], usage: usageBody });
      }
      send("[DONE]");
      response.end();
    } catch (error) {
      sendJson(response, 500, { error: { message: String(error), type: "server_error" } });
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    info: { baseUrl: `${origin}/v1`, origin },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
