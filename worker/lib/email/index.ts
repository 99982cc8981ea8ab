import type { Db } from "../../db/client";
import { newId } from "../../db/ids";
import { isValidAddress } from "./address";
import { transportName } from "./config";
import { insertOutboxEmail, markOutboxFailed } from "./outbox";
import { type EmailTemplate, renderEmail } from "./templates";

export type { EmailTemplate } from "./templates";

export type EmailRequest = {
  to: string;
  userId?: string;
  locale: "zh-CN" | "en";
  template: EmailTemplate;
  data: Record<string, string>;
};

export const EMAIL_SEND = "email.send";
export type EmailSendMessage = { type: typeof EMAIL_SEND; outboxId: string };

/**
 * Renders the mail, stores it in email_outbox (status queued) and enqueues {type:"email.send", outboxId}.
 * Returns the outbox id. Never sends inline.
 *
 * Throws (before storing) on an invalid address or template data, and (after storing, with the row marked failed)
 * when the queue refuses the message.
 */
export async function enqueueEmail(env: Env, db: Db, request: EmailRequest): Promise<string> {
  const to = request.to.trim();
  if (!isValidAddress(to)) throw new TypeError("enqueueEmail: invalid recipient address");
  const { subject, html, text } = renderEmail(request.template, request.locale, request.data);
  const id = newId();
  await insertOutboxEmail(db, {
    id,
    userId: request.userId ?? null,
    toAddress: to,
    template: request.template,
    locale: request.locale,
    subject,
    html,
    textBody: text,
    transport: transportName(env) ?? "unconfigured",
    status: "queued",
  });
  try {
    await env.JOBS.send({ type: EMAIL_SEND, outboxId: id } satisfies EmailSendMessage);
  } catch (error) {
    await markOutboxFailed(db, id, `could not enqueue: ${error instanceof Error ? error.message : String(error)}`);
    throw error;
  }
  return id;
}
