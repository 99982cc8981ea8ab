import { env } from "cloudflare:test";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  BUSINESS_CONFIG_TTL_MS,
  getBusinessConfig,
  invalidateBusinessConfigCache,
  readBusinessConfig,
} from "../../worker/modules/billing/config";
import { BUSINESS_CONFIG_KEY, DEFAULT_BUSINESS_CONFIG } from "../../worker/modules/billing/defaults";
import { db } from "../points/support";

const store = (value: unknown) =>
  env.DB.prepare(
    "INSERT INTO app_config (key, value_json) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json",
  )
    .bind(BUSINESS_CONFIG_KEY, JSON.stringify(value))
    .run();

// Storage may be shared with other test files: put back whatever row was there.
let original: string | null = null;
beforeAll(async () => {
  original = await env.DB.prepare("SELECT value_json AS v FROM app_config WHERE key = ?")
    .bind(BUSINESS_CONFIG_KEY)
    .first<string>("v");
});
afterEach(() => invalidateBusinessConfigCache());
afterAll(async () => {
  if (original === null) {
    await env.DB.prepare("DELETE FROM app_config WHERE key = ?").bind(BUSINESS_CONFIG_KEY).run();
  } else {
    await env.DB.prepare("UPDATE app_config SET value_json = ? WHERE key = ?")
      .bind(original, BUSINESS_CONFIG_KEY)
      .run();
  }
});

describe("business config", () => {
  it("falls back to the defaults without a stored row", async () => {
    await env.DB.prepare("DELETE FROM app_config WHERE key = ?").bind(BUSINESS_CONFIG_KEY).run();
    expect(await readBusinessConfig(db)).toEqual(DEFAULT_BUSINESS_CONFIG);
  });

  it("uses a valid stored config and ignores an invalid one", async () => {
    await store({ ...DEFAULT_BUSINESS_CONFIG, pointsPerYuan: 3 });
    expect((await readBusinessConfig(db)).pointsPerYuan).toBe(3);
    // Thresholds that do not rise by tier are refused as a whole.
    await store({
      ...DEFAULT_BUSINESS_CONFIG,
      tiers: DEFAULT_BUSINESS_CONFIG.tiers.map((t) => (t.code === "gold" ? { ...t, minPaidFen: 5 } : t)),
    });
    expect(await readBusinessConfig(db)).toEqual(DEFAULT_BUSINESS_CONFIG);
    await store({ nonsense: true });
    expect(await readBusinessConfig(db)).toEqual(DEFAULT_BUSINESS_CONFIG);
  });

  it("caches per isolate for a short time", async () => {
    const t = 1_000_000;
    await store({ ...DEFAULT_BUSINESS_CONFIG, pointsPerYuan: 4 });
    expect((await getBusinessConfig(db, t)).pointsPerYuan).toBe(4);
    await store({ ...DEFAULT_BUSINESS_CONFIG, pointsPerYuan: 5 });
    expect((await getBusinessConfig(db, t + BUSINESS_CONFIG_TTL_MS - 1)).pointsPerYuan).toBe(4);
    expect((await getBusinessConfig(db, t + BUSINESS_CONFIG_TTL_MS)).pointsPerYuan).toBe(5);
    await store({ ...DEFAULT_BUSINESS_CONFIG, pointsPerYuan: 6 });
    invalidateBusinessConfigCache();
    expect((await getBusinessConfig(db, t + BUSINESS_CONFIG_TTL_MS)).pointsPerYuan).toBe(6);
  });
});
