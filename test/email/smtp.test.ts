import { createExecutionContext, env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { dispatchJobs } from "../../queues/dispatch";
import { jobHandlers } from "../../queues/handlers";
import { createDb } from "../../worker/db/client";
import { type EmailRequest, enqueueEmail } from "../../worker/lib/email";
import { sendSmtp } from "../../worker/lib/email/smtp/client";
import { deliver, outboxRow, recordingQueue, smtpEnv, smtpMessagesTo, smtpMessageTo, uniqueAddress } from "./helpers";

/** Stores a mail without letting the test Worker's dev-outbox consumer deliver it. */
async function queuedMail(request: Omit<EmailRequest, "to">) {
  const to = uniqueAddress();
  const { JOBS } = recordingQueue();
  const id = await enqueueEmail({ ...env, JOBS }, createDb(env.DB), { to, ...request });
  return { id, to };
}

describe("SMTP transport against a real SMTP server on loopback", () => {
  it("delivers a Chinese mail: subject, text and HTML decode intact, the link survives", async () => {
    const link = "http://localhost:8787/verify-email?token=Zx9_abcdefghijklmnop";
    const { id, to } = await queuedMail({
      locale: "zh-CN",
      template: "verify-email",
      data: { name: "王小明", link },
    });

    await deliver(id, smtpEnv());

    const mail = await smtpMessageTo(to);
    expect(mail.authUser).toBe(env.TEST_MAIL_SINK.smtpUser);
    expect(mail.envelope).toEqual({ from: "no-reply@zhimai.test", to: [to] });
    expect(mail.subject).toBe("验证你的职麦邮箱");
    expect(mail.from).toEqual({ name: "职麦 Zhimai", address: "no-reply@zhimai.test" });
    expect(mail.to).toBe(to);
    expect(mail.messageId).toBe(`<${id}@zhimai.test>`);
    expect(mail.text).toContain("王小明，你好");
    expect(mail.text).toContain(link);
    expect(mail.text).toContain("24 小时内有效");
    expect(mail.html).toContain(`href="${link}"`);
    expect(mail.html).toContain("验证邮箱");
    // On the wire: 7-bit only, subject as encoded words, bodies in base64.
    expect(mail.raw).toMatch(/^Subject: =\?UTF-8\?B\?/m);
    expect(/[^\p{ASCII}]/u.test(mail.raw)).toBe(false);

    expect(await outboxRow(id)).toMatchObject({ status: "sent", attempts: 1, transport: "smtp", error: null });
    // A redelivered message sends nothing more.
    await deliver(id, smtpEnv());
    expect(await smtpMessagesTo(to)).toHaveLength(1);
  });

  it("delivers a mail whose body has lines starting with a dot and an English subject", async () => {
    const { id, to } = await queuedMail({
      locale: "en",
      template: "password-changed",
      data: { name: ".dotted name" },
    });
    await deliver(id, smtpEnv());
    const mail = await smtpMessageTo(to);
    expect(mail.subject).toBe("Your Zhimai password was changed");
    expect(mail.text).toContain("Hi .dotted name,");
  });

  it("authenticates with AUTH LOGIN when the server offers only that", async () => {
    const { id, to } = await queuedMail({ locale: "zh-CN", template: "password-changed", data: { name: "小王" } });
    await deliver(id, smtpEnv({ SMTP_PORT: String(env.TEST_MAIL_SINK.smtpLoginOnlyPort) }));
    const mail = await smtpMessageTo(to);
    expect(mail.authUser).toBe(env.TEST_MAIL_SINK.smtpUser);
    expect(mail.subject).toBe("你的职麦密码已修改");
  });

  it("records the error and retries when the SMTP password is wrong", async () => {
    const { id, to } = await queuedMail({ locale: "en", template: "password-changed", data: { name: "Ann" } });
    const outcome: string[] = [];
    const batch = {
      queue: "zhimai-jobs",
      messages: [
        {
          id: crypto.randomUUID(),
          attempts: 1,
          body: { type: "email.send", outboxId: id },
          timestamp: new Date(),
          ack: () => outcome.push("ack"),
          retry: () => outcome.push("retry"),
        },
      ],
    } as unknown as MessageBatch;

    await dispatchJobs(batch, smtpEnv({ SMTP_PASS: "wrong-password" }), createExecutionContext(), jobHandlers);

    expect(outcome).toEqual(["retry"]);
    const row = await outboxRow(id);
    expect(row).toMatchObject({ status: "queued", attempts: 1, transport: "smtp" });
    expect(row?.error).toMatch(/^AUTH PLAIN → 535/);
    expect(row?.error).not.toContain("wrong-password");
    expect(await smtpMessagesTo(to)).toEqual([]);

    // Once the configuration is fixed, the retry goes through.
    await deliver(id, smtpEnv());
    expect(await outboxRow(id)).toMatchObject({ status: "sent", attempts: 2, error: null });
    expect(await smtpMessagesTo(to)).toHaveLength(1);
  });

  it("fails with a clear error when nothing listens on the SMTP port", async () => {
    const { id } = await queuedMail({ locale: "en", template: "password-changed", data: {} });
    await expect(deliver(id, smtpEnv({ SMTP_PORT: "1" }))).rejects.toThrow();
    const row = await outboxRow(id);
    expect(row).toMatchObject({ status: "queued", attempts: 1 });
    expect(row?.error).toBeTruthy();
  });

  it("gives up with a timeout when the server never answers", async () => {
    const options = {
      host: "127.0.0.1",
      port: env.TEST_MAIL_SINK.silentPort,
      secure: false,
      clientName: "zhimai.test",
    };
    const started = Date.now();
    await expect(
      sendSmtp({ ...options, timeoutMs: 300 }, { from: "a@zhimai.test", to: "b@example.com" }, ".\r\n"),
    ).rejects.toThrow(/timed out after 300 ms: the reply to greeting/);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
