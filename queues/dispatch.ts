import { z } from "zod";
import { createDb } from "../worker/db/client";
import { newId } from "../worker/db/ids";
import { queueDeadLetters } from "../worker/db/schema";
import { describeError, log } from "../worker/lib/logger";
import type { JobHandlers } from "./registry";

const EnvelopeSchema = z.looseObject({ type: z.string().min(1) });

/** Exponential backoff for a retry: base·2^(attempt-1), capped at 15 minutes. */
export function retryDelaySeconds(attempts: number, baseSeconds: number): number {
  return Math.min(baseSeconds * 2 ** Math.max(0, attempts - 1), 900);
}

function retryBase(env: Env): number {
  const configured = Number(env.QUEUE_RETRY_BASE_SECONDS);
  return Number.isFinite(configured) && configured >= 0 ? configured : 5;
}

async function recordDeadLetter(env: Env, queue: string, message: Message, type: string | null, error: string) {
  await createDb(env.DB)
    .insert(queueDeadLetters)
    .values({
      id: newId(),
      queue,
      messageId: message.id,
      type,
      bodyJson: message.body ?? null,
      error: error.slice(0, 2000),
      attempts: message.attempts,
      createdAt: new Date(),
    })
    .onConflictDoNothing();
}

/**
 * Runs each message of a batch through the handler for its `type`.
 * A body that can never succeed (unknown type, invalid shape) is recorded as dead at once;
 * a handler failure is retried with backoff, and after `max_retries` Cloudflare moves it to the DLQ.
 */
export async function dispatchJobs(batch: MessageBatch, env: Env, ctx: ExecutionContext, handlers: JobHandlers) {
  for (const message of batch.messages) {
    const envelope = EnvelopeSchema.safeParse(message.body);
    const handler = envelope.success ? handlers[envelope.data.type] : undefined;
    const type = envelope.success ? envelope.data.type : null;
    const parsed = handler?.schema.safeParse(message.body);
    if (!handler || !parsed?.success) {
      const reason = !handler ? `unknown message type: ${type}` : `invalid body: ${parsed?.error?.message}`;
      log("error", "queue: rejected message", { queue: batch.queue, messageId: message.id, type, reason });
      await recordDeadLetter(env, batch.queue, message, type, reason);
      message.ack();
      continue;
    }
    try {
      await handler.handle(parsed.data, env, ctx);
      message.ack();
    } catch (error) {
      const delaySeconds = retryDelaySeconds(message.attempts, retryBase(env));
      log("warn", "queue: handler failed, retrying", {
        queue: batch.queue,
        messageId: message.id,
        type,
        attempts: message.attempts,
        delaySeconds,
        ...describeError(error),
      });
      message.retry({ delaySeconds });
    }
  }
}

/** The dead-letter queue: record what died and let its handler clean up (e.g. release held points). */
export async function dispatchDeadLetters(batch: MessageBatch, env: Env, handlers: JobHandlers) {
  for (const message of batch.messages) {
    const envelope = EnvelopeSchema.safeParse(message.body);
    const type = envelope.success ? envelope.data.type : null;
    const handler = type ? handlers[type] : undefined;
    const error = "retries exhausted";
    try {
      const parsed = handler?.schema.safeParse(message.body);
      if (handler?.onDeadLetter && parsed?.success) await handler.onDeadLetter(parsed.data, env, error);
      await recordDeadLetter(env, batch.queue, message, type, error);
      log("error", "queue: dead letter", { queue: batch.queue, messageId: message.id, type });
      message.ack();
    } catch (failure) {
      log("error", "queue: dead-letter handling failed", { messageId: message.id, type, ...describeError(failure) });
      message.retry({ delaySeconds: retryDelaySeconds(message.attempts, retryBase(env)) });
    }
  }
}
