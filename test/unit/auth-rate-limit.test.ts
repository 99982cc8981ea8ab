import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { createDb } from "../../worker/db/client";
import { AppError } from "../../worker/lib/errors";
import { brake, enforceLimits, hitLimits } from "../../worker/lib/rate-limit";
import { hashToken, randomToken } from "../../worker/lib/tokens";

const db = createDb(env.DB);
const key = () => `test:${crypto.randomUUID()}`;

describe("fixed-window counters", () => {
  it("counts exactly under concurrency: of 20 simultaneous hits, exactly `limit` pass", async () => {
    const rule = { key: key(), limit: 7, windowMs: 3600_000 };
    const now = Date.now();
    const results = (await Promise.all(Array.from({ length: 20 }, () => hitLimits(db, [rule], now)))).flat();
    expect(results.filter((r) => r.allowed)).toHaveLength(7);
    expect(results.map((r) => r.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it("restarts in the next window and reports the seconds left in this one", async () => {
    const rule = { key: key(), limit: 1, windowMs: 60_000 };
    const start = Math.floor(Date.now() / 60_000) * 60_000;
    expect((await hitLimits(db, [rule], start + 15_000))[0]).toMatchObject({ allowed: true, count: 1 });
    expect((await hitLimits(db, [rule], start + 20_000))[0]).toEqual({ allowed: false, count: 2, retryAfter: 40 });
    expect((await hitLimits(db, [rule], start + 60_000))[0]).toMatchObject({ allowed: true, count: 1 });
  });

  it("throws 429 RATE_LIMITED with the longest Retry-After of the exceeded rules", async () => {
    const start = Math.floor(Date.now() / 3600_000) * 3600_000;
    const rules = [
      { key: key(), limit: 1, windowMs: 60_000 },
      { key: key(), limit: 1, windowMs: 3600_000 },
    ];
    await enforceLimits(db, rules, start);
    const error = await enforceLimits(db, rules, start + 1000).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("RATE_LIMITED");
    expect((error as AppError).headers).toEqual({ "Retry-After": "3599" });
  });
});

describe("the Rate Limiting binding brake (wrangler.toml: 60 per minute)", () => {
  it("lets a key through up to the limit, then answers 429 RATE_LIMITED", async () => {
    const key = `test:${crypto.randomUUID()}`;
    for (let i = 0; i < 60; i++) await brake(env.AUTH_RATE_LIMITER, key, 60);
    const error = await brake(env.AUTH_RATE_LIMITER, key, 60).catch((e: unknown) => e);
    expect((error as AppError).code).toBe("RATE_LIMITED");
    expect((error as AppError).headers).toEqual({ "Retry-After": "60" });
  });

  it("fails open without a binding", async () => {
    await expect(brake(undefined, "k", 60)).resolves.toBeUndefined();
  });
});

describe("tokens", () => {
  it("are 256-bit base64url and hash to 64 hex chars", async () => {
    const token = randomToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(randomToken()).not.toBe(token);
    expect(await hashToken("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });
});
