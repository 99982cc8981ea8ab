import { z } from "zod";
import { ANALYSIS_RUN } from "../worker/modules/analysis/jobs";
import { type AnalysisRunner, failAnalysisJob, runAnalysisJob } from "../worker/modules/analysis/run";
import { analysisRunner } from "../worker/modules/analysis/runner";
import { defineHandler } from "./registry";

export const AnalysisRunSchema = z.object({ type: z.literal(ANALYSIS_RUN), jobId: z.string().min(1).max(64) });

/**
 * Runs one AI job (diagnosis or interview prep). A failure throws so that the dispatcher retries with backoff;
 * once retries are exhausted the dead letter marks the job failed, releases its points and tells the user.
 * A redelivered message of a finished job does nothing.
 */
export function createAnalysisRunHandler(runner: AnalysisRunner) {
  return defineHandler({
    schema: AnalysisRunSchema,
    async handle(body, env) {
      await runAnalysisJob(env, body.jobId, { runner });
    },
    async onDeadLetter(body, env) {
      await failAnalysisJob(env, body.jobId, "ANALYSIS_FAILED");
    },
  });
}

export const analysisRunHandler = createAnalysisRunHandler(analysisRunner);
