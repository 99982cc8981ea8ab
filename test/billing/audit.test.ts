// The recharge audit cron ("*/10 * * * *"): reconciliation of expired orders, plan/points expiry, the
// consistency checks (each anomaly kind, recorded once) and the admin alerts (message + email, once).
import { createScheduledController, env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { runScheduled } from "../../worker/cron";
import { createDb } from "../../worker/db/client";
import { newId } from "../../worker/db/ids";
import { renderEmail } from "../../worker/lib/email/templates";
import { beijingDay } from "../../worker/modules/billing/audit";
import { createOrder } from "../../worker/modules/billing/orders";
import { settlePayment } from "../../worker/modules/billing/settlement";
import { applyPlanPurchase } from "../../worker/modules/membership/plans";
import { grant } from "../../worker/modules/points/ledger";
import { Browser, signedIn } from "../api/auth/support";
import worker from "../fixtures/worker";
import { eventually } from "../helpers";
import { expectConsistent, newUser } from "../points/support";
import { control, loopbackEnv } from "../wechatpay/helpers";
import { creditRows, ensurePlans, orderRow, userRow } from "./support";

const db = createDb(env.DB);
const CRON = "*/10 * * * *";
const HOUR = 60 * 60 * 1000;

beforeAll(ensurePlans);

/** Runs the audit cron through the Worker's scheduled handler (default test env: the simulator). */
async function runAudit(scheduledTime = Date.now()) {
  await worker.scheduled(createScheduledController({ cron: CRON, scheduledTime: new Date(scheduledTime) }), env);
}

/** The same cron with WeChat Pay configured against the loopback server. */
async function runAuditWithWechatPay() {
  await runScheduled({ cron: CRON, scheduledTime: Date.now() }, { ...env, ...loopbackEnv() } as Env);
}

async function insertOrder(
  userId: string,
  values: { status: string; amountFen?: number; points?: number; paidAt?: number | null; expiresAt?: number | null },
) {
  const id = newId();
  await env.DB.prepare(
    `INSERT INTO orders (id, out_trade_no, user_id, kind, amount_fen, points, status, provider, idempotency_key, paid_at, expires_at)
     VALUES (?, ?, ?, 'recharge', ?, ?, ?, 'simulator', ?, ?, ?)`,
  )
    .bind(
      id,
      `ZM${id}`,
      userId,
      values.amountFen ?? 1000,
      values.points ?? 20,
      values.status,
      crypto.randomUUID(),
      values.paidAt ?? null,
      values.expiresAt ?? null,
    )
    .run();
  return { id, outTradeNo: `ZM${id}`, amountFen: values.amountFen ?? 1000 };
}

/** A paying order settled as the notify route would: paid and credited. */
async function paidOrder(userId: string, amountFen = 1000) {
  const order = await insertOrder(userId, { status: "paying", amountFen, points: amountFen / 50 });
  const settled = await settlePayment(db, {
    outTradeNo: order.outTradeNo,
    transactionId: `T${order.id}`,
    amountFen,
    paidAt: new Date(),
  });
  expect(settled.outcome).toBe("credited");
  return order;
}

type AnomalyRow = { id: string; kind: string; ref: string; alertedAt: number | null };

async function anomalies(ref: string) {
  return (
    await env.DB.prepare("SELECT id, kind, ref, alerted_at AS alertedAt FROM anomalies WHERE ref = ? ORDER BY kind")
      .bind(ref)
      .all<AnomalyRow>()
  ).results;
}

async function messagesOf(userId: string) {
  return (
    await env.DB.prepare(
      "SELECT title, body, data_json AS data FROM messages WHERE user_id = ? AND kind = 'billing_anomaly'",
    )
      .bind(userId)
      .all<{ title: string; body: string; data: string }>()
  ).results.map((m) => ({ ...m, anomalyId: (JSON.parse(m.data) as { anomalyId: string }).anomalyId }));
}

async function anomalyMails(email: string) {
  return (
    await env.DB.prepare(
      "SELECT subject, text_body AS text, html FROM email_outbox WHERE to_address = ? AND template = 'billing-anomaly'",
    )
      .bind(email)
      .all<{ subject: string; text: string; html: string }>()
  ).results;
}

async function admin() {
  const account = await signedIn(new Browser());
  await env.DB.prepare("UPDATE users SET role = 'admin' WHERE id = ?").bind(account.id).run();
  return account;
}

describe("consistency checks", () => {
  it("finds each anomaly kind once, and alerts every admin once per anomaly (message + email)", async () => {
    const boss = await admin();
    const now = Date.now();

    // paid_without_credit: marked paid, never credited.
    const uncredited = await insertOrder(await newUser(), { status: "paid", paidAt: now });
    // credit_amount_mismatch: credited, then the order's points changed behind the ledger's back.
    const drifted = await paidOrder(await newUser(), 2000);
    await env.DB.prepare("UPDATE orders SET points = 41 WHERE id = ?").bind(drifted.id).run();
    // credit_without_paid_order: a recharge credit for an order that was closed.
    const closedUser = await newUser();
    const closed = await insertOrder(closedUser, { status: "closed" });
    const stray = await grant(db, {
      userId: closedUser,
      points: 20,
      reason: "recharge",
      refType: "order",
      refId: closed.id,
      idempotencyKey: `order:${closed.id}`,
    });
    // balance_mismatch (recent ledger activity): cached 70, ledger 50.
    const drift = await newUser();
    await grant(db, { userId: drift, points: 50, reason: "admin_adjust", idempotencyKey: `adj:${drift}` });
    await env.DB.prepare("UPDATE users SET points_balance = 70 WHERE id = ?").bind(drift).run();
    // balance_mismatch without ledger activity: only the hourly full scan sees it.
    const silent = await newUser();
    await env.DB.prepare("UPDATE users SET points_balance = 5 WHERE id = ?").bind(silent).run();
    // Raised by settlement (not by the audit): a payment whose amount differs from the order.
    const mismatched = await insertOrder(await newUser(), { status: "paying", amountFen: 3000, points: 60 });
    await settlePayment(db, {
      outTradeNo: mismatched.outTradeNo,
      transactionId: "X1",
      amountFen: 1,
      paidAt: new Date(),
    });

    // At minute 0–9 of an hour the run includes the full balance scan.
    const topOfHour = now - (now % HOUR) + 60_000;
    await runAudit(topOfHour <= now ? topOfHour : topOfHour - HOUR);

    const expected: [string, string][] = [
      [`order:${uncredited.id}`, "paid_without_credit"],
      [`order:${drifted.id}`, "credit_amount_mismatch"],
      [`ledger:${stray.entry.id}`, "credit_without_paid_order"],
      [`user:${drift}:diff:20`, "balance_mismatch"],
      [`user:${silent}:diff:5`, "balance_mismatch"],
      [`day:${beijingDay(now)}`, "daily_total_mismatch"],
      [`order:${mismatched.id}`, "notify_amount_mismatch"],
    ];
    const found: AnomalyRow[] = [];
    for (const [ref, kind] of expected) {
      const rows = await anomalies(ref);
      expect(
        rows.map((r) => r.kind),
        ref,
      ).toEqual([kind]);
      expect(rows[0]?.alertedAt, `${ref} alerted`).toBeTypeOf("number");
      found.push(rows[0] as AnomalyRow);
    }

    // One message per anomaly for the admin, in Chinese.
    const messages = await messagesOf(boss.id);
    for (const anomaly of found) {
      expect(
        messages.filter((m) => m.anomalyId === anomaly.id),
        anomaly.kind,
      ).toHaveLength(1);
    }
    const paidWithout = messages.find((m) => m.anomalyId === found[0]?.id);
    expect(paidWithout?.title).toBe("账务异常：订单已支付但未入账积分");
    expect(paidWithout?.body).toContain(`order:${uncredited.id}`);
    // And one email per alerted anomaly (through the queue; dev outbox).
    const mails = await eventually(async () => {
      const rows = await anomalyMails(boss.email);
      return rows.length >= found.length ? rows : undefined;
    });
    expect(mails.some((m) => m.subject === "职麦账务异常：paid_without_credit")).toBe(true);
    expect(mails.find((m) => m.subject.endsWith("paid_without_credit"))?.text).toContain(`order:${uncredited.id}`);

    // A second run records nothing new and alerts nobody again.
    const messageCount = messages.length;
    const mailCount = mails.length;
    await runAudit(topOfHour <= now ? topOfHour : topOfHour - HOUR);
    for (const [ref, kind] of expected) expect((await anomalies(ref)).map((r) => r.kind)).toEqual([kind]);
    expect(await messagesOf(boss.id)).toHaveLength(messageCount);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await anomalyMails(boss.email)).toHaveLength(mailCount);
  });

  it("leaves consistent billing alone", async () => {
    const user = await newUser();
    const order = await paidOrder(user, 5000);
    await runAudit();
    expect(await anomalies(`order:${order.id}`)).toEqual([]);
    expect(await expectConsistent(user)).toBe(100);
  });

  it("records a balance mismatch again only when the discrepancy changes", async () => {
    const user = await newUser();
    await grant(db, { userId: user, points: 10, reason: "admin_adjust", idempotencyKey: `adj:${user}` });
    await env.DB.prepare("UPDATE users SET points_balance = 13 WHERE id = ?").bind(user).run();
    await runAudit();
    await runAudit();
    await env.DB.prepare("UPDATE users SET points_balance = 11 WHERE id = ?").bind(user).run();
    await runAudit();
    const refs = (
      await env.DB.prepare("SELECT ref FROM anomalies WHERE kind = 'balance_mismatch' AND ref LIKE ? ORDER BY ref")
        .bind(`user:${user}:%`)
        .all<{ ref: string }>()
    ).results.map((r) => r.ref);
    expect(refs).toEqual([`user:${user}:diff:1`, `user:${user}:diff:3`]);
  });
});

