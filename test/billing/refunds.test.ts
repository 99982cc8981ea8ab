// Admin refunds: amount bounds, ledger reversal (points taken back, tier re-derived down), idempotency,
// WeChat Pay refunds against the loopback server (PROCESSING → notification / query, refusals), and the
// REFUND.* notifications applied once whatever number of duplicates arrive.
import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { runScheduled } from "../../worker/cron";
import { createDb } from "../../worker/db/client";
import { newId } from "../../worker/db/ids";
import { reconcileOrder } from "../../worker/modules/billing/lifecycle";
import { createOrder } from "../../worker/modules/billing/orders";
import { settlePayment } from "../../worker/modules/billing/settlement";
import { spend } from "../../worker/modules/points/ledger";
import { Browser, signedIn } from "../api/auth/support";
import { errorOf } from "../helpers";
import { expectConsistent, newUser } from "../points/support";
import { control, loopbackEnv } from "../wechatpay/helpers";
import { browserWith, deliver, ensurePlans, userRow } from "./support";

const db = createDb(env.DB);
const wechat = { ...env, ...loopbackEnv() } as Env;

type RefundAnswer = {
  refund: { id: string; outRefundNo: string; amountFen: number; points: number; status: string };
  order: { id: string; status: string; refundedFen: number };
};

let admin: Awaited<ReturnType<typeof signedIn>>;

beforeAll(async () => {
  await ensurePlans();
  admin = await signedIn(new Browser());
  await env.DB.prepare("UPDATE users SET role = 'admin' WHERE id = ?").bind(admin.id).run();
});

/** A simulator (or transfer) order, paid and credited as the notify route / an admin would. */
async function paidOrder(userId: string, amountFen: number, provider: "simulator" | "transfer" = "simulator") {
  const id = newId();
  await env.DB.prepare(
    `INSERT INTO orders (id, out_trade_no, user_id, kind, amount_fen, points, status, provider, idempotency_key, transfer_reference)
     VALUES (?, ?, ?, 'recharge', ?, ?, 'paying', ?, ?, ?)`,
  )
    .bind(
      id,
      `ZM${id}`,
      userId,
      amountFen,
      amountFen / 50,
      provider,
      crypto.randomUUID(),
      provider === "transfer" ? `ZM${id.slice(0, 8)}` : null,
    )
    .run();
  const { outcome } = await settlePayment(db, {
    outTradeNo: `ZM${id}`,
    transactionId: `T${id}`,
    amountFen,
    paidAt: new Date(),
  });
  expect(outcome).toBe("credited");
  return id;
}

/** A WeChat Pay order paid at the loopback server and settled. */
async function paidWechatOrder(amountFen: number) {
  const userId = await newUser();
  const { order } = await createOrder(db, wechat, {
    userId,
    idempotencyKey: crypto.randomUUID(),
    body: { kind: "recharge", amountFen, payMethod: "wechatpay" },
    now: new Date(),
  });
  await control.pay(order.outTradeNo);
  expect((await reconcileOrder(db, wechat, order, new Date())).status).toBe("paid");
  return { userId, orderId: order.id, outTradeNo: order.outTradeNo };
}

function refund(
  orderId: string,
  body: unknown,
  key: string = crypto.randomUUID(),
  bindings: Record<string, string> = {},
  browser = admin.browser,
) {
  return browserWith(browser, bindings, "POST", `/admin/orders/${orderId}/refund`, body, { "Idempotency-Key": key });
}

async function refundRow(id: string) {
  return env.DB.prepare("SELECT status, points, amount_fen AS amountFen FROM refunds WHERE id = ?")
    .bind(id)
    .first<{ status: string; points: number; amountFen: number }>();
}

async function orderState(id: string) {
  return env.DB.prepare("SELECT status, refunded_fen AS refundedFen FROM orders WHERE id = ?")
    .bind(id)
    .first<{ status: string; refundedFen: number }>();
}

async function ledgerReasons(userId: string) {
  return (
    await env.DB.prepare("SELECT delta, reason FROM points_ledger WHERE user_id = ? ORDER BY created_at, rowid")
      .bind(userId)
      .all<{ delta: number; reason: string }>()
  ).results;
}

