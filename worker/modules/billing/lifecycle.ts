import type { Db } from "../../db/client";
import type { Order as OrderRow } from "../../db/schema";
import { AppError } from "../../lib/errors";
import { WechatPayError } from "../../lib/wechatpay";
import { wechatGateway } from "./gateway";
import { closeOrder } from "./orders";
import { settlePayment } from "./settlement";

type LifecycleEnv = Env & Parameters<typeof wechatGateway>[0];

/**
 * Asks WeChat Pay what became of an unpaid order and settles it: paid → credited (exactly once, as for a
 * notification), still unpaid past its expiry → closed. Used by the audit cron and by cancel.
 */
export async function reconcileOrder(db: Db, env: LifecycleEnv, order: OrderRow, now: Date): Promise<OrderRow> {
  const gateway = wechatGateway(env);
  if (order.status !== "paying" || order.provider !== "wechatpay" || gateway?.provider !== "wechatpay") return order;
  const transaction = await gateway.client.queryOrder(order.outTradeNo);
  if (transaction.trade_state === "SUCCESS") {
    const { order: settled } = await settlePayment(
      db,
      {
        outTradeNo: transaction.out_trade_no,
        transactionId: transaction.transaction_id ?? "",
        amountFen: transaction.amount?.total ?? -1,
        mchid: transaction.mchid,
        appid: transaction.appid,
        paidAt: transaction.success_time ? new Date(transaction.success_time) : now,
      },
      { mchid: gateway.mchid, appid: gateway.appid },
    );
    return settled ?? order;
  }
  if (order.expiresAt && order.expiresAt <= now) return closeOrder(db, env, order, now);
  return order;
}

/** The buyer gives up on an unpaid order. If WeChat Pay says it was paid meanwhile, it is credited instead. */
export async function cancelOrder(db: Db, env: LifecycleEnv, order: OrderRow, now: Date): Promise<OrderRow> {
  try {
    return await closeOrder(db, env, order, now);
  } catch (error) {
    if (error instanceof WechatPayError && error.code === "ORDERPAID") return reconcileOrder(db, env, order, now);
    throw new AppError("PAYMENT_PROVIDER_ERROR", { cause: error });
  }
}
