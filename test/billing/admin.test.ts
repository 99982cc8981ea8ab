// /api/v1/admin billing routes: role checks (support reads, admin writes), order search, corporate transfer
// received (credited once, one audit row), anomalies list and resolve.
import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { createDb } from "../../worker/db/client";
import { recordAnomaly } from "../../worker/modules/billing/anomalies";
import { Browser, signedIn } from "../api/auth/support";
import { errorOf, ORIGIN } from "../helpers";
import { expectConsistent } from "../points/support";
import { buyer, creditRows, ensurePlans, orderRow, userRow } from "./support";

const db = createDb(env.DB);

type Account = Awaited<ReturnType<typeof signedIn>>;
let admin: Account;
let support: Account;
let plainUser: Account;

async function withRole(role: "admin" | "support" | "user") {
  const account = await signedIn(new Browser());
  await env.DB.prepare("UPDATE users SET role = ? WHERE id = ?").bind(role, account.id).run();
  return account;
}

beforeAll(async () => {
  await ensurePlans();
  [admin, support, plainUser] = await Promise.all([withRole("admin"), withRole("support"), withRole("user")]);
});

async function transferOrder(amountFen = 20_000) {
  const b = await buyer();
  const { order } = await b.order({ kind: "recharge", amountFen, payMethod: "transfer" });
  if (!order?.transfer) throw new Error("no transfer order");
  return { buyer: b, order };
}

async function auditRows(targetId: string) {
  return (
    await env.DB.prepare(
      "SELECT action, admin_user_id AS adminUserId, target_type AS targetType, details_json AS details, ip FROM admin_audit_log WHERE target_id = ?",
    )
      .bind(targetId)
      .all<{ action: string; adminUserId: string; targetType: string; details: string; ip: string }>()
  ).results;
}

describe("role checks", () => {
  const someId = "00000000000000000000aa";
  const routes: [string, string, unknown?][] = [
    ["GET", "/admin/orders"],
    ["GET", `/admin/orders/${someId}`],
    ["GET", "/admin/anomalies?status=open"],
    ["POST", `/admin/orders/${someId}/transfer-received`, { amountFen: 1000 }],
    ["POST", `/admin/orders/${someId}/refund`, { amountFen: 1000, reason: "x" }],
    ["POST", `/admin/anomalies/${someId}/resolve`, {}],
  ];

  it.each(routes)("%s %s: 401 without a session, 403 FORBIDDEN for a user", async (method, path, body) => {
    const headers = { "Idempotency-Key": crypto.randomUUID() };
    const anonymous = await new Browser().request(method, path, body, headers);
    expect(anonymous.status).toBe(401);
    expect((await errorOf(anonymous)).code).toBe("UNAUTHENTICATED");
    const user = await plainUser.browser.request(method, path, body, headers);
    expect(user.status).toBe(403);
    expect((await errorOf(user)).code).toBe("FORBIDDEN");
  });

  it("support may read but not write", async () => {
    expect((await support.browser.get("/admin/orders")).status).toBe(200);
    expect((await support.browser.get("/admin/anomalies")).status).toBe(200);
    const { order } = await transferOrder();
    const write = await support.browser.post(`/admin/orders/${order.id}/transfer-received`, { amountFen: 20_000 });
    expect(write.status).toBe(403);
    expect((await orderRow(order.id))?.status).toBe("paying");
  });

  it("refuses an admin write without the app's Origin (CSRF)", async () => {
    const { order } = await transferOrder();
    const res = await admin.browser.post(
      `/admin/orders/${order.id}/transfer-received`,
      { amountFen: 20_000 },
      { Origin: "https://evil.example" },
    );
    expect(res.status).toBe(403);
    expect((await errorOf(res)).code).toBe("CSRF_REJECTED");
    expect(ORIGIN).not.toBe("https://evil.example");
  });
});