async function auditRows(orderId: string) {
  return (
    await env.DB.prepare("SELECT action, admin_user_id AS adminUserId FROM admin_audit_log WHERE target_id = ?")
      .bind(orderId)
      .all<{ action: string; adminUserId: string }>()
  ).results;
}

describe("refunds of simulator and transfer orders (complete at once)", () => {
  it("partial then full: points taken back, tier re-derived down, order refunded; beyond what is left is 400", async () => {
    const userId = await newUser();
    const orderId = await paidOrder(userId, 30_000); // ¥300 → 600 points, gold
    expect(await userRow(userId)).toEqual({ points: 600, paid: 30_000, tier: "gold" });

    const first = await refund(orderId, { amountFen: 10_000, reason: "客户申请部分退款" });
    expect(first.status).toBe(201);
    const partial = (await first.json()) as RefundAnswer;
    expect(partial.refund).toMatchObject({ amountFen: 10_000, points: 200, status: "succeeded" });
    expect(partial.order).toMatchObject({ status: "paid", refundedFen: 10_000 });
    expect(await userRow(userId)).toEqual({ points: 400, paid: 20_000, tier: "silver" });

    const tooMuch = await refund(orderId, { amountFen: 20_001, reason: "超额" });
    expect(tooMuch.status).toBe(400);
    const error = await errorOf(tooMuch);
    expect(error.code).toBe("VALIDATION_FAILED");
    expect(JSON.stringify(error.details)).toContain("amountFen");

    const rest = (await (await refund(orderId, { amountFen: 20_000, reason: "全部退款" })).json()) as RefundAnswer;
    expect(rest.refund).toMatchObject({ points: 400, status: "succeeded" });
    expect(rest.order).toMatchObject({ status: "refunded", refundedFen: 30_000 });
    expect(await userRow(userId)).toEqual({ points: 0, paid: 0, tier: "normal" });
    expect(await ledgerReasons(userId)).toEqual([
      { delta: 600, reason: "recharge" },
      { delta: -200, reason: "refund" },
      { delta: -400, reason: "refund" },
    ]);
    expect(await expectConsistent(userId)).toBe(0);
    expect((await refund(orderId, { amountFen: 1, reason: "再退" })).status).toBe(400);
    expect(await auditRows(orderId)).toEqual([
      { action: "order.refund", adminUserId: admin.id },
      { action: "order.refund", adminUserId: admin.id },
    ]);
  });

  it("is one refund per Idempotency-Key, also for concurrent repeats; another amount under the key is 409", async () => {
    const userId = await newUser();
    const orderId = await paidOrder(userId, 10_000);
    const key = crypto.randomUUID();
    const answers = await Promise.all(
      [1, 2, 3].map(() => refund(orderId, { amountFen: 5000, reason: "重复提交" }, key)),
    );
    expect(answers.map((r) => r.status)).toEqual([201, 201, 201]);
    const ids = await Promise.all(answers.map(async (r) => ((await r.json()) as RefundAnswer).refund.id));
    expect(new Set(ids).size).toBe(1);
    expect(await orderState(orderId)).toEqual({ status: "paid", refundedFen: 5000 });
    expect(await userRow(userId)).toEqual({ points: 100, paid: 5000, tier: "bronze" });
    expect(await auditRows(orderId)).toHaveLength(1);
    const reused = await refund(orderId, { amountFen: 4000, reason: "换金额" }, key);
    expect(reused.status).toBe(409);
  });

  it("refuses with 409 when the user spent the points, unless forced (then takes what is left)", async () => {
    const userId = await newUser();
    const orderId = await paidOrder(userId, 5000, "transfer"); // 100 points
    await spend(db, { userId, points: 70, idempotencyKey: `spend:${userId}` });

    const refused = await refund(orderId, { amountFen: 5000, reason: "对公转账退回" });
    expect(refused.status).toBe(409);
    expect((await errorOf(refused)).details).toMatchObject({ reason: "points_spent", required: 100, available: 30 });
    expect(await orderState(orderId)).toEqual({ status: "paid", refundedFen: 0 });
    expect(await env.DB.prepare("SELECT count(*) AS n FROM refunds WHERE order_id = ?").bind(orderId).first("n")).toBe(
      0,
    );
    expect(await auditRows(orderId)).toEqual([]);

    const forced = (await (
      await refund(orderId, { amountFen: 5000, reason: "对公转账退回", force: true })
    ).json()) as RefundAnswer;
    expect(forced.refund).toMatchObject({ status: "succeeded", points: 30 });
    expect(forced.order).toMatchObject({ status: "refunded" });
    expect(await userRow(userId)).toEqual({ points: 0, paid: 0, tier: "normal" });
    expect(await expectConsistent(userId)).toBe(0);
  });

  it("never lets concurrent refunds exceed the order", async () => {
    const userId = await newUser();
    const orderId = await paidOrder(userId, 10_000);
    const answers = await Promise.all([1, 2].map(() => refund(orderId, { amountFen: 6000, reason: "并发" })));
    expect(answers.map((r) => r.status).sort()).toEqual([201, 400]);
    expect(await orderState(orderId)).toEqual({ status: "paid", refundedFen: 6000 });
    expect(await userRow(userId)).toEqual({ points: 80, paid: 4000, tier: "bronze" });
    expect(await expectConsistent(userId)).toBe(80);
  });

  it("takes back at most what is left of a plan's own points", async () => {
    const userId = await newUser();
    const id = newId();
    await env.DB.prepare(
      `INSERT INTO orders (id, out_trade_no, user_id, kind, plan_code, plan_days, amount_fen, points, status, provider, idempotency_key)
       VALUES (?, ?, ?, 'plan', 'week', 7, 1990, 100, 'paying', 'simulator', ?)`,
    )
      .bind(id, `ZM${id}`, userId, crypto.randomUUID())
      .run();
    await settlePayment(db, { outTradeNo: `ZM${id}`, transactionId: `T${id}`, amountFen: 1990, paidAt: new Date() });
    await spend(db, { userId, points: 30, idempotencyKey: `spend:${userId}` });
    const res = await refund(id, { amountFen: 1990, reason: "周卡退款" });
    expect(res.status).toBe(201);
    expect(((await res.json()) as RefundAnswer).refund).toMatchObject({ status: "succeeded", points: 70 });
    expect(await userRow(userId)).toEqual({ points: 0, paid: 0, tier: "normal" });
    expect(await expectConsistent(userId)).toBe(0);
  });

  it("refuses orders that are not paid", async () => {
    const userId = await newUser();
    const id = newId();
    await env.DB.prepare(
      `INSERT INTO orders (id, out_trade_no, user_id, kind, amount_fen, points, status, provider, idempotency_key)
       VALUES (?, ?, ?, 'recharge', 1000, 20, 'closed', 'simulator', ?)`,
    )
      .bind(id, `ZM${id}`, userId, crypto.randomUUID())
      .run();
    const res = await refund(id, { amountFen: 1000, reason: "x" });
    expect(res.status).toBe(409);
    expect((await refund("nope", { amountFen: 1000, reason: "x" })).status).toBe(404);
    expect((await refund(id, { amountFen: 0, reason: "x" })).status).toBe(400);
    expect((await refund(id, { amountFen: 100, reason: "" })).status).toBe(400);
    const noKey = await browserWith(admin.browser, {}, "POST", `/admin/orders/${id}/refund`, {
      amountFen: 1,
      reason: "x",
    });
    expect(noKey.status).toBe(400);
  });
});

