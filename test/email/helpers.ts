import { createExecutionContext, env } from "cloudflare:test";
import { emailSendHandler } from "../../queues/email";
import { eventually } from "../helpers";
import type { ApiSinkEmail, SmtpSinkMessage } from "./sink-context";

// Shared by the email tests and usable by other suites (e.g. auth: "the mailed link followed to completion").

export const TEST_MAIL_FROM = "职麦 Zhimai <no-reply@zhimai.test>";

const sink = () => env.TEST_MAIL_SINK;
const sinkUrl = (path: string) => `http://127.0.0.1:${sink().httpPort}${path}`;

/** A recipient no other test uses, so sink and outbox lookups see only this test's mail. */
export const uniqueAddress = (tag = "user") => `${tag}-${crypto.randomUUID().slice(0, 8)}@example.com`;

/** The Worker's env switched to SMTP delivery to the loopback sink (plain text, AUTH required). */
export function smtpEnv(overrides: Partial<Env> = {}): Env {
  return {
    ...env,
    EMAIL_TRANSPORT: "smtp",
    MAIL_FROM: TEST_MAIL_FROM,
    SMTP_HOST: "127.0.0.1",
    SMTP_PORT: String(sink().smtpPort),
    SMTP_USER: sink().smtpUser,
    SMTP_PASS: sink().smtpPass,
    SMTP_SECURE: "false",
    ...overrides,
  };
}

/** The Worker's env switched to the HTTP (Resend-compatible) API served by the loopback sink. */
export function httpEnv(overrides: Partial<Env> = {}): Env {
  return {
    ...env,
    EMAIL_TRANSPORT: "http",
    MAIL_FROM: TEST_MAIL_FROM,
    EMAIL_API_BASE: sinkUrl("/resend"),
    EMAIL_API_KEY: sink().emailApiKey,
    ...overrides,
  };
}

/**
 * A JOBS binding that only records what is sent. Use it (e.g. `createApp().request(path, init, {...env, JOBS})`)
 * when a test delivers the mail itself; with the real binding the test Worker's consumer delivers it to the dev
 * outbox first.
 */
export function recordingQueue() {
  const sent: unknown[] = [];
  const JOBS = {
    send: async (body: unknown) => {
      sent.push(body);
    },
    sendBatch: async (messages: Iterable<{ body: unknown }>) => {
      for (const message of messages) sent.push(message.body);
    },
  } as unknown as Queue;
  return { JOBS, sent };
}

/** Runs the `email.send` handler for one outbox row, as the queue consumer would, with the given env. */
export function deliver(outboxId: string, withEnv: Env = env) {
  return emailSendHandler.handle({ type: "email.send", outboxId }, withEnv, createExecutionContext());
}

export async function smtpMessagesTo(to: string): Promise<SmtpSinkMessage[]> {
  const response = await fetch(sinkUrl(`/smtp/messages?to=${encodeURIComponent(to)}`));
  return response.json();
}

/** Waits for the first mail the SMTP sink received for `to`. */
export const smtpMessageTo = (to: string) => eventually(async () => (await smtpMessagesTo(to))[0]);

export async function apiEmailsTo(to: string): Promise<ApiSinkEmail[]> {
  const response = await fetch(sinkUrl(`/resend/emails?to=${encodeURIComponent(to)}`));
  return response.json();
}

export function outboxRow(id: string) {
  return env.DB.prepare("SELECT * FROM email_outbox WHERE id = ?").bind(id).first<{
    id: string;
    status: string;
    attempts: number;
    error: string | null;
    transport: string;
    sent_at: number | null;
    to_address: string;
    subject: string;
    text_body: string;
    html: string;
  }>();
}
