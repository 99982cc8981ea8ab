import { beforeAll, describe, expect, it } from "vitest";
import { Browser } from "../api/auth/support";
import { errorOf } from "../helpers";
import { buyer, creditRows, ensurePlans, orderRow, userRow } from "./support";

beforeAll(ensurePlans);

describe("POST /api/v1/billing/orders", () => {
  it("creates a recharge order paid through the simulator in development, with a QR code URL and 30-minute expiry", async () => {
    const { order } = await buyer().then((b) => b.order({ kind: "recharge", amountFen: 1000 }));
    expect(order).toMatchObject({
      kind: "recharge",
      amountFen: 1000,
      points: 20,
      status: "paying",
      provider: "simulator",
    });
    expect(order?.outTradeNo).toMatch(/^[0-9A-Za-z_-]{6,32}$/);
    expect(order?.codeUrl).toMatch(/^weixin:\/\/wxpay\/bizpayurl\?pr=/);
    const minutes = (Date.parse(order?.expiresAt ?? "") - Date.parse(order?.createdAt ?? "")) / 60_000;
    expect(minutes).toBe(30);
  });

  it("answers the same order for the same Idempotency-Key, also for concurrent double submits", async () => {
    const b = await buyer();
    const key = crypto.randomUUID();
    const results = await Promise.all(
      Array.from({ length: 5 }, () => b.order({ kind: "recharge", amountFen: 2000 }, key)),
    );
    expect(results.map((r) => r.res.status)).toEqual([201, 201, 201, 201, 201]);
    expect(new Set(results.map((r) => r.order?.id)).size).toBe(1);
    const other = await b.order({ kind: "recharge", amountFen: 2000 });
    expect(other.order?.id).not.toBe(results[0]?.order?.id);
  });

  it("fixes a plan order's price and points from the plan", async () => {
    const { order } = await buyer().then((b) => b.order({ kind: "plan", planCode: "month" }));
    expect(order).toMatchObject({ kind: "plan", planCode: "month", amountFen: 5990, points: 400, status: "paying" });
  });

  it.each([
    [{ kind: "recharge", amountFen: 999 }, "amountFen"],
    [{ kind: "recharge", amountFen: 500_100 }, "amountFen"],
    [{ kind: "recharge", amountFen: 1050 }, "amountFen"],
    [{ kind: "recharge", amountFen: "1000" }, "amountFen"],
    [{ kind: "plan", planCode: "year" }, "planCode"],
    [{ kind: "gift" }, "kind"],
  ])("refuses %o with 400 VALIDATION_FAILED on %s and creates nothing", async (body, field) => {
    const b = await buyer();
    const { res } = await b.order(body);
    expect(res.status).toBe(400);
    const error = await errorOf(res);
    expect(error.code).toBe("VALIDATION_FAILED");
    expect(JSON.stringify(error.details)).toContain(field);
    const list = await b.browser.get("/billing/orders");
    expect(((await list.json()) as { items: unknown[] }).items).toEqual([]);
  });

  it("needs an Idempotency-Key and a session", async () => {
    const b = await buyer();
    const noKey = await b.browser.post("/billing/orders", { kind: "recharge", amountFen: 1000 });
    expect(noKey.status).toBe(400);
    const anonymous = await new Browser().post(
      "/billing/orders",
      { kind: "recharge", amountFen: 1000 },
      { "Idempotency-Key": crypto.randomUUID() },
    );
    expect(anonymous.status).toBe(401);
  });

  it("offers corporate transfer with bank details and a reference code, awaiting the bank", async () => {
    const { order } = await buyer().then((b) =>
      b.order({ kind: "recharge", amountFen: 100_000, payMethod: "transfer" }),
    );
    expect(order).toMatchObject({ provider: "transfer", status: "paying", codeUrl: null, expiresAt: null });
    expect(order?.transfer?.reference).toMatch(/^ZM[A-Z2-9]{8}$/);
    expect(order?.transfer?.accountNumber).toBeTruthy();
  });
});

