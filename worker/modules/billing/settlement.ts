import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { type Order as OrderRow, orders } from "../../db/schema";
import { log } from "../../lib/logger";
import { recordPaymentQuery } from "../membership/payments";
import { applyPlanPurchase } from "../membership/plans";
import { grant } from "../points/ledger";
import { recordAnomaly } from "./anomalies";
import { getBusinessConfig } from "./config";

export const orderCreditKey = (orderId: string) => `order:${orderId}`;

/** What a payment provider says was paid (WeChat Pay transaction, or an admin's record of a bank transfer). */
export type Payment = {
  outTradeNo: string;
  transactionId: string;
  amountFen: number;
  mchid?: string;
  appid?: string;
  paidAt: Date;
};

export type SettlementOutcome = "credited" | "duplicate" | "mismatch" | "unknown_order" | "not_payable";

/**
 * Marks an order paid and credits it, exactly once whatever number of notifications, replays, audits or
 * concurrent deliveries arrive: the `paying → paid` change, the points (key `order:<id>`), the plan and the
 * paid total are one atomic D1 batch, and the credit only happens if the ledger row is new.
 * A payment whose amount or merchant differs from the order credits nothing and raises an anomaly.
 */
export async function settlePayment(
  db: Db,
  payment: Payment,
  expected: { mchid?: string; appid?: string } = {},
): Promise<{ outcome: SettlementOutcome; order?: OrderRow }> {
  const order = await db.query.orders.findFirst({ where: eq(orders.outTradeNo, payment.outTradeNo) });
  if (!order) {
    await recordAnomaly(db, "notify_unknown_order", `out_trade_no:${payment.outTradeNo}`, { ...payment });
    return { outcome: "unknown_order" };
  }
  const ref = `order:${order.id}`;
  if (payment.amountFen !== order.amountFen) {
    await recordAnomaly(db, "notify_amount_mismatch", ref, {
      expectedFen: order.amountFen,
      paidFen: payment.amountFen,
    });
    return { outcome: "mismatch", order };
  }
  if ((expected.mchid && payment.mchid !== expected.mchid) || (expected.appid && payment.appid !== expected.appid)) {
    await recordAnomaly(db, "notify_merchant_mismatch", ref, { expected, mchid: payment.mchid, appid: payment.appid });
    return { outcome: "mismatch", order };
  }
  if (order.status === "paid" || order.status === "refunded") return { outcome: "duplicate", order };
  if (order.status !== "paying") {
    await recordAnomaly(db, "paid_after_close", ref, { status: order.status, transactionId: payment.transactionId });
    return { outcome: "not_payable", order };
  }

  const credited = await credit(db, order, payment);
  log("info", "billing: order paid", { orderId: order.id, applied: credited, provider: order.provider });
  const current = await db.query.orders.findFirst({ where: eq(orders.id, order.id) });
  return { outcome: credited ? "credited" : "duplicate", order: current ?? order };
}

async function credit(db: Db, order: OrderRow, payment: Payment): Promise<boolean> {
  const config = await getBusinessConfig(db);
  const markPaid = db
    .update(orders)
    .set({
      status: "paid",
      paidAt: payment.paidAt,
      providerTransactionId: payment.transactionId,
      updatedAt: new Date(),
    })
    .where(and(eq(orders.id, order.id), inArray(orders.status, ["paying"])));
  // The credit is written only for the order this batch (or an earlier one) marked paid.
  const isPaid = sql`EXISTS (SELECT 1 FROM orders WHERE id = ${order.id} AND status = 'paid')`;
  const payments = { amountFen: order.amountFen, config };

  if (order.kind === "plan" && order.planCode && order.planDays) {
    const result = await applyPlanPurchase(
      db,
      {
        userId: order.userId,
        planCode: order.planCode,
        days: order.planDays,
        points: order.points,
        orderId: order.id,
        now: payment.paidAt,
        payment: payments,
      },
      { before: [markPaid], when: isPaid },
    );
    return result.applied;
  }
  const result = await grant(
    db,
    {
      userId: order.userId,
      points: order.points,
      reason: "recharge",
      refType: "order",
      refId: order.id,
      idempotencyKey: orderCreditKey(order.id),
    },
    {
      before: [markPaid],
      when: isPaid,
      after: (applied) => [recordPaymentQuery({ userId: order.userId, ...payments, when: applied })],
    },
  );
  return result.applied;
}
