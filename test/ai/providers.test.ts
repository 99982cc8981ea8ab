import { afterEach, describe, expect, it, vi } from "vitest";
import { type AiBinding, type AiEnv, AiError, type OfflineHandlers, registerOfflineHandler } from "../../worker/lib/ai";
import { callsOf, collect, GOOD_VERDICT, gateway, marker, Verdict } from "./helpers";

async function failure(promise: Promise<unknown>): Promise<AiError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(AiError);
    return error as AiError;
  }
  throw new Error("expected the call to fail");
}

describe("AI gateway: offline provider", () => {
  afterEach(() => vi.restoreAllMocks());

  const offlineEnv: AiEnv = { AI_PROVIDER: "offline" };

  it("calls the injected handler, validates its result and records an offline row", async () => {
    const job = marker("offline");
    const seen: unknown[] = [];
    const offline: OfflineHandlers = {
      diagnosis: {
        version: "offline-engine@1",
        generate: (input, ctx) => {
          seen.push({ input, ctx });
          return GOOD_VERDICT;
        },
      },
    };
    const result = await gateway(offlineEnv, { offline }).generateStructured({
      feature: "diagnosis",
      user: "ignored offline",
      schema: Verdict,
      offlineInput: { resumeText: "负责前端开发" },
      jobId: job,
    });

    expect(result).toEqual({
      data: GOOD_VERDICT,
      engine: "offline",
      model: "offline-engine@1",
      promptVersion: "diagnosis.v1",
      usage: { inputTokens: 0, outputTokens: 0, costMicroYuan: 0 },
      calls: 0,
    });
    expect(seen).toEqual([
      { input: { resumeText: "负责前端开发" }, ctx: { feature: "diagnosis", promptVersion: "diagnosis.v1" } },
    ]);
    const rows = await callsOf(job);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      provider: "offline",
      model: "offline-engine@1",
      feature: "diagnosis",
      inputTokens: 0,
      outputTokens: 0,
      costMicroYuan: 0,
      ok: true,
      error: null,
    });
  });

  it("is the default when AI_PROVIDER is empty, and uses registered handlers", async () => {
    const job = marker("offline-registered");
    registerOfflineHandler("prep", { generate: async () => GOOD_VERDICT });
    const result = await gateway({}).generateStructured({ feature: "prep", user: "", schema: Verdict, jobId: job });
    expect(result.engine).toBe("offline");
    expect(result.model).toBe("offline");
    expect((await callsOf(job))[0]).toMatchObject({ provider: "offline", ok: true });
  });

  it("rejects offline output that fails the schema (AI_INVALID_OUTPUT) and a missing handler (AI_NOT_CONFIGURED)", async () => {
    const bad = marker("offline-bad");
    const error = await failure(
      gateway(offlineEnv, { offline: { diagnosis: { generate: () => ({ score: "high" }) } } }).generateStructured({
        feature: "diagnosis",
        user: "",
        schema: Verdict,
        jobId: bad,
      }),
    );
    expect(error.code).toBe("AI_INVALID_OUTPUT");
    expect((await callsOf(bad))[0]).toMatchObject({ provider: "offline", ok: false, error: "AI_INVALID_OUTPUT" });

    const none = marker("offline-none");
    const missing = await failure(
      gateway(offlineEnv, { offline: {} }).generateStructured({
        feature: "meeting",
        user: "",
        schema: Verdict,
        jobId: none,
      }),
    );
    expect(missing.code).toBe("AI_NOT_CONFIGURED");
    expect((await callsOf(none))[0]).toMatchObject({ provider: "offline", ok: false, error: "AI_NOT_CONFIGURED" });
  });

  it("streams the injected generator's chunks and records the session", async () => {
    const job = marker("offline-stream");
    const offline: OfflineHandlers = {
      interview: {
        version: "interviewer@2",
        async *stream(input) {
          yield `共 ${input.messages.length} 条消息；`;
          yield "请介绍一个你最有成就感的项目。";
        },
      },
    };
    const chunks = await collect(
      gateway(offlineEnv, { offline }).streamText({
        feature: "interview",
        messages: [{ role: "user", content: "你好" }],
        jobId: job,
      }),
    );
    expect(chunks).toEqual(["共 1 条消息；", "请介绍一个你最有成就感的项目。"]);
    expect((await callsOf(job))[0]).toMatchObject({
      provider: "offline",
      model: "interviewer@2",
      promptVersion: "interview.v1",
      inputTokens: 0,
      ok: true,
    });
  });

  it("refuses an unknown AI_PROVIDER", async () => {
    const job = marker("unknown-provider");
    const error = await failure(
      gateway({ AI_PROVIDER: "claude" }).generateStructured({
        feature: "diagnosis",
        user: "",
        schema: Verdict,
        jobId: job,
      }),
    );
    expect(error.code).toBe("AI_NOT_CONFIGURED");
    expect((await callsOf(job))[0]).toMatchObject({ ok: false, error: "AI_NOT_CONFIGURED" });
  });
});

/** A fake Workers AI binding: answers from a script and remembers what it was asked. */
function fakeAi(answers: ((inputs: Record<string, unknown>) => unknown)[]) {
  const calls: { model: string; inputs: Record<string, unknown> }[] = [];
  const binding: AiBinding = {
    async run(model, inputs) {
      calls.push({ model, inputs });
      const answer = answers.shift();
      if (!answer) throw new Error("fake AI: no more answers");
      return answer(inputs);
    },
  };
  return { binding, calls };
}