describe("WeChat Pay refunds (loopback server)", () => {
  it("PROCESSING until the REFUND.SUCCESS notification, applied once under concurrent duplicates", async () => {
    const { userId, orderId } = await paidWechatOrder(20_000); // 400 points, silver
    const res = await refund(orderId, { amountFen: 15_000, reason: "商品未使用" }, undefined, loopbackEnv());
    expect(res.status).toBe(201);
    const { refund: pending } = (await res.json()) as RefundAnswer;
    expect(pending).toMatchObject({ status: "pending", points: 300 });
    // Points are taken back at once; the money side waits for WeChat Pay.
    expect(await userRow(userId)).toEqual({ points: 100, paid: 20_000, tier: "silver" });
    const [request] = await control.requests(pending.outRefundNo);
    expect(request?.authError).toBeNull();

    const { notification } = await control.completeRefund(pending.outRefundNo, { status: "SUCCESS" });
    const answers = await Promise.all(Array.from({ length: 6 }, () => deliver(notification, loopbackEnv())));
    expect(answers.map((r) => r.status)).toEqual(Array(6).fill(204));
    expect(await refundRow(pending.id)).toMatchObject({ status: "succeeded", points: 300 });
    expect(await orderState(orderId)).toEqual({ status: "paid", refundedFen: 15_000 });
    expect(await userRow(userId)).toEqual({ points: 100, paid: 5000, tier: "bronze" });
    // A replay later changes nothing either.
    expect((await deliver(notification, loopbackEnv())).status).toBe(204);
    expect(await userRow(userId)).toEqual({ points: 100, paid: 5000, tier: "bronze" });
    expect(await expectConsistent(userId)).toBe(100);
  });

  it("REFUND.CLOSED fails the refund and gives the points back (once)", async () => {
    const { userId, orderId } = await paidWechatOrder(10_000);
    const { refund: pending } = (await (
      await refund(orderId, { amountFen: 10_000, reason: "关闭测试" }, undefined, loopbackEnv())
    ).json()) as RefundAnswer;
    expect(await userRow(userId)).toMatchObject({ points: 0 });
    const { notification } = await control.completeRefund(pending.outRefundNo, { status: "CLOSED" });
    await Promise.all([1, 2, 3].map(() => deliver(notification, loopbackEnv())));
    expect(await refundRow(pending.id)).toMatchObject({ status: "failed" });
    expect(await orderState(orderId)).toEqual({ status: "paid", refundedFen: 0 });
    expect(await userRow(userId)).toEqual({ points: 200, paid: 10_000, tier: "silver" });
    expect(await expectConsistent(userId)).toBe(200);
  });

  it("surfaces a refusal by WeChat Pay as 502 REFUND_FAILED: refund failed, points back, order untouched", async () => {
    const { userId, orderId, outTradeNo } = await paidWechatOrder(10_000);
    await control.fault({
      match: outTradeNo,
      kind: "status",
      status: 403,
      code: "NOT_ENOUGH",
      message: "基本账户余额不足",
    });
    const res = await refund(orderId, { amountFen: 4000, reason: "余额不足测试" }, undefined, loopbackEnv());
    expect(res.status).toBe(502);
    const error = await errorOf(res);
    expect(error.code).toBe("REFUND_FAILED");
    expect(error.details).toMatchObject({ status: "failed", providerCode: "NOT_ENOUGH" });
    const refundId = (error.details as { refundId: string }).refundId;
    expect(await refundRow(refundId)).toMatchObject({ status: "failed" });
    expect(await orderState(orderId)).toEqual({ status: "paid", refundedFen: 0 });
    expect(await userRow(userId)).toEqual({ points: 200, paid: 10_000, tier: "silver" });
    expect(await expectConsistent(userId)).toBe(200);
  });

  it("answers 503 PAYMENT_NOT_CONFIGURED for a WeChat Pay order when WeChat Pay is not configured", async () => {
    const { orderId } = await paidWechatOrder(1000);
    const res = await refund(orderId, { amountFen: 1000, reason: "未配置" });
    expect(res.status).toBe(503);
  });

  it("the audit cron settles a refund whose notification never arrived, by querying it", async () => {
    const { userId, orderId } = await paidWechatOrder(10_000);
    const { refund: pending } = (await (
      await refund(orderId, { amountFen: 10_000, reason: "通知丢失" }, undefined, loopbackEnv())
    ).json()) as RefundAnswer;
    await control.completeRefund(pending.outRefundNo, { status: "SUCCESS" }); // not delivered
    await env.DB.prepare("UPDATE refunds SET created_at = ? WHERE id = ?")
      .bind(Date.now() - 10 * 60_000, pending.id)
      .run();
    await runScheduled({ cron: "*/10 * * * *", scheduledTime: Date.now() }, wechat);
    expect(await refundRow(pending.id)).toMatchObject({ status: "succeeded" });
    expect(await orderState(orderId)).toEqual({ status: "refunded", refundedFen: 10_000 });
    expect(await userRow(userId)).toEqual({ points: 0, paid: 0, tier: "normal" });
  });
});
