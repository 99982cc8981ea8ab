import { analysisRunHandler } from "./analysis";
import { emailSendHandler } from "./email";
import type { JobHandlers } from "./registry";

/** Every queue message type the Worker consumes, keyed by its `type` field. */
export const jobHandlers: JobHandlers = {
  "email.send": emailSendHandler,
  "analysis.run": analysisRunHandler,
};
