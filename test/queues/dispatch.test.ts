import { createExecutionContext, env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { dispatchJobs, retryDelaySeconds } from "../../queues/dispatch";
import { defineHandler } from "../../queues/registry";
import { eventually } from "../helpers";

const attempts = (id: string) =>
  env.DB.prepare("SELECT value_json AS v FROM app_config WHERE key = ?")
    .bind(`probe:${id}`)
    .first<string>("v")
    .then(Number);

const deadLetter = (messageType: string, id: string) =>
  env.DB.prepare("SELECT * FROM queue_dead_letters WHERE type = ? AND body_json LIKE ?")
    .bind(messageType, `%"id":"${id}"%`)
    .first<{ queue: string; error: string; attempts: number }>();

describe("queue dispatcher through the JOBS binding", () => {
  it("delivers a message to the handler of its type", async () => {
    const id = crypto.randomUUID();
    await env.JOBS.send({ type: "test.probe", id });
    expect(await eventually(() => attempts(id))).toBe(1);
  });

  it("retries a failing handler with backoff until it succeeds", async () => {
    const id = crypto.randomUUID();
    await env.JOBS.send({ type: "test.probe", id, failTimes: 2 });
    await eventually(async () => (await attempts(id)) === 3);
    expect(await deadLetter("test.probe", id)).toBeNull();
  });

  it("moves a message that keeps failing to the DLQ, which records it and runs the type's clean-up", async () => {
    const id = crypto.randomUUID();
    await env.JOBS.send({ type: "test.probe", id, failTimes: 1000 });
    const row = await eventually(() => deadLetter("test.probe", id), { timeoutMs: 25_000 });
    expect(row.queue).toBe("zhimai-jobs-dlq");
    // max_retries = 5 in wrangler.toml: the first delivery plus five retries.
    expect(await attempts(id)).toBe(6);
    const cleaned = await env.DB.prepare("SELECT 1 AS ok FROM app_config WHERE key = ?")
      .bind(`probe:${id}:dead`)
      .first("ok");
    expect(cleaned).toBe(1);
  });

  it("records an unknown type as dead at once instead of retrying it", async () => {
    const id = crypto.randomUUID();
    await env.JOBS.send({ type: "no.such.type", id });
    const row = await eventually(() => deadLetter("no.such.type", id));
    expect(row.queue).toBe("zhimai-jobs");
    expect(row.error).toContain("unknown message type");
  });
});

describe("dispatchJobs", () => {
  const handlers = {
    ok: defineHandler({ schema: z.object({ type: z.literal("ok") }), handle: async () => {} }),
    fail: defineHandler({
      schema: z.object({ type: z.literal("fail") }),
      handle: async () => {
        throw new Error("nope");
      },
    }),
  };

  /** A batch that records what the dispatcher decided for each message (miniflare's helper drops retry delays). */
  function recordingBatch(messages: Array<{ id: string; attempts: number; body: unknown }>) {
    const outcome: Record<string, string> = {};
    const batch = {
      queue: "zhimai-jobs",
      messages: messages.map((m) => ({
        ...m,
        timestamp: new Date(),
        ack: () => {
          outcome[m.id] = "ack";
        },
        retry: (options?: { delaySeconds?: number }) => {
          outcome[m.id] = `retry:${options?.delaySeconds}`;
        },
      })),
      ackAll() {},
      retryAll() {},
    } as unknown as MessageBatch;
    return { batch, outcome };
  }

  it("acks successes and bodies that can never succeed, retries failures with exponential delay", async () => {
    const { batch, outcome } = recordingBatch([
      { id: "a", attempts: 1, body: { type: "ok" } },
      { id: "b", attempts: 3, body: { type: "fail" } },
      { id: "c", attempts: 1, body: { type: "ok", extra: 1 } },
      { id: "d", attempts: 1, body: "not an object" },
      { id: "e", attempts: 1, body: { type: "fail", unexpected: true } },
    ]);
    await dispatchJobs(batch, { ...env, QUEUE_RETRY_BASE_SECONDS: "5" }, createExecutionContext(), handlers);
    expect(outcome).toEqual({ a: "ack", b: "retry:20", c: "ack", d: "ack", e: "retry:5" });
  });

  it("caps the backoff at 15 minutes", () => {
    expect(retryDelaySeconds(1, 5)).toBe(5);
    expect(retryDelaySeconds(2, 5)).toBe(10);
    expect(retryDelaySeconds(30, 5)).toBe(900);
  });
});