describe("orders are owned", () => {
  it("answers 404 for someone else's order, its QR code and cancel", async () => {
    const owner = await buyer();
    const { order } = await owner.order({ kind: "recharge", amountFen: 1000 });
    const stranger = await buyer();
    for (const res of [
      await stranger.browser.get(`/billing/orders/${order?.id}`),
      await stranger.browser.get(`/billing/orders/${order?.id}/qr.svg`),
      await stranger.browser.post(`/billing/orders/${order?.id}/cancel`),
      await stranger.browser.post(`/dev/payments/${order?.id}/scan`),
    ]) {
      expect(res.status).toBe(404);
    }
  });
});

describe("paying through the simulator", () => {
  it("draws the QR code as SVG, and a simulated scan credits the order exactly once", async () => {
    const b = await buyer();
    const { order } = await b.order({ kind: "recharge", amountFen: 1000 });
    const qr = await b.browser.get(`/billing/orders/${order?.id}/qr.svg`);
    expect(qr.status).toBe(200);
    expect(qr.headers.get("Content-Type")).toBe("image/svg+xml");
    expect(await qr.text()).toMatch(/^<\?xml|^<svg/);

    const scans = await Promise.all([1, 2, 3].map(() => b.browser.post(`/dev/payments/${order?.id}/scan`)));
    expect(scans[0]?.status).toBe(202);
    expect((await orderRow(order?.id ?? ""))?.status).toBe("paid");
    expect(await creditRows(order?.id ?? "")).toBe(1);
    expect(await userRow(b.id)).toEqual({ points: 20, paid: 1000, tier: "bronze" });

    const ledger = (await (await b.browser.get("/points/ledger")).json()) as {
      items: { delta: number; reason: string }[];
    };
    expect(ledger.items).toEqual([expect.objectContaining({ delta: 20, reason: "recharge" })]);
    const me = (await (await b.browser.get("/me")).json()) as { user: { pointsBalance: number; tier: string } };
    expect(me.user).toMatchObject({ pointsBalance: 20, tier: "bronze" });
  });

  it("a plan purchase starts the membership and grants expiring points", async () => {
    const b = await buyer();
    const { order } = await b.order({ kind: "plan", planCode: "week" });
    await b.browser.post(`/dev/payments/${order?.id}/scan`);
    const me = (await (await b.browser.get("/me")).json()) as {
      user: { membership: { plan: string; endsAt: string } | null; pointsBalance: number; tier: string };
    };
    expect(me.user.membership?.plan).toBe("week");
    const days = (Date.parse(me.user.membership?.endsAt ?? "") - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThanOrEqual(7);
    expect(me.user).toMatchObject({ pointsBalance: 100, tier: "bronze" });
  });

  it("cancel closes an unpaid order; a closed order can no longer be scanned", async () => {
    const b = await buyer();
    const { order } = await b.order({ kind: "recharge", amountFen: 1000 });
    const cancelled = await b.browser.post(`/billing/orders/${order?.id}/cancel`);
    expect(((await cancelled.json()) as { order: { status: string } }).order.status).toBe("closed");
    expect((await b.browser.post(`/dev/payments/${order?.id}/scan`)).status).toBe(404);
    expect((await b.browser.get(`/billing/orders/${order?.id}/qr.svg`)).status).toBe(404);
    expect(await creditRows(order?.id ?? "")).toBe(0);
  });

  it("lists my orders newest first with a cursor", async () => {
    const b = await buyer();
    for (const amountFen of [1000, 2000, 3000]) await b.order({ kind: "recharge", amountFen });
    const first = (await (await b.browser.get("/billing/orders?limit=2")).json()) as {
      items: { amountFen: number }[];
      nextCursor: string;
    };
    expect(first.items.map((o) => o.amountFen)).toEqual([3000, 2000]);
    const second = (await (
      await b.browser.get(`/billing/orders?limit=2&cursor=${encodeURIComponent(first.nextCursor)}`)
    ).json()) as { items: { amountFen: number }[]; nextCursor: null };
    expect(second).toEqual({ items: [expect.objectContaining({ amountFen: 1000 })], nextCursor: null });
  });
});
