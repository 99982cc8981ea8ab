import type { z } from "zod";

/** One kind of queue message: its body schema, what to do with it, and what to do when it dies. */
export type JobHandler<S extends z.ZodType = z.ZodType> = {
  schema: S;
  handle(body: z.infer<S>, env: Env, ctx: ExecutionContext): Promise<void>;
  /** Called once from the dead-letter queue after the last retry failed (e.g. mark a job failed). */
  onDeadLetter?(body: z.infer<S>, env: Env, error: string): Promise<void>;
};

export type JobHandlers = Record<string, JobHandler>;

export const defineHandler = <S extends z.ZodType>(handler: JobHandler<S>): JobHandler =>
  handler as unknown as JobHandler;
