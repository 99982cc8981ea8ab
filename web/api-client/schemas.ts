/**
 * The `user` object of API.md and the other account shapes. One definition for web and worker:
 * re-exported from the auth module's schemas. This module pulls in zod — import it only from lazy
 * route components or on demand (`await import(...)`), never from the landing page's modules.
 */
export {
  RoleSchema,
  SessionInfoSchema,
  SessionListSchema,
  TierSchema,
  type User,
  UserEnvelopeSchema,
  UserSchema,
} from "../../worker/modules/auth/schemas.ts";

import type { z } from "zod";
import type { RoleSchema, SessionInfoSchema, TierSchema } from "../../worker/modules/auth/schemas.ts";

export type Role = z.infer<typeof RoleSchema>;
export type Tier = z.infer<typeof TierSchema>;
export type SessionInfo = z.infer<typeof SessionInfoSchema>;
