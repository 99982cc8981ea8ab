import { beforeAll, describe, expect, it } from "vitest";
import { buildSimulatedNotification, SIMULATOR_APPID, SIMULATOR_MCHID } from "../../worker/lib/wechatpay";
import type { Order } from "../../worker/modules/billing/schemas";
import { errorOf } from "../helpers";
import { control, loopbackEnv } from "../wechatpay/helpers";
import { anomaliesFor, browserWith, buyer, creditRows, deliver, ensurePlans, orderRow, userRow } from "./support";

beforeAll(ensurePlans);

/** A buyer with WeChat Pay configured against the loopback WeChat Pay server. */
async function wechatBuyer(body: unknown = { kind: "recharge", amountFen: 3000 }) {
  const b = await buyer();
  const res = await browserWith(b.browser, loopbackEnv(), "POST", "/billing/orders", body, {
    "Idempotency-Key": crypto.randomUUID(),
  });
  expect(res.status).toBe(201);
  const { order } = (await res.json()) as { order: Order };
  return { ...b, order };
}

const simulated = (
  order: { outTradeNo: string; amountFen: number },
  overrides: { mchid?: string; amountFen?: number; now?: Date } = {},
) =>
  buildSimulatedNotification({
    order: {
      outTradeNo: order.outTradeNo,
      amountFen: overrides.amountFen ?? order.amountFen,
      mchid: overrides.mchid ?? SIMULATOR_MCHID,
      appid: SIMULATOR_APPID,
    },
    transactionId: `T${crypto.randomUUID().slice(0, 8)}`,
    successTime: new Date(),
    now: overrides.now,
  });