describe("reconciliation of paying orders past expiry", () => {
  const wechat = { ...env, ...loopbackEnv() } as Env;

  async function expiredWechatOrder() {
    const userId = await newUser();
    const { order } = await createOrder(db, wechat, {
      userId,
      idempotencyKey: crypto.randomUUID(),
      body: { kind: "recharge", amountFen: 3000, payMethod: "wechatpay" },
      now: new Date(),
    });
    expect(order).toMatchObject({ provider: "wechatpay", status: "paying" });
    await env.DB.prepare("UPDATE orders SET expires_at = ? WHERE id = ?")
      .bind(Date.now() - 60_000, order.id)
      .run();
    return { userId, order };
  }

  it("credits once an order WeChat Pay says was paid (the notification never arrived)", async () => {
    const { userId, order } = await expiredWechatOrder();
    await control.pay(order.outTradeNo);
    await runAuditWithWechatPay();
    expect((await orderRow(order.id))?.status).toBe("paid");
    expect(await creditRows(order.id)).toBe(1);
    await runAuditWithWechatPay();
    expect(await creditRows(order.id)).toBe(1);
    expect(await userRow(userId)).toEqual({ points: 60, paid: 3000, tier: "bronze" });
  });

  it("closes an unpaid one, at WeChat Pay too", async () => {
    const { userId, order } = await expiredWechatOrder();
    await runAuditWithWechatPay();
    expect((await orderRow(order.id))?.status).toBe("closed");
    const closes = await control.requests(`${order.outTradeNo}/close`);
    expect(closes).toHaveLength(1);
    expect(closes[0]?.authError).toBeNull();
    expect(await creditRows(order.id)).toBe(0);
    expect(await userRow(userId)).toMatchObject({ points: 0, paid: 0 });
  });

  it("closes simulator orders past expiry and leaves unexpired ones", async () => {
    const userId = await newUser();
    const stale = await insertOrder(userId, { status: "paying", expiresAt: Date.now() - 1000 });
    const fresh = await insertOrder(userId, { status: "paying", expiresAt: Date.now() + 30 * 60_000 });
    await runAudit();
    expect((await orderRow(stale.id))?.status).toBe("closed");
    expect((await orderRow(fresh.id))?.status).toBe("paying");
  });
});

