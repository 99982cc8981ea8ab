import { z } from "zod";
import { createDb } from "../worker/db/client";
import { EMAIL_SEND } from "../worker/lib/email";
import { deliverOutboxEmail, giveUpOutboxEmail } from "../worker/lib/email/deliver";
import { defineHandler } from "./registry";

export const EmailSendSchema = z.object({ type: z.literal(EMAIL_SEND), outboxId: z.string().min(1) });

/** Delivers one email_outbox row through the configured transport; failures retry, the dead letter marks it failed. */
export const emailSendHandler = defineHandler({
  schema: EmailSendSchema,
  async handle(body, env) {
    await deliverOutboxEmail(env, createDb(env.DB), body.outboxId);
  },
  async onDeadLetter(body, env, error) {
    await giveUpOutboxEmail(createDb(env.DB), body.outboxId, error);
  },
});
