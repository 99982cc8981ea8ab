import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { PlanListSchema } from "../../worker/modules/billing/schemas";
import { api } from "../helpers";

beforeAll(async () => {
  await env.DB.batch([
    env.DB.prepare("DELETE FROM plans"),
    env.DB.prepare(
      "INSERT INTO plans (code, name_zh, name_en, price_fen, days, points, active, sort) VALUES ('week', '周卡', 'Weekly', 1990, 7, 100, 1, 1)",
    ),
    env.DB.prepare(
      "INSERT INTO plans (code, name_zh, name_en, price_fen, days, points, active, sort) VALUES ('quarter', '季卡', 'Quarterly', 14900, 90, 1200, 1, 3)",
    ),
    env.DB.prepare(
      "INSERT INTO plans (code, name_zh, name_en, price_fen, days, points, active, sort) VALUES ('month', '月卡', 'Monthly', 5990, 30, 400, 0, 2)",
    ),
  ]);
});

describe("GET /api/v1/billing/plans", () => {
  it("lists active plans in display order, named in Chinese by default", async () => {
    const res = await api("/api/v1/billing/plans");
    expect(res.status).toBe(200);
    const body = PlanListSchema.parse(await res.json());
    expect(body.items).toEqual([
      { code: "week", name: "周卡", priceFen: 1990, days: 7, points: 100 },
      { code: "quarter", name: "季卡", priceFen: 14900, days: 90, points: 1200 },
    ]);
  });

  it("names plans in English for English callers", async () => {
    const res = await api("/api/v1/billing/plans", { headers: { "Accept-Language": "en" } });
    expect(PlanListSchema.parse(await res.json()).items.map((p) => p.name)).toEqual(["Weekly", "Quarterly"]);
  });

  it("counts the rows D1 read in Server-Timing", async () => {
    const res = await api("/api/v1/billing/plans");
    const rows = Number(res.headers.get("Server-Timing")?.match(/desc="rows=(\d+)"/)?.[1]);
    expect(rows).toBeGreaterThanOrEqual(3);
  });
});