describe("WeChat Pay Native against a WeChat Pay server on loopback", () => {
  it("creates the order at WeChat Pay with a signed request and shows its code_url", async () => {
    const { order } = await wechatBuyer();
    expect(order).toMatchObject({ provider: "wechatpay", status: "paying" });
    expect(order.codeUrl).toMatch(/^weixin:\/\//);
    const [request] = await control.requests(order.outTradeNo);
    expect(request).toBeDefined();
  });

  it("credits a genuine notification once, whatever number of concurrent duplicates arrive", async () => {
    const b = await wechatBuyer();
    const { notification } = await control.pay(b.order.outTradeNo);
    const answers = await Promise.all(Array.from({ length: 10 }, () => deliver(notification, loopbackEnv())));
    expect(answers.map((r) => r.status)).toEqual(Array(10).fill(204));
    expect((await orderRow(b.order.id))?.status).toBe("paid");
    expect(await creditRows(b.order.id)).toBe(1);
    expect(await userRow(b.id)).toEqual({ points: 60, paid: 3000, tier: "bronze" });
    // A replay long after is still a duplicate.
    expect((await deliver(notification, loopbackEnv())).status).toBe(204);
    expect(await creditRows(b.order.id)).toBe(1);
  });

  it.each([
    [
      "a tampered body",
      (n: { headers: Record<string, string>; body: string }) => ({ ...n, body: n.body.replace(/"id":"/, '"id":"x') }),
    ],
    [
      "a SIGNTEST probe",
      (n: { headers: Record<string, string>; body: string }) => ({
        ...n,
        headers: { ...n.headers, "Wechatpay-Signature": `WECHATPAY/SIGNTEST/${n.headers["Wechatpay-Signature"]}` },
      }),
    ],
    [
      "no signature",
      (n: { headers: Record<string, string>; body: string }) => ({
        ...n,
        headers: { ...n.headers, "Wechatpay-Signature": "" },
      }),
    ],
  ])("refuses %s with 401 SIGNATURE_INVALID and changes nothing", async (_name, forge) => {
    const b = await wechatBuyer();
    const { notification } = await control.pay(b.order.outTradeNo);
    const res = await deliver(forge(notification as { headers: Record<string, string>; body: string }), loopbackEnv());
    expect(res.status).toBe(401);
    expect((await errorOf(res)).code).toBe("SIGNATURE_INVALID");
    expect((await orderRow(b.order.id))?.status).toBe("paying");
    expect(await creditRows(b.order.id)).toBe(0);
  });

  it("refuses a notification signed with another key (the simulator's) when WeChat Pay is configured", async () => {
    const b = await wechatBuyer();
    const res = await deliver(await simulated(b.order), loopbackEnv());
    expect(res.status).toBe(401);
    expect(await creditRows(b.order.id)).toBe(0);
  });

  it("cancelling an order WeChat Pay already took money for credits it instead of closing it", async () => {
    const b = await wechatBuyer();
    await control.pay(b.order.outTradeNo);
    const res = await browserWith(b.browser, loopbackEnv(), "POST", `/billing/orders/${b.order.id}/cancel`);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { order: Order }).order.status).toBe("paid");
    expect(await creditRows(b.order.id)).toBe(1);
  });
});

describe("notifications checked against the order (simulator keys)", () => {
  async function simulatorOrder() {
    const b = await buyer();
    const { order } = await b.order({ kind: "recharge", amountFen: 1000 });
    if (!order) throw new Error("no order");
    return { ...b, order };
  }

  it("a stale notification (older than 5 minutes) is refused", async () => {
    const b = await simulatorOrder();
    const res = await deliver(await simulated(b.order, { now: new Date(Date.now() - 6 * 60_000) }));
    expect(res.status).toBe(401);
    expect(await creditRows(b.order.id)).toBe(0);
  });

  it("an amount that differs from the order credits nothing and raises an anomaly", async () => {
    const b = await simulatorOrder();
    expect((await deliver(await simulated(b.order, { amountFen: 1 }))).status).toBe(204);
    expect(await creditRows(b.order.id)).toBe(0);
    expect((await orderRow(b.order.id))?.status).toBe("paying");
    expect(await anomaliesFor(`order:${b.order.id}`)).toEqual(["notify_amount_mismatch"]);
  });

  it("a wrong mchid credits nothing and raises an anomaly", async () => {
    const b = await simulatorOrder();
    expect((await deliver(await simulated(b.order, { mchid: "1234567890" }))).status).toBe(204);
    expect(await creditRows(b.order.id)).toBe(0);
    expect(await anomaliesFor(`order:${b.order.id}`)).toEqual(["notify_merchant_mismatch"]);
  });

  it("an unknown order raises an anomaly once and is acknowledged", async () => {
    const outTradeNo = `ZMunknown${crypto.randomUUID().slice(0, 8)}`;
    for (let i = 0; i < 2; i++) {
      expect((await deliver(await simulated({ outTradeNo, amountFen: 1000 }))).status).toBe(204);
    }
    expect(await anomaliesFor(`out_trade_no:${outTradeNo}`)).toEqual(["notify_unknown_order"]);
  });

  it("a payment for a closed order is not credited and is flagged for review", async () => {
    const b = await simulatorOrder();
    await b.browser.post(`/billing/orders/${b.order.id}/cancel`);
    expect((await deliver(await simulated(b.order))).status).toBe(204);
    expect(await creditRows(b.order.id)).toBe(0);
    expect(await anomaliesFor(`order:${b.order.id}`)).toEqual(["paid_after_close"]);
  });
});

describe("production without WeChat Pay configured", () => {
  it("answers PAYMENT_NOT_CONFIGURED for new WeChat Pay orders and notifications", async () => {
    const b = await buyer();
    const create = await browserWith(
      b.browser,
      { APP_ENV: "production" },
      "POST",
      "/billing/orders",
      { kind: "recharge", amountFen: 1000 },
      { "Idempotency-Key": crypto.randomUUID() },
    );
    expect(create.status).toBe(503);
    expect((await errorOf(create)).code).toBe("PAYMENT_NOT_CONFIGURED");
    const notify = await deliver({ headers: {}, body: "{}" }, { APP_ENV: "production" });
    expect(notify.status).toBe(503);
  });
});
