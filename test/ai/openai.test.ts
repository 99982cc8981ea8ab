import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { appConfig } from "../../worker/db/schema";
import { AiError, invalidateAiOverrideCache } from "../../worker/lib/ai";
import { callsOf, collect, db, GOOD_VERDICT, gateway, marker, openaiEnv, received, script, Verdict } from "./helpers";

async function failure(promise: Promise<unknown>): Promise<AiError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(AiError);
    return error as AiError;
  }
  throw new Error("expected the call to fail");
}

describe("AI gateway: OpenAI-compatible provider (loopback server)", () => {
  afterEach(() => {
    vi.restoreAllMocks();
    invalidateAiOverrideCache();
  });

  it("returns validated data and records usage and cost in ai_calls", async () => {
    const job = marker("ok");
    await script(job, [
      { content: JSON.stringify(GOOD_VERDICT), usage: { prompt_tokens: 1200, completion_tokens: 300 } },
    ]);

    const result = await gateway().generateStructured({
      feature: "diagnosis",
      user: `résumé text ${job}`,
      schema: Verdict,
      jobId: job,
    });

    expect(result).toMatchObject({
      data: GOOD_VERDICT,
      engine: "openai",
      model: "deepseek-chat",
      promptVersion: "diagnosis.v1",
      calls: 1,
      // deepseek-chat: 2 ¥/M in, 8 ¥/M out → 1200·2 + 300·8 micro-yuan
      usage: { inputTokens: 1200, outputTokens: 300, costMicroYuan: 4800 },
    });
    const [request, ...more] = await received(job);
    expect(more).toHaveLength(0);
    expect(request?.authorization).toBe("Bearer sk-test-loopback");
    expect(request?.body.model).toBe("deepseek-chat");
    expect(request?.body.response_format).toEqual({ type: "json_object" });
    expect(request?.body.stream).toBeFalsy();
    expect(request?.body.messages[0]?.role).toBe("system");
    expect(request?.body.messages[0]?.content).toContain("JSON Schema");
    expect(request?.body.messages[1]).toEqual({ role: "user", content: `résumé text ${job}` });

    const rows = await callsOf(job);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      feature: "diagnosis",
      provider: "openai",
      model: "deepseek-chat",
      promptVersion: "diagnosis.v1",
      refType: "job",
      refId: job,
      inputTokens: 1200,
      outputTokens: 300,
      costMicroYuan: 4800,
      ok: true,
      error: null,
    });
    expect(rows[0]?.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it("streams tokens in order and records the reported usage", async () => {
    const job = marker("stream");
    const chunks = ["你好", "，我是", "面试官", "。请先", "做个自我介绍", "。"];
    await script(job, [{ chunks, chunkDelayMs: 15, usage: { prompt_tokens: 40, completion_tokens: 12 } }]);

    const stream = gateway().streamText({
      feature: "interview",
      messages: [{ role: "user", content: `开始吧 ${job}` }],
      promptVars: { targetRole: "前端工程师", language: "Simplified Chinese" },
      jobId: job,
    });
    const seen: string[] = [];
    let next = await stream.next();
    while (!next.done) {
      seen.push(next.value);
      next = await stream.next();
    }

    expect(seen).toEqual(chunks);
    expect(next.value).toMatchObject({
      engine: "openai",
      model: "deepseek-chat",
      promptVersion: "interview.v1",
      usageReported: true,
      usage: { inputTokens: 40, outputTokens: 12, costMicroYuan: 40 * 2 + 12 * 8 },
    });
    const [request] = await received(job);
    expect(request?.body.stream).toBe(true);
    expect(request?.body.stream_options).toEqual({ include_usage: true });
    expect(request?.body.response_format).toBeUndefined();
    expect(request?.body.messages[0]?.content).toContain("前端工程师");
    const rows = await callsOf(job);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ provider: "openai", ok: true, inputTokens: 40, outputTokens: 12 });
  });

  it("estimates stream usage when the provider reports none", async () => {
    const job = marker("stream-no-usage");
    await script(job, [{ chunks: ["abcd", "efgh"], usage: null }]);
    const summary = await (async () => {
      const stream = gateway().streamText({
        feature: "meeting",
        messages: [{ role: "user", content: job }],
        jobId: job,
      });
      for (;;) {
        const next = await stream.next();
        if (next.done) return next.value;
      }
    })();
    expect(summary.usageReported).toBe(false);
    expect(summary.usage.outputTokens).toBe(2);
    expect(summary.usage.inputTokens).toBeGreaterThan(0);
    expect((await callsOf(job))[0]).toMatchObject({ ok: true, outputTokens: 2 });
  });

  it("retries a 429 after the Retry-After the server asked for", async () => {
    const job = marker("429-then-ok");
    await script(job, [
      { status: 429, headers: { "Retry-After": "1" }, errorMessage: "Rate limit reached" },
      { content: JSON.stringify(GOOD_VERDICT) },
    ]);
    const waits: number[] = [];
    const started = Date.now();
    const result = await gateway(openaiEnv(), {
      sleep: (ms) => {
        waits.push(ms);
        return new Promise((resolve) => setTimeout(resolve, ms));
      },
    }).generateStructured({ feature: "diagnosis", user: job, schema: Verdict, jobId: job });

    expect(result.data).toEqual(GOOD_VERDICT);
    expect(waits).toEqual([1000]);
    const requests = await received(job);
    expect(requests).toHaveLength(2);
    expect(requests[1]!.at - requests[0]!.at).toBeGreaterThanOrEqual(950);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    const rows = await callsOf(job);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ ok: true, error: null });
  });

  it("gives up after three 500s, surfacing and recording AI_UPSTREAM", async () => {
    const job = marker("500x3");
    await script(job, [{ status: 500 }, { status: 502 }, { status: 503 }, { content: JSON.stringify(GOOD_VERDICT) }]);
    const error = await failure(
      gateway().generateStructured({ feature: "prep", user: job, schema: Verdict, jobId: job }),
    );
    expect(error.code).toBe("AI_UPSTREAM");
    expect(error.status).toBe(503);
    expect(error.attempts).toBe(3);
    expect(await received(job)).toHaveLength(3);
    const rows = await callsOf(job);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      feature: "prep",
      provider: "openai",
      ok: false,
      error: "AI_UPSTREAM",
      inputTokens: 0,
      costMicroYuan: 0,
    });
  });

  it("retries a dropped connection", async () => {
    const job = marker("drop-then-ok");
    await script(job, [{ drop: true }, { content: JSON.stringify(GOOD_VERDICT) }]);
    const result = await gateway().generateStructured({ feature: "diagnosis", user: job, schema: Verdict, jobId: job });
    expect(result.data).toEqual(GOOD_VERDICT);
    expect(await received(job)).toHaveLength(2);
  });

  it("does not retry a 400 and does not wait for an excessive Retry-After", async () => {
    const bad = marker("400");
    await script(bad, [{ status: 400, errorMessage: "invalid model" }]);
    const error = await failure(
      gateway().generateStructured({ feature: "diagnosis", user: bad, schema: Verdict, jobId: bad }),
    );
    expect(error.code).toBe("AI_BAD_REQUEST");
    expect(await received(bad)).toHaveLength(1);

    const slow = marker("429-long");
    await script(slow, [{ status: 429, headers: { "Retry-After": "3600" } }]);
    const limited = await failure(
      gateway().generateStructured({ feature: "diagnosis", user: slow, schema: Verdict, jobId: slow }),
    );
    expect(limited.code).toBe("AI_RATE_LIMITED");
    expect(limited.retryAfterMs).toBe(3_600_000);
    expect(await received(slow)).toHaveLength(1);
  });

  it("repairs malformed JSON with a second call that names the problem", async () => {
    const job = marker("malformed");
    const broken = '```json\n{"score": 82, "issues": [{"title": "缺少量化成果", "evidence": "负责前端';
    await script(job, [
      { content: broken, usage: { prompt_tokens: 100, completion_tokens: 20 } },
      { content: JSON.stringify(GOOD_VERDICT), usage: { prompt_tokens: 150, completion_tokens: 30 } },
    ]);
    const result = await gateway().generateStructured({ feature: "diagnosis", user: job, schema: Verdict, jobId: job });

    expect(result.data).toEqual(GOOD_VERDICT);
    expect(result.calls).toBe(2);
    expect(result.usage).toEqual({ inputTokens: 250, outputTokens: 50, costMicroYuan: 250 * 2 + 50 * 8 });
    const [, repair] = await received(job);
    const messages = repair!.body.messages;
    expect(messages.at(-2)).toEqual({ role: "assistant", content: broken });
    expect(messages.at(-1)?.role).toBe("user");
    expect(messages.at(-1)?.content).toContain("not valid JSON");
    expect(repair!.body.response_format).toEqual({ type: "json_object" });

    const rows = await callsOf(job);
    expect(rows.map((r) => [r.promptVersion, r.ok, r.error, r.inputTokens])).toEqual([
      ["diagnosis.v1", false, "AI_INVALID_JSON", 100],
      ["diagnosis.v1+repair", true, null, 150],
    ]);
  });

  it("repairs JSON that fails the schema, sending the validation errors back", async () => {
    const job = marker("schema-invalid");
    await script(job, [
      { content: JSON.stringify({ score: "high", issues: [] }) },
      { content: JSON.stringify(GOOD_VERDICT) },
    ]);
    const result = await gateway().generateStructured({ feature: "diagnosis", user: job, schema: Verdict, jobId: job });
    expect(result.data).toEqual(GOOD_VERDICT);
    const [, repair] = await received(job);
    expect(repair!.body.messages.at(-1)?.content).toMatch(/score: .*number/i);
    const rows = await callsOf(job);
    expect(rows.map((r) => [r.ok, r.error])).toEqual([
      [false, "AI_SCHEMA_MISMATCH"],
      [true, null],
    ]);
  });

  it("fails with AI_INVALID_OUTPUT when the repair is invalid too", async () => {
    const job = marker("repair-fails");
    await script(job, [{ content: "I think the résumé is good." }, { content: JSON.stringify({ score: 500 }) }]);
    const error = await failure(
      gateway().generateStructured({ feature: "diagnosis", user: job, schema: Verdict, jobId: job }),
    );
    expect(error.code).toBe("AI_INVALID_OUTPUT");
    expect(error.details).toMatchObject({ first: [expect.stringContaining("not valid JSON")] });
    expect((error.details as { repair: string[] }).repair.join("\n")).toMatch(/score/);
    expect(await received(job)).toHaveLength(2);
    const rows = await callsOf(job);
    expect(rows.map((r) => [r.ok, r.error])).toEqual([
      [false, "AI_INVALID_JSON"],
      [false, "AI_INVALID_OUTPUT"],
    ]);
  });

  it("times out with AI_TIMEOUT, without retrying", async () => {
    const job = marker("slow");
    await script(job, [{ delayMs: 3_000, content: JSON.stringify(GOOD_VERDICT) }]);
    const started = Date.now();
    const error = await failure(
      gateway(openaiEnv(), { timeoutMs: 300 }).generateStructured({
        feature: "diagnosis",
        user: job,
        schema: Verdict,
        jobId: job,
      }),
    );
    const elapsed = Date.now() - started;
    expect(error.code).toBe("AI_TIMEOUT");
    expect(elapsed).toBeGreaterThanOrEqual(290);
    expect(elapsed).toBeLessThan(2_500);
    expect(await received(job)).toHaveLength(1);
    const rows = await callsOf(job);
    expect(rows[0]).toMatchObject({ ok: false, error: "AI_TIMEOUT" });
    expect(rows[0]?.latencyMs).toBeGreaterThanOrEqual(290);
  });

  it("times out a stream that stalls between chunks", async () => {
    const job = marker("stream-stall");
    await script(job, [{ chunks: ["one", "two", "three"], chunkDelayMs: 1_500 }]);
    const seen: string[] = [];
    const stream = gateway(openaiEnv(), { timeoutMs: 400 }).streamText({
      feature: "interview",
      messages: [{ role: "user", content: job }],
      jobId: job,
    });
    const error = await failure(
      (async () => {
        for await (const chunk of stream) seen.push(chunk);
      })(),
    );
    expect(error.code).toBe("AI_TIMEOUT");
    const rows = await callsOf(job);
    expect(rows[0]).toMatchObject({ ok: false, error: "AI_TIMEOUT" });
  });

  it("records AI_CANCELLED when the reader stops early", async () => {
    const job = marker("stream-cancel");
    await script(job, [{ chunks: ["a", "b", "c", "d"], chunkDelayMs: 20 }]);
    const stream = gateway().streamText({
      feature: "interview",
      messages: [{ role: "user", content: job }],
      jobId: job,
    });
    const seen: string[] = [];
    for await (const chunk of stream) {
      seen.push(chunk);
      if (seen.length === 2) break;
    }
    expect(seen).toEqual(["a", "b"]);
    const rows = await callsOf(job);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ ok: false, error: "AI_CANCELLED" });
  });

  it("retries a stream that is refused with 503 before it starts", async () => {
    const job = marker("stream-503");
    await script(job, [{ status: 503 }, { chunks: ["x", "y"] }]);
    const chunks = await collect(
      gateway().streamText({ feature: "meeting", messages: [{ role: "user", content: job }], jobId: job }),
    );
    expect(chunks).toEqual(["x", "y"]);
    expect(await received(job)).toHaveLength(2);
  });

  it("applies the admin override (model, prompt version, price) from app_config", async () => {
    const job = marker("override");
    await db().delete(appConfig).where(eq(appConfig.key, "ai.prep"));
    await db()
      .insert(appConfig)
      .values({
        key: "ai.prep",
        valueJson: {
          model: "qwen-plus",
          promptVersion: "prep.v1",
          price: { inputPerMTokens: 10, outputPerMTokens: 20 },
        },
      });
    invalidateAiOverrideCache();
    try {
      await script(job, [
        { content: JSON.stringify(GOOD_VERDICT), usage: { prompt_tokens: 10, completion_tokens: 10 } },
      ]);
      const result = await gateway().generateStructured({ feature: "prep", user: job, schema: Verdict, jobId: job });
      expect(result.model).toBe("qwen-plus");
      expect(result.usage.costMicroYuan).toBe(300);
      expect((await received(job))[0]?.body.model).toBe("qwen-plus");
    } finally {
      await db().delete(appConfig).where(eq(appConfig.key, "ai.prep"));
      invalidateAiOverrideCache();
    }
  });

  it("ignores an invalid override instead of half-using it", async () => {
    const job = marker("bad-override");
    await db().delete(appConfig).where(eq(appConfig.key, "ai.meeting"));
    await db()
      .insert(appConfig)
      .values({ key: "ai.meeting", valueJson: { model: "", temperature: 9 } });
    invalidateAiOverrideCache();
    vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      await script(job, [{ content: JSON.stringify(GOOD_VERDICT) }]);
      const result = await gateway().generateStructured({ feature: "meeting", user: job, schema: Verdict, jobId: job });
      expect(result.model).toBe("deepseek-chat");
    } finally {
      await db().delete(appConfig).where(eq(appConfig.key, "ai.meeting"));
      invalidateAiOverrideCache();
    }
  });

  it("refuses a missing API key with AI_NOT_CONFIGURED, recorded", async () => {
    const job = marker("no-key");
    const error = await failure(
      gateway(openaiEnv({ OPENAI_API_KEY: "" })).generateStructured({
        feature: "diagnosis",
        user: job,
        schema: Verdict,
        jobId: job,
      }),
    );
    expect(error.code).toBe("AI_NOT_CONFIGURED");
    expect(await received(job)).toHaveLength(0);
    expect((await callsOf(job))[0]).toMatchObject({ provider: "openai", ok: false, error: "AI_NOT_CONFIGURED" });
  });

  it("never logs the prompt or the answer", async () => {
    const job = marker("privacy");
    const secret = "13800138000 zhang.san@example.com";
    const lines: string[] = [];
    for (const level of ["log", "info", "warn", "error", "debug"] as const) {
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
        lines.push(args.map(String).join(" "));
      });
    }
    await script(job, [
      { status: 500 },
      { content: `not json ${secret}` },
      { content: JSON.stringify({ ...GOOD_VERDICT, issues: [{ title: secret, evidence: secret }] }) },
    ]);
    await gateway().generateStructured({
      feature: "diagnosis",
      user: `${job} 电话 ${secret}`,
      schema: Verdict,
      jobId: job,
    });
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line).not.toContain("13800138000");
      expect(line).not.toContain("zhang.san");
    }
    expect(lines.some((line) => line.includes('"feature":"diagnosis"') && line.includes('"latencyMs"'))).toBe(true);
  });
});
