// Admin reads and writes over orders and anomalies (the routes are in ./billing-routes.ts).

import { and, desc, eq, or, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { type Anomaly, anomalies, type Order as OrderRow, orders, users } from "../../db/schema";
import { NOW_MS } from "../../db/schema/columns";
import type { AnomalyStatus, OrderStatus, PaymentProvider } from "../../db/schema/enums";
import { afterCursor, decodeCursor, encodeCursor } from "../../lib/cursor";
import { AppError } from "../../lib/errors";
import { toOrder } from "../billing/orders";
import { runBatch } from "../points/batch";
import { type AdminActor, auditLogStatement } from "./audit-log";
import type { AdminOrder } from "./schemas";

export function toAdminOrder(row: OrderRow, email: string | null, env: Parameters<typeof toOrder>[1]): AdminOrder {
  return {
    ...toOrder(row, env),
    userId: row.userId,
    userEmail: email,
    refundedFen: row.refundedFen,
    transferReference: row.transferReference,
    providerTransactionId: row.providerTransactionId,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export type OrderQuery = {
  status?: OrderStatus;
  provider?: PaymentProvider;
  q?: string;
  cursor?: string;
  limit: number;
};

/** What `q` names: an email (→ that user's orders), else an order id, outTradeNo, reference or transaction id. */
async function searchCondition(db: Db, q: string): Promise<SQL | null> {
  if (q.includes("@")) {
    const user = await db.select({ id: users.id }).from(users).where(eq(users.email, q.toLowerCase())).get();
    return user ? eq(orders.userId, user.id) : null;
  }
  // Each alternative is a unique (indexed) column: SQLite answers the OR by index lookups.
  return or(
    eq(orders.id, q),
    eq(orders.outTradeNo, q),
    eq(orders.transferReference, q.toUpperCase()),
    eq(orders.providerTransactionId, q),
  ) as SQL;
}

/** Orders, newest first, filtered; paged by (createdAt, id). */
export async function searchOrders(db: Db, query: OrderQuery) {
  const cursor = decodeCursor(query.cursor);
  const search = query.q ? await searchCondition(db, query.q) : undefined;
  if (search === null) return { rows: [], nextCursor: null };
  const rows = await db
    .select({ order: orders, email: users.email })
    .from(orders)
    .leftJoin(users, eq(users.id, orders.userId))
    .where(
      and(
        query.status ? eq(orders.status, query.status) : undefined,
        query.provider ? eq(orders.provider, query.provider) : undefined,
        search,
        afterCursor(orders.createdAt, orders.id, cursor),
      ),
    )
    .orderBy(desc(orders.createdAt), desc(orders.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    rows: page,
    nextCursor: rows.length > query.limit && last ? encodeCursor(last.order.createdAt, last.order.id) : null,
  };
}

export async function orderWithEmail(db: Db, orderId: string) {
  const row = await db
    .select({ order: orders, email: users.email })
    .from(orders)
    .leftJoin(users, eq(users.id, orders.userId))
    .where(eq(orders.id, orderId))
    .get();
  if (!row) throw new AppError("NOT_FOUND");
  return row;
}

// ---------------------------------------------------------------------------------------------------------
// anomalies

export function toAnomaly(row: Anomaly) {
  const iso = (date: Date | null) => (date ? date.toISOString() : null);
  return {
    id: row.id,
    kind: row.kind,
    ref: row.ref,
    details: row.detailsJson ?? null,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    alertedAt: iso(row.alertedAt),
    resolvedAt: iso(row.resolvedAt),
    resolvedByUserId: row.resolvedByUserId,
  };
}

/** Anomalies, newest first (index anomalies(status, created_at) when filtered by status). */
export async function listAnomalies(
  db: Db,
  query: { status?: AnomalyStatus; kind?: string; cursor?: string; limit: number },
) {
  const cursor = decodeCursor(query.cursor);
  const rows = await db
    .select()
    .from(anomalies)
    .where(
      and(
        query.status ? eq(anomalies.status, query.status) : undefined,
        query.kind ? eq(anomalies.kind, query.kind) : undefined,
        afterCursor(anomalies.createdAt, anomalies.id, cursor),
      ),
    )
    .orderBy(desc(anomalies.createdAt), desc(anomalies.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return { rows: page, nextCursor: rows.length > query.limit && last ? encodeCursor(last.createdAt, last.id) : null };
}

/**
 * Marks an anomaly resolved, with its audit row, in one atomic batch (the audit row is gated on the anomaly
 * still being open, the last statement closes it). Resolving a resolved anomaly changes nothing.
 */
export async function resolveAnomaly(db: Db, actor: AdminActor, id: string, note: string | undefined) {
  const anomaly = await db.query.anomalies.findFirst({ where: eq(anomalies.id, id) });
  if (!anomaly) throw new AppError("NOT_FOUND");
  if (anomaly.status === "open") {
    const open = sql`EXISTS (SELECT 1 FROM anomalies WHERE id = ${id} AND status = 'open')`;
    await runBatch(db, [
      auditLogStatement(
        actor,
        {
          action: "anomaly.resolve",
          targetType: "anomaly",
          targetId: id,
          details: { kind: anomaly.kind, ref: anomaly.ref, ...(note ? { note } : {}) },
        },
        open,
      ),
      sql`UPDATE anomalies SET status = 'resolved', resolved_at = ${NOW_MS}, resolved_by_user_id = ${actor.adminUserId}
        WHERE id = ${id} AND status = 'open'`,
    ]);
  }
  const current = await db.query.anomalies.findFirst({ where: eq(anomalies.id, id) });
  if (!current) throw new AppError("NOT_FOUND");
  return current;
}
