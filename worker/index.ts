import { dispatchDeadLetters, dispatchJobs } from "../queues/dispatch";
import { jobHandlers } from "../queues/handlers";
import type { JobHandlers } from "../queues/registry";
import { createApp } from "./app";
import { runScheduled } from "./cron";

/** The Worker: HTTP API (the SPA itself is served as static assets), queue consumers and crons. */
export function createWorker(handlers: JobHandlers = jobHandlers) {
  const app = createApp();
  return {
    fetch: app.fetch,
    async queue(batch, env, ctx) {
      if (batch.queue.endsWith("-dlq")) await dispatchDeadLetters(batch, env, handlers);
      else await dispatchJobs(batch, env, ctx, handlers);
    },
    async scheduled(controller, env) {
      await runScheduled(controller, env);
    },
  } satisfies ExportedHandler<Env>;
}

export default createWorker();

export { InterviewSession } from "../durable-objects/interview-session";
export { MeetingSession } from "../durable-objects/meeting-session";
