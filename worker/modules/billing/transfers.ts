// Corporate bank transfers (对公转账). The buyer creates a transfer order (provider `transfer`, status `paying`,
// a reference code to write on the transfer); when the money shows up on the bank statement an admin records
// the amount received, and the order is settled exactly like a WeChat Pay payment (`settlePayment`: paid and
// credited once, key `order:<id>`). Each effective record is written to the admin audit log.

import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { type Order as OrderRow, orders } from "../../db/schema";
import { AppError } from "../../lib/errors";
import { log } from "../../lib/logger";
import { type AdminActor, recordAdminAction } from "../admin/audit-log";
import { settlePayment } from "./settlement";

export type TransferReceivedInput = {
  orderId: string;
  amountFen: number;
  note?: string | null;
  actor: AdminActor;
  now: Date;
};

/**
 * Records that the bank transfer of an order arrived. The amount must equal the order amount
 * (`400 VALIDATION_FAILED` otherwise: a partial or excess transfer is settled with the payer by hand).
 * Idempotent: an order already paid answers as it is (no second credit, no second audit row).
 * Answers the order afterwards and whether this call credited it.
 */
export async function recordTransferReceived(
  db: Db,
  input: TransferReceivedInput,
): Promise<{ order: OrderRow; credited: boolean }> {
  const order = await db.query.orders.findFirst({ where: eq(orders.id, input.orderId) });
  if (!order) throw new AppError("NOT_FOUND");
  if (order.provider !== "transfer" || !order.transferReference) {
    throw new AppError("CONFLICT", { details: { reason: "not_a_transfer_order" } });
  }
  if (input.amountFen !== order.amountFen) {
    throw new AppError("VALIDATION_FAILED", {
      details: [
        { path: "amountFen", message: `must equal the order amount (${order.amountFen} fen)`, code: "amount_mismatch" },
      ],
    });
  }
  if (order.status === "paid" || order.status === "refunded") return { order, credited: false };
  if (order.status !== "paying") {
    throw new AppError("CONFLICT", { details: { reason: "order_not_payable", status: order.status } });
  }

  const { outcome, order: settled } = await settlePayment(db, {
    outTradeNo: order.outTradeNo,
    transactionId: `transfer:${order.transferReference}`,
    amountFen: input.amountFen,
    paidAt: input.now,
  });
  const current = settled ?? order;
  if (outcome === "credited") {
    await recordAdminAction(db, input.actor, {
      action: "order.transfer_received",
      targetType: "order",
      targetId: order.id,
      details: {
        amountFen: input.amountFen,
        reference: order.transferReference,
        points: order.points,
        userId: order.userId,
        ...(input.note ? { note: input.note } : {}),
      },
    });
    log("info", "billing: transfer recorded", { orderId: order.id, adminUserId: input.actor.adminUserId });
    return { order: current, credited: true };
  }
  if (outcome === "duplicate") return { order: current, credited: false };
  // A concurrent cancel closed it between our read and the settlement.
  throw new AppError("CONFLICT", { details: { reason: "order_not_payable", status: current.status } });
}