describe("GET /api/v1/admin/orders", () => {
  it("finds an order by transfer reference, outTradeNo, id and the buyer's email; filters and pages", async () => {
    const { buyer: b, order } = await transferOrder(30_000);
    const find = async (query: string) =>
      (await (await admin.browser.get(`/admin/orders?${query}`)).json()) as {
        items: { id: string; userEmail: string; transferReference: string; refundedFen: number }[];
        nextCursor: string | null;
      };
    for (const q of [
      order.transfer?.reference ?? "",
      order.transfer?.reference.toLowerCase() ?? "",
      order.outTradeNo,
      order.id,
    ]) {
      const page = await find(`q=${encodeURIComponent(q)}`);
      expect(page.items.map((o) => o.id)).toEqual([order.id]);
      expect(page.items[0]).toMatchObject({
        userEmail: b.email,
        transferReference: order.transfer?.reference,
        refundedFen: 0,
      });
    }
    const second = await b.order({ kind: "recharge", amountFen: 1000 });
    const byEmail = await find(`q=${encodeURIComponent(b.email.toUpperCase())}`);
    expect(byEmail.items.map((o) => o.id)).toEqual([second.order?.id, order.id]);
    const transfers = await find(`q=${encodeURIComponent(b.email)}&provider=transfer&status=paying`);
    expect(transfers.items.map((o) => o.id)).toEqual([order.id]);
    const firstPage = await find(`q=${encodeURIComponent(b.email)}&limit=1`);
    expect(firstPage.items.map((o) => o.id)).toEqual([second.order?.id]);
    const nextPage = await find(
      `q=${encodeURIComponent(b.email)}&limit=1&cursor=${encodeURIComponent(firstPage.nextCursor ?? "")}`,
    );
    expect(nextPage).toMatchObject({ items: [expect.objectContaining({ id: order.id })], nextCursor: null });
    expect((await find("q=nobody%40example.com")).items).toEqual([]);

    const bad = await admin.browser.get("/admin/orders?status=lost");
    expect(bad.status).toBe(400);
    expect((await errorOf(bad)).code).toBe("VALIDATION_FAILED");
  });

  it("shows one order with its refunds, 404 for an unknown id", async () => {
    const { order } = await transferOrder();
    const res = await support.browser.get(`/admin/orders/${order.id}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ order: { id: order.id, status: "paying" }, refunds: [] });
    expect((await admin.browser.get("/admin/orders/unknown")).status).toBe(404);
  });
});

describe("POST /api/v1/admin/orders/:id/transfer-received", () => {
  it("marks the transfer order paid and credits it, with one audit row", async () => {
    const { buyer: b, order } = await transferOrder(20_000);
    const res = await admin.browser.post(`/admin/orders/${order.id}/transfer-received`, {
      amountFen: 20_000,
      note: "工行回单 0423",
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { order: { status: string; paidAt: string | null }; credited: boolean };
    expect(body).toMatchObject({ credited: true, order: { status: "paid" } });
    expect(body.order.paidAt).toBeTruthy();
    expect((await orderRow(order.id))?.txid).toBe(`transfer:${order.transfer?.reference}`);
    expect(await creditRows(order.id)).toBe(1);
    expect(await userRow(b.id)).toEqual({ points: 400, paid: 20_000, tier: "silver" });
    const rows = await auditRows(order.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: "order.transfer_received",
      adminUserId: admin.id,
      targetType: "order",
      ip: admin.browser.ip,
    });
    expect(JSON.parse(rows[0]?.details ?? "{}")).toMatchObject({ amountFen: 20_000, note: "工行回单 0423" });

    // The user sees it paid.
    const mine = (await (await b.browser.get(`/billing/orders/${order.id}`)).json()) as { order: { status: string } };
    expect(mine.order.status).toBe("paid");
  });

  it("is idempotent: repeats (also concurrent) credit once and log once", async () => {
    const { buyer: b, order } = await transferOrder(10_000);
    const answers = await Promise.all(
      [1, 2, 3, 4].map(() => admin.browser.post(`/admin/orders/${order.id}/transfer-received`, { amountFen: 10_000 })),
    );
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    const credited = await Promise.all(answers.map(async (r) => ((await r.json()) as { credited: boolean }).credited));
    expect(credited.filter(Boolean)).toHaveLength(1);
    const again = await admin.browser.post(`/admin/orders/${order.id}/transfer-received`, { amountFen: 10_000 });
    expect(await again.json()).toMatchObject({ credited: false, order: { status: "paid" } });
    expect(await creditRows(order.id)).toBe(1);
    expect(await auditRows(order.id)).toHaveLength(1);
    expect(await expectConsistent(b.id)).toBe(200);
  });

  it("refuses an amount that differs from the order with 400, and non-transfer orders with 409", async () => {
    const { buyer: b, order } = await transferOrder(20_000);
    for (const amountFen of [19_900, 20_100]) {
      const res = await admin.browser.post(`/admin/orders/${order.id}/transfer-received`, { amountFen });
      expect(res.status).toBe(400);
      const error = await errorOf(res);
      expect(error.code).toBe("VALIDATION_FAILED");
      expect(JSON.stringify(error.details)).toContain("amountFen");
    }
    expect(
      (await admin.browser.post(`/admin/orders/${order.id}/transfer-received`, { amountFen: "20000" })).status,
    ).toBe(400);
    expect((await orderRow(order.id))?.status).toBe("paying");
    expect(await userRow(b.id)).toMatchObject({ points: 0 });
    expect(await auditRows(order.id)).toEqual([]);

    const wechat = await b.order({ kind: "recharge", amountFen: 1000 });
    const res = await admin.browser.post(`/admin/orders/${wechat.order?.id}/transfer-received`, { amountFen: 1000 });
    expect(res.status).toBe(409);
    expect((await admin.browser.post("/admin/orders/unknown/transfer-received", { amountFen: 1000 })).status).toBe(404);
  });
});

describe("anomalies", () => {
  it("lists open anomalies and resolves one with an audit row; resolving again changes nothing", async () => {
    const ref = `order:test-${crypto.randomUUID()}`;
    await recordAnomaly(db, "paid_without_credit", ref, { orderId: "x" });
    const list = async (query: string) =>
      (await (await support.browser.get(`/admin/anomalies?${query}`)).json()) as {
        items: { id: string; ref: string; status: string; details: unknown; resolvedByUserId: string | null }[];
        nextCursor: string | null;
      };
    const open = await list("status=open&kind=paid_without_credit&limit=100");
    const anomaly = open.items.find((a) => a.ref === ref);
    expect(anomaly).toMatchObject({ status: "open", details: { orderId: "x" } });

    const resolved = await admin.browser.post(`/admin/anomalies/${anomaly?.id}/resolve`, { note: "已人工补发" });
    expect(resolved.status).toBe(200);
    expect(await resolved.json()).toMatchObject({ anomaly: { status: "resolved", resolvedByUserId: admin.id } });
    const again = await admin.browser.post(`/admin/anomalies/${anomaly?.id}/resolve`);
    expect(again.status).toBe(200);
    const rows = await auditRows(anomaly?.id ?? "");
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: "anomaly.resolve", targetType: "anomaly", adminUserId: admin.id });

    expect((await list("status=open&limit=100")).items.some((a) => a.ref === ref)).toBe(false);
    expect((await list("status=resolved&limit=100")).items.some((a) => a.ref === ref)).toBe(true);
    expect((await admin.browser.post("/admin/anomalies/unknown/resolve", {})).status).toBe(404);
    expect((await support.browser.get("/admin/anomalies?status=closed")).status).toBe(400);
  });
});
