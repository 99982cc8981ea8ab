import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { createDb } from "../../worker/db/client";
import { enqueueEmail } from "../../worker/lib/email";
import { apiEmailsTo, deliver, httpEnv, outboxRow, recordingQueue, TEST_MAIL_FROM, uniqueAddress } from "./helpers";

async function queuedResetMail(link: string) {
  const to = uniqueAddress();
  const { JOBS } = recordingQueue();
  const id = await enqueueEmail({ ...env, JOBS }, createDb(env.DB), {
    to,
    locale: "zh-CN",
    template: "reset-password",
    data: { name: "小王", link },
  });
  return { id, to };
}

describe("HTTP transport (Resend-compatible API) against a loopback server", () => {
  it("posts the mail as JSON with the Bearer key and the outbox id as idempotency key", async () => {
    const link = "http://localhost:8787/reset-password?token=reset0123456789";
    const { id, to } = await queuedResetMail(link);

    await deliver(id, httpEnv());

    const [received, ...more] = await apiEmailsTo(to);
    expect(more).toEqual([]);
    expect(received?.authorization).toBe(`Bearer ${env.TEST_MAIL_SINK.emailApiKey}`);
    expect(received?.idempotencyKey).toBe(`email-outbox/${id}`);
    const body = received?.body as { from: string; to: string[]; subject: string; html: string; text: string };
    expect(body.from).toBe(TEST_MAIL_FROM);
    expect(body.to).toEqual([to]);
    expect(body.subject).toBe("重置你的职麦密码");
    expect(body.text).toContain(link);
    expect(body.text).toContain("30 分钟内有效");
    expect(body.html).toContain(`href="${link}"`);
    expect(await outboxRow(id)).toMatchObject({ status: "sent", attempts: 1, transport: "http" });
  });

  it("records the API's refusal (wrong key) without the key, and leaves the mail queued for a retry", async () => {
    const { id, to } = await queuedResetMail("http://localhost:8787/reset-password?token=reset9876543210");
    await expect(deliver(id, httpEnv({ EMAIL_API_KEY: "re_wrong_key" }))).rejects.toThrow(/answered 401/);
    const row = await outboxRow(id);
    expect(row).toMatchObject({ status: "queued", attempts: 1 });
    expect(row?.error).toContain("API key is invalid");
    expect(row?.error).not.toContain("re_wrong_key");
    expect(await apiEmailsTo(to)).toEqual([]);
  });
});
