import { createExecutionContext, env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { dispatchDeadLetters, dispatchJobs } from "../../queues/dispatch";
import { jobHandlers } from "../../queues/handlers";
import { createDb } from "../../worker/db/client";
import { enqueueEmail } from "../../worker/lib/email";
import { eventually, recordingBatch } from "../helpers";
import { deliver, outboxRow, recordingQueue, uniqueAddress } from "./helpers";

const db = () => createDb(env.DB);
const link = "http://localhost:8787/verify-email?token=0123456789abcdef";

describe("enqueueEmail → JOBS queue → dev outbox", () => {
  it("stores the rendered mail as queued, enqueues email.send, and the consumer marks it sent", async () => {
    const to = uniqueAddress();
    const id = await enqueueEmail(env, db(), {
      to,
      locale: "zh-CN",
      template: "verify-email",
      data: { name: "小王", link },
    });

    const sent = await eventually(async () => {
      const row = await outboxRow(id);
      return row?.status === "sent" ? row : null;
    });
    expect(sent).toMatchObject({ to_address: to, subject: "验证你的职麦邮箱", transport: "dev-outbox", attempts: 1 });
    expect(sent.text_body).toContain(link);
    expect(sent.sent_at).toBeGreaterThan(0);
  });

  it("enqueues exactly the documented message and never sends inline", async () => {
    const { JOBS, sent } = recordingQueue();
    const id = await enqueueEmail({ ...env, JOBS }, db(), {
      to: uniqueAddress(),
      locale: "en",
      template: "password-changed",
      data: { name: "Ann" },
    });
    expect(sent).toEqual([{ type: "email.send", outboxId: id }]);
    expect(await outboxRow(id)).toMatchObject({ status: "queued", attempts: 0, error: null });
  });

  it("does nothing when the same message is delivered again", async () => {
    const { JOBS } = recordingQueue();
    const id = await enqueueEmail({ ...env, JOBS }, db(), {
      to: uniqueAddress(),
      locale: "en",
      template: "reset-password",
      data: { name: "Ann", link },
    });
    await deliver(id);
    const first = await outboxRow(id);
    await deliver(id);
    expect(await outboxRow(id)).toEqual(first);
    expect(first).toMatchObject({ status: "sent", attempts: 1 });
  });

  it("rejects a bad recipient or template data before storing anything", async () => {
    const { JOBS, sent } = recordingQueue();
    const request = { locale: "en", template: "verify-email", data: { link } } as const;
    await expect(enqueueEmail({ ...env, JOBS }, db(), { ...request, to: "x@y.z\r\nBcc: a@b.c" })).rejects.toThrow();
    await expect(
      enqueueEmail({ ...env, JOBS }, db(), { ...request, to: uniqueAddress(), data: { name: "no link" } }),
    ).rejects.toThrow(/invalid data/);
    expect(sent).toEqual([]);
  });

  it("marks the row failed when the queue refuses the message", async () => {
    const to = uniqueAddress();
    const JOBS = {
      send: async () => {
        throw new Error("queue unavailable");
      },
    } as unknown as Queue;
    await expect(
      enqueueEmail({ ...env, JOBS }, db(), { to, locale: "en", template: "password-changed", data: {} }),
    ).rejects.toThrow("queue unavailable");
    const row = await env.DB.prepare("SELECT status, error FROM email_outbox WHERE to_address = ?").bind(to).first();
    expect(row).toEqual({ status: "failed", error: "could not enqueue: queue unavailable" });
  });
});

describe("email.send in production without a usable transport", () => {
  const production = (overrides: Partial<Env>): Env => ({ ...env, APP_ENV: "production", ...overrides });

  async function queuedMail() {
    const { JOBS } = recordingQueue();
    return enqueueEmail({ ...env, JOBS }, db(), {
      to: uniqueAddress(),
      locale: "zh-CN",
      template: "password-changed",
      data: { name: "小王" },
    });
  }

  it.each([
    ["unset", { EMAIL_TRANSPORT: "" }, /EMAIL_TRANSPORT "" is not usable in production/],
    ["the dev outbox", { EMAIL_TRANSPORT: "dev-outbox" }, /EMAIL_TRANSPORT "dev-outbox" is not usable/],
    ["smtp without host", { EMAIL_TRANSPORT: "smtp", SMTP_HOST: "", MAIL_FROM: "a@b.example" }, /needs SMTP_HOST/],
    [
      "http without key",
      { EMAIL_TRANSPORT: "http", EMAIL_API_KEY: "", MAIL_FROM: "" },
      /needs MAIL_FROM, EMAIL_API_KEY/,
    ],
  ])("fails loudly when the transport is %s: error recorded, message retried", async (_, overrides, message) => {
    const id = await queuedMail();
    const { batch, outcome } = recordingBatch("zhimai-jobs", { type: "email.send", outboxId: id });
    await dispatchJobs(batch, production(overrides), createExecutionContext(), jobHandlers);
    expect(outcome).toEqual(["retry"]);
    const row = await outboxRow(id);
    expect(row).toMatchObject({ status: "queued", attempts: 1 });
    expect(row?.error).toMatch(message);
  });

  it("marks the mail failed when its message reaches the dead-letter queue, keeping the last error", async () => {
    const id = await queuedMail();
    const body = { type: "email.send", outboxId: id };
    await dispatchJobs(
      recordingBatch("zhimai-jobs", body).batch,
      production({ EMAIL_TRANSPORT: "" }),
      createExecutionContext(),
      jobHandlers,
    );
    const { batch, outcome } = recordingBatch("zhimai-jobs-dlq", body, 6);
    await dispatchDeadLetters(batch, env, jobHandlers);
    expect(outcome).toEqual(["ack"]);
    const row = await outboxRow(id);
    expect(row).toMatchObject({ status: "failed" });
    expect(row?.error).toMatch(/is not usable in production/);
  });

  it("does not turn a sent mail into a failed one on a late dead letter", async () => {
    const id = await queuedMail();
    await deliver(id);
    await dispatchDeadLetters(
      recordingBatch("zhimai-jobs-dlq", { type: "email.send", outboxId: id }, 6).batch,
      env,
      jobHandlers,
    );
    expect(await outboxRow(id)).toMatchObject({ status: "sent" });
  });
});
