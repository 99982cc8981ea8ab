import { env } from "cloudflare:test";
import { type SQL, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_BUSINESS_CONFIG } from "../../worker/modules/billing/defaults";
import { applyPlanPurchase, DAY_MS, expireMemberships, getMembership } from "../../worker/modules/membership/plans";
import { balance, expire, spend } from "../../worker/modules/points/ledger";
import { db, ensurePlans, expectConsistent, lots, newUser, rowsOf } from "../points/support";

beforeAll(ensurePlans);

const WEEK = { planCode: "week" as const, days: 7, points: 100 };
const MONTH = { planCode: "month" as const, days: 30, points: 400 };

describe("applyPlanPurchase", () => {
  it("a second purchase extends the running plan by its days, and the earlier plan points with it", async () => {
    const userId = await newUser();
    const start = new Date(Date.now() + 60_000);
    const week = await applyPlanPurchase(db, { userId, ...WEEK, orderId: `w-${userId}`, now: start });
    expect(week.applied).toBe(true);
    expect(week.membership).toEqual({
      planCode: "week",
      startsAt: start,
      endsAt: new Date(start.getTime() + 7 * DAY_MS),
    });
    expect(week.entry).toMatchObject({
      delta: 100,
      reason: "plan",
      refType: "order",
      refId: `w-${userId}`,
      remaining: 100,
    });

    // Half of the week's points are spent before the month is bought.
    await spend(db, { userId, points: 50, idempotencyKey: `p:${userId}:s`, now: start });

    const twoDaysLater = new Date(start.getTime() + 2 * DAY_MS);
    const month = await applyPlanPurchase(db, { userId, ...MONTH, orderId: `m-${userId}`, now: twoDaysLater });
    const end = new Date(start.getTime() + 37 * DAY_MS);
    expect(month.membership).toEqual({ planCode: "month", startsAt: start, endsAt: end });
    expect(month.balance).toBe(450);
    // Every live plan lot now ends with the plan.
    expect(await lots(userId)).toEqual([
      expect.objectContaining({ key: `order:w-${userId}`, remaining: 50, expiresAt: end.getTime() }),
      expect.objectContaining({ key: `order:m-${userId}`, remaining: 400, expiresAt: end.getTime() }),
    ]);
    expect((await getMembership(db, userId))?.endsAt).toEqual(end);

    // Nothing expires before the end; everything left expires at it.
    expect(await expire(db, new Date(end.getTime() - 1), { userId })).toMatchObject({ lots: 0 });
    expect(await expire(db, end, { userId })).toEqual({ lots: 2, points: 450, more: false });
    expect(await balance(db, userId)).toBe(0);
    await expectConsistent(userId);
  });

  it("a purchase after the plan ended starts now; the ended plan's points are not revived", async () => {
    const userId = await newUser();
    const t0 = new Date(Date.now() + 60_000);
    await applyPlanPurchase(db, { userId, ...WEEK, orderId: `w-${userId}`, now: t0 });
    const later = new Date(t0.getTime() + 9 * DAY_MS);
    const month = await applyPlanPurchase(db, { userId, ...MONTH, orderId: `m-${userId}`, now: later });
    expect(month.membership).toEqual({
      planCode: "month",
      startsAt: later,
      endsAt: new Date(later.getTime() + 30 * DAY_MS),
    });
    const [weekLot, monthLot] = await lots(userId);
    expect(weekLot).toMatchObject({ remaining: 100, expiresAt: t0.getTime() + 7 * DAY_MS });
    expect(monthLot).toMatchObject({ remaining: 400, expiresAt: later.getTime() + 30 * DAY_MS });
    // The week's points are dead: only the month's 400 are spendable until the sweep removes them.
    await expect(spend(db, { userId, points: 401, idempotencyKey: `p:${userId}:s`, now: later })).rejects.toMatchObject(
      {
        code: "INSUFFICIENT_POINTS",
      },
    );
    expect(await expireMemberships(db, later)).toMatchObject({ lots: expect.any(Number) });
    expect(await balance(db, userId)).toBe(400);
    await expectConsistent(userId);
  });

  it("is idempotent by order, also under concurrent deliveries", async () => {
    const userId = await newUser();
    const now = new Date(Date.now() + 60_000);
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        applyPlanPurchase(db, {
          userId,
          ...WEEK,
          orderId: `w-${userId}`,
          now,
          payment: { amountFen: 1990, config: DEFAULT_BUSINESS_CONFIG },
        }),
      ),
    );
    expect(results.filter((r) => r.applied)).toHaveLength(1);
    for (const r of results) expect(r.membership.endsAt).toEqual(new Date(now.getTime() + 7 * DAY_MS));
    expect(await balance(db, userId)).toBe(100);
    const user = await env.DB.prepare("SELECT total_paid_fen AS paid, tier FROM users WHERE id = ?")
      .bind(userId)
      .first();
    expect(user).toEqual({ paid: 1990, tier: "bronze" });
    expect((await rowsOf(userId)).filter((r) => r.reason === "plan")).toHaveLength(1);
    await expectConsistent(userId);
  });

  it("concurrent purchases of different orders each extend the plan once", async () => {
    const userId = await newUser();
    const now = new Date(Date.now() + 60_000);
    await Promise.all(
      Array.from({ length: 5 }, (_, i) => applyPlanPurchase(db, { userId, ...WEEK, orderId: `w${i}-${userId}`, now })),
    );
    const membership = await getMembership(db, userId);
    expect(membership?.startsAt).toEqual(now);
    expect(membership?.endsAt).toEqual(new Date(now.getTime() + 35 * DAY_MS));
    const allLots = await lots(userId);
    expect(allLots).toHaveLength(5);
    for (const lot of allLots) expect(lot.expiresAt).toBe(now.getTime() + 35 * DAY_MS);
    expect(await expectConsistent(userId)).toBe(500);
  });

  it("composes with the caller's statements: `when` gates the purchase, `after` runs only when applied", async () => {
    const userId = await newUser();
    const now = new Date(Date.now() + 60_000);
    await expect(
      applyPlanPurchase(db, { userId, ...WEEK, orderId: `w-${userId}`, now }, { when: sql`0` }),
    ).rejects.toMatchObject({ code: "CONFLICT", details: { reason: "precondition_failed" } });
    expect(await getMembership(db, userId)).toBeNull();

    const key = `test:after:${userId}`;
    const options = {
      after: (applied: SQL) => [
        sql`INSERT INTO app_config (key, value_json) SELECT ${key}, '1' WHERE ${applied}
          ON CONFLICT (key) DO UPDATE SET value_json = value_json + 1`,
      ],
    };
    await applyPlanPurchase(db, { userId, ...WEEK, orderId: `w-${userId}`, now }, options);
    await applyPlanPurchase(db, { userId, ...WEEK, orderId: `w-${userId}`, now }, options);
    expect(await env.DB.prepare("SELECT value_json AS v FROM app_config WHERE key = ?").bind(key).first("v")).toBe("1");
    await env.DB.prepare("DELETE FROM app_config WHERE key = ?").bind(key).run();
  });

  it("refuses unknown users and a reused order id for a different purchase", async () => {
    const now = new Date();
    await expect(applyPlanPurchase(db, { userId: "nobody", ...WEEK, orderId: "x", now })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const userId = await newUser();
    await applyPlanPurchase(db, { userId, ...WEEK, orderId: `o-${userId}`, now });
    await expect(applyPlanPurchase(db, { userId, ...MONTH, orderId: `o-${userId}`, now })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });
});
