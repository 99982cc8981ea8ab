import type { Db } from "../../db/client";
import { describeError, log } from "../logger";
import { EmailConfigError, resolveEmailSender } from "./config";
import { findOutboxEmail, markOutboxFailed, markOutboxSent, recordOutboxFailure } from "./outbox";

export type DeliveryOutcome = "sent" | "already-sent" | "missing";

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Sends one outbox mail. Redelivery-safe: a mail already marked sent is skipped. A failure is recorded on the row
 * and rethrown so the queue retries with backoff.
 *
 * At-least-once, not exactly-once: if the Worker dies between the transport accepting the mail and the row being
 * marked sent, or two deliveries of one message overlap, the mail can go out twice (the HTTP transport passes the
 * outbox id as idempotency key, which lets the provider drop such a duplicate). Marking sent is conditional, so the
 * row is marked (and the attempt counted) once.
 */
export async function deliverOutboxEmail(env: Env, db: Db, outboxId: string): Promise<DeliveryOutcome> {
  const mail = await findOutboxEmail(db, outboxId);
  if (!mail) {
    log("warn", "email: outbox row not found", { outboxId });
    return "missing";
  }
  if (mail.status === "sent") return "already-sent";

  let transport = mail.transport;
  let messageId: string | undefined;
  try {
    const sender = resolveEmailSender(env);
    transport = sender.transport.name;
    ({ messageId } = await sender.transport.send({
      id: mail.id,
      from: sender.from,
      to: mail.toAddress,
      subject: mail.subject,
      html: mail.html,
      text: mail.textBody,
    }));
  } catch (error) {
    await recordOutboxFailure(db, mail.id, transport, errorText(error));
    const level = error instanceof EmailConfigError ? "error" : "warn";
    log(level, "email: delivery failed", {
      outboxId,
      template: mail.template,
      transport,
      attempt: mail.attempts + 1,
      ...describeError(error),
    });
    throw error;
  }

  if (!(await markOutboxSent(db, mail.id, transport))) {
    log("warn", "email: a concurrent delivery marked this mail sent first; it may have gone out twice", { outboxId });
    return "already-sent";
  }
  log("info", "email: sent", { outboxId, template: mail.template, transport, messageId });
  return "sent";
}

/** Called from the dead-letter queue after the last retry failed. */
export async function giveUpOutboxEmail(db: Db, outboxId: string, error: string): Promise<void> {
  await markOutboxFailed(db, outboxId, error);
  log("error", "email: undeliverable, marked failed", { outboxId });
}
