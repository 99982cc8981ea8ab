import type { Context } from "hono";
import { USER_HEADER } from "../../../durable-objects/socket-object";
import type { AppEnv } from "../../context";
import { AppError } from "../../lib/errors";
import { currentAuth } from "../../middleware/auth";
import { originAllowed } from "../../middleware/csrf";

/** The part of a session class's namespace the Worker uses. */
export type SessionNamespace = {
  getByName(name: string): { fetch(request: Request): Promise<Response> };
};

/**
 * Hands an authenticated WebSocket upgrade to the session's Durable Object. The caller has checked that the
 * session is the user's; here: a real upgrade, from the app's own origin (browsers send cookies with
 * cross-site WebSocket handshakes, so the Origin check is what stops hijacking), and who the user is.
 */
export async function forwardUpgrade(
  c: Context<AppEnv>,
  namespace: SessionNamespace,
  sessionId: string,
): Promise<Response> {
  if (c.req.header("Upgrade")?.toLowerCase() !== "websocket") throw new AppError("UPGRADE_REQUIRED");
  if (!originAllowed(c)) throw new AppError("CSRF_REJECTED");
  const request = new Request(c.req.raw);
  request.headers.set(USER_HEADER, currentAuth(c).user.id);
  const answer = await namespace.getByName(sessionId).fetch(request);
  // The session is the user's (the caller checked D1): an object without it has been purged after the end.
  if (answer.status === 404) throw new AppError("SESSION_ENDED");
  // The object's answer has immutable headers; the API's middleware adds its own (request id, security headers).
  return new Response(answer.body, { status: answer.status, headers: answer.headers, webSocket: answer.webSocket });
}
