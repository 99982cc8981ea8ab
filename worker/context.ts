import type { Db } from "./db/client";
import type { User } from "./db/schema";
import type { Locale } from "./lib/contract";
import type { D1Stats } from "./lib/d1-metrics";
import type { CurrentSession } from "./modules/auth/sessions";

/** Hono environment shared by every route and middleware of the API. */
export type AppEnv = {
  Bindings: Env;
  Variables: {
    requestId: string;
    locale: Locale;
    db: Db;
    d1Stats: D1Stats;
    /** Set by the auth middleware once the session is known; logged with the request. */
    userId?: string;
    /** The signed-in user's row and session (worker/middleware/auth.ts). */
    user?: User;
    session?: CurrentSession;
  };
};