function sse(events: unknown[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  // Split mid-event to prove that the parser buffers partial lines.
  const text = `${events.map((e) => `data: ${typeof e === "string" ? e : JSON.stringify(e)}\n\n`).join("")}`;
  const cut = Math.floor(text.length / 2);
  return new ReadableStream({
    start(controller) {
      controller.enqueue(encoder.encode(text.slice(0, cut)));
      controller.enqueue(encoder.encode(text.slice(cut)));
      controller.close();
    },
  });
}

describe("AI gateway: Workers AI provider (fake binding)", () => {
  const workersEnv = (binding?: AiBinding): AiEnv => ({
    AI_PROVIDER: "workers-ai",
    WORKERS_AI_MODEL: "@cf/meta/llama-3.1-8b-instruct",
    AI: binding,
  });

  it("runs the model in JSON mode and records usage", async () => {
    const job = marker("workers-ai");
    // In JSON mode Workers AI hands back `response` already parsed.
    const { binding, calls } = fakeAi([
      () => ({ response: GOOD_VERDICT, usage: { prompt_tokens: 1000, completion_tokens: 100 } }),
    ]);
    const result = await gateway(workersEnv(binding)).generateStructured({
      feature: "diagnosis",
      user: `résumé ${job}`,
      schema: Verdict,
      jobId: job,
    });
    expect(result).toMatchObject({
      data: GOOD_VERDICT,
      engine: "workers-ai",
      model: "@cf/meta/llama-3.1-8b-instruct",
      usage: { inputTokens: 1000, outputTokens: 100, costMicroYuan: Math.ceil(1000 * 0.2 + 100 * 1.5) },
    });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.model).toBe("@cf/meta/llama-3.1-8b-instruct");
    expect(calls[0]?.inputs.response_format).toMatchObject({ type: "json_schema", json_schema: { type: "object" } });
    expect((calls[0]!.inputs.messages as { role: string }[]).map((m) => m.role)).toEqual(["system", "user"]);
    expect((await callsOf(job))[0]).toMatchObject({ provider: "workers-ai", ok: true, inputTokens: 1000 });
  });

  it("retries 3040 capacity errors and repairs a string answer that fails the schema", async () => {
    const job = marker("workers-ai-retry");
    const { binding, calls } = fakeAi([
      () => {
        throw new Error("3040: Capacity temporarily exceeded, please try again.");
      },
      () => ({ response: '{"score": 101, "issues": []}' }),
      () => ({ choices: [{ message: { content: JSON.stringify(GOOD_VERDICT) } }] }),
    ]);
    const result = await gateway(workersEnv(binding)).generateStructured({
      feature: "prep",
      user: job,
      schema: Verdict,
      jobId: job,
    });
    expect(result.data).toEqual(GOOD_VERDICT);
    expect(calls).toHaveLength(3);
    const repair = calls[2]?.inputs.messages as { role: string; content: string }[];
    expect(repair.at(-1)?.content).toMatch(/score/);
    expect((await callsOf(job)).map((r) => [r.ok, r.error])).toEqual([
      [false, "AI_SCHEMA_MISMATCH"],
      [true, null],
    ]);
  });

  it("streams SSE chunks from the binding in order", async () => {
    const job = marker("workers-ai-stream");
    const { binding, calls } = fakeAi([
      () =>
        sse([
          { response: "Tell me" },
          { response: " about " },
          { response: "yourself." },
          { response: "", usage: { prompt_tokens: 30, completion_tokens: 5 } },
          "[DONE]",
        ]),
    ]);
    const stream = gateway(workersEnv(binding)).streamText({
      feature: "interview",
      messages: [{ role: "user", content: "hi" }],
      jobId: job,
    });
    const chunks: string[] = [];
    let next = await stream.next();
    while (!next.done) {
      chunks.push(next.value);
      next = await stream.next();
    }
    expect(chunks).toEqual(["Tell me", " about ", "yourself."]);
    expect(next.value).toMatchObject({
      engine: "workers-ai",
      usageReported: true,
      usage: { inputTokens: 30, outputTokens: 5 },
    });
    expect(calls[0]?.inputs.stream).toBe(true);
    expect((await callsOf(job))[0]).toMatchObject({ provider: "workers-ai", ok: true, outputTokens: 5 });
  });

  it("times out a binding that never answers", async () => {
    const job = marker("workers-ai-timeout");
    const binding: AiBinding = { run: () => new Promise(() => {}) };
    const error = await failure(
      gateway(workersEnv(binding), { timeoutMs: 200 }).generateStructured({
        feature: "diagnosis",
        user: job,
        schema: Verdict,
        jobId: job,
      }),
    );
    expect(error.code).toBe("AI_TIMEOUT");
    expect((await callsOf(job))[0]).toMatchObject({ provider: "workers-ai", ok: false, error: "AI_TIMEOUT" });
  });

  it("says clearly that the AI binding is missing", async () => {
    const job = marker("workers-ai-missing");
    const error = await failure(
      gateway(workersEnv(undefined)).generateStructured({
        feature: "diagnosis",
        user: job,
        schema: Verdict,
        jobId: job,
      }),
    );
    expect(error.code).toBe("AI_NOT_CONFIGURED");
    expect(error.message).toContain("[ai]");
    expect((await callsOf(job))[0]).toMatchObject({ provider: "workers-ai", ok: false, error: "AI_NOT_CONFIGURED" });
  });

  it("accepts the generated Workers AI binding type", () => {
    // Type-level: a real `Ai` binding fits the gateway's env.
    const withBinding = (ai: Ai): AiEnv => ({ AI_PROVIDER: "workers-ai", AI: ai });
    expect(typeof withBinding).toBe("function");
  });
});
