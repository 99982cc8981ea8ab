import { env } from "cloudflare:test";
import { asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { createDb } from "../../worker/db/client";
import { plans } from "../../worker/db/schema";
import { D1Stats, meteredD1, serverTiming } from "../../worker/lib/d1-metrics";

beforeAll(async () => {
  await env.DB.prepare(
    "INSERT INTO plans (code, name_zh, name_en, price_fen, days, points, sort) VALUES ('week', '周卡', 'Weekly', 1990, 7, 100, 1), ('month', '月卡', 'Monthly', 5990, 30, 400, 2) ON CONFLICT DO NOTHING",
  ).run();
});

describe("metered D1", () => {
  it("gives drizzle the same answers as the bare binding while counting rows read", async () => {
    const stats = new D1Stats();
    const metered = createDb(meteredD1(env.DB, stats));
    const bare = createDb(env.DB);
    const query = (db: typeof bare) =>
      db.select({ code: plans.code, price: plans.priceFen }).from(plans).orderBy(asc(plans.sort));
    expect(await query(metered)).toEqual(await query(bare));
    expect(await metered.query.plans.findFirst({ where: eq(plans.code, "month") })).toEqual(
      await bare.query.plans.findFirst({ where: eq(plans.code, "month") }),
    );
    expect(stats.queries).toBe(2);
    expect(stats.rowsRead).toBeGreaterThanOrEqual(2);
  });

  it("answers raw() with column names and first(column) like D1 does", async () => {
    const stats = new D1Stats();
    const db = meteredD1(env.DB, stats);
    const sql = "SELECT code, days FROM plans WHERE code IN ('week', 'month') ORDER BY sort";
    expect(await db.prepare(sql).raw({ columnNames: true })).toEqual(
      await env.DB.prepare(sql).raw({ columnNames: true }),
    );
    expect(await db.prepare("SELECT days FROM plans WHERE code = ?").bind("week").first("days")).toBe(7);
    expect(await db.prepare("SELECT days FROM plans WHERE code = ?").bind("none").first()).toBeNull();
    expect(stats.queries).toBe(3);
  });

  it("sums rows over a batch and writes", async () => {
    const stats = new D1Stats();
    const db = meteredD1(env.DB, stats);
    await db.batch([db.prepare("UPDATE plans SET sort = sort WHERE code = 'week'"), db.prepare("SELECT * FROM plans")]);
    expect(stats.rowsWritten).toBeGreaterThanOrEqual(0);
    expect(stats.rowsRead).toBeGreaterThanOrEqual(2);
    expect(serverTiming(stats, 12.345)).toMatch(/^db;dur=[\d.]+;desc="rows=\d+", total;dur=12\.3$/);
  });
});
