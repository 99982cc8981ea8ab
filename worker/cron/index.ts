import { describeError, log } from "../lib/logger";
import { sweepStuckJobs } from "../modules/analysis/sweeper";
import { BILLING_CRON_TASKS } from "../modules/billing/audit";
import { sweepLiveSessions } from "../modules/live/sweeper";
import { housekeeping } from "./housekeeping";

export type CronTask = { name: string; run(env: Env, scheduledTime: Date): Promise<unknown> };

/** What each cron expression of wrangler.toml runs. Keep the keys identical to `[triggers] crons`. */
export const CRON_SCHEDULE: Record<string, CronTask[]> = {
  "0 * * * *": [
    housekeeping,
    { name: "analysis-sweeper", run: sweepStuckJobs },
    { name: "live-session-sweeper", run: sweepLiveSessions },
  ],
  // Recharge audit: reconcile expired orders and pending refunds, plan/points expiry, checks + admin alerts.
  "*/10 * * * *": BILLING_CRON_TASKS,
};

/**
 * Runs the tasks of one cron expression. Every task runs even if another fails;
 * the invocation still fails afterwards so Cloudflare records it.
 */
export async function runScheduled(
  controller: Pick<ScheduledController, "cron" | "scheduledTime">,
  env: Env,
  schedule = CRON_SCHEDULE,
) {
  const tasks = schedule[controller.cron];
  if (!tasks) {
    log("error", "cron: no tasks for expression", { cron: controller.cron });
    throw new Error(`No tasks for cron "${controller.cron}"`);
  }
  const scheduledTime = new Date(controller.scheduledTime);
  const failures: string[] = [];
  for (const task of tasks) {
    const started = performance.now();
    try {
      const result = await task.run(env, scheduledTime);
      log("info", "cron: task done", {
        cron: controller.cron,
        task: task.name,
        result,
        durationMs: performance.now() - started,
      });
    } catch (error) {
      failures.push(task.name);
      log("error", "cron: task failed", { cron: controller.cron, task: task.name, ...describeError(error) });
    }
  }
  if (failures.length) throw new Error(`Cron tasks failed: ${failures.join(", ")}`);
}
