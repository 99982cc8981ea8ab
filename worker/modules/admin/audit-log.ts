// The admin audit log (ARCHITECTURE.md invariant 8): one `admin_audit_log` row per effective admin write.
// Writes that can be composed into a D1 batch use `auditLogStatement` with a gate, so the row exists exactly
// when the change happened (a repeated request that changes nothing writes no row).

import { type SQL, sql } from "drizzle-orm";
import type { Context } from "hono";
import type { AppEnv } from "../../context";
import type { Db } from "../../db/client";
import { newId } from "../../db/ids";
import { NOW_MS } from "../../db/schema/columns";
import { currentAuth } from "../../middleware/auth";
import { runBatch } from "../points/batch";

/** Who acted, from where. */
export type AdminActor = { adminUserId: string; ip: string | null };

export type AdminAction = {
  action: string;
  targetType: string;
  targetId: string;
  details?: Record<string, unknown>;
};

/** The signed-in admin of a request (behind `requireRole`). */
export function adminActor(c: Context<AppEnv>): AdminActor {
  return { adminUserId: currentAuth(c).user.id, ip: c.req.header("CF-Connecting-IP") ?? null };
}

/** The INSERT of one audit row, written only if `when` holds inside the batch (default: always). */
export function auditLogStatement(actor: AdminActor, entry: AdminAction, when?: SQL): SQL {
  return sql`INSERT INTO admin_audit_log (id, admin_user_id, action, target_type, target_id, details_json, ip, created_at)
    SELECT ${newId()}, ${actor.adminUserId}, ${entry.action}, ${entry.targetType}, ${entry.targetId},
      ${JSON.stringify(entry.details ?? {})}, ${actor.ip}, ${NOW_MS}
    WHERE ${when ?? sql`1`}`;
}

/** Writes one audit row now (for changes made by a call that cannot be composed into the row's batch). */
export async function recordAdminAction(db: Db, actor: AdminActor, entry: AdminAction): Promise<void> {
  await runBatch(db, [auditLogStatement(actor, entry)]);
}