describe("plan and points expiry", () => {
  it("expires the points of an ended plan with their own ledger rows", async () => {
    const userId = await newUser();
    const orderId = newId();
    const bought = new Date(Date.now() - 10 * 24 * HOUR);
    const plan = await applyPlanPurchase(db, { userId, planCode: "week", days: 7, points: 100, orderId, now: bought });
    expect(plan.membership.endsAt.getTime()).toBeLessThan(Date.now());
    await runAudit();
    const expired = await env.DB.prepare("SELECT delta, reason FROM points_ledger WHERE idempotency_key = ?")
      .bind(`expire:${plan.entry.id}`)
      .first<{ delta: number; reason: string }>();
    expect(expired).toEqual({ delta: -100, reason: "expire" });
    expect(await expectConsistent(userId)).toBe(0);
  });
});

describe("billing-anomaly email", () => {
  it("renders in both languages and escapes what it interpolates", () => {
    const data = {
      name: "管理员",
      kind: "paid_without_credit",
      ref: "order:<b>x</b>",
      summary: `a="1" & <i>`,
      link: "https://zhimai.example.com/admin",
    };
    const zh = renderEmail("billing-anomaly", "zh-CN", data);
    const en = renderEmail("billing-anomaly", "en", data);
    expect(zh.subject).toBe("职麦账务异常：paid_without_credit");
    expect(en.subject).toBe("Zhimai billing anomaly: paid_without_credit");
    expect(zh.text).toContain("order:<b>x</b>");
    for (const mail of [zh, en]) {
      expect(mail.html).not.toContain("<b>x</b>");
      expect(mail.html).toContain("order:&lt;b&gt;x&lt;/b&gt;");
      expect(mail.html).toContain('href="https://zhimai.example.com/admin"');
    }
    expect(() => renderEmail("billing-anomaly", "en", { ...data, link: "javascript:alert(1)" })).toThrow(
      /invalid data/,
    );
  });
});
