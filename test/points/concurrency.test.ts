import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { AppError } from "../../worker/lib/errors";
import { balance, capture, grant, hold, release, spend } from "../../worker/modules/points/ledger";
import { DAY, db, expectConsistent, newUser, remainingOf, rowsOf } from "./support";

describe("concurrent spending", () => {
  it("100 concurrent spends never overdraw: exactly the affordable number succeed", async () => {
    const userId = await newUser();
    await grant(db, { userId, points: 200, reason: "recharge", idempotencyKey: `c:${userId}:perm` });
    await grant(db, {
      userId,
      points: 100,
      reason: "plan",
      idempotencyKey: `c:${userId}:lot`,
      expiresAt: new Date(Date.now() + DAY),
    });
    // 300 points, 7 each: 42 affordable, 6 left over.
    const outcomes = await Promise.allSettled(
      Array.from({ length: 100 }, (_, i) => spend(db, { userId, points: 7, idempotencyKey: `c:${userId}:s${i}` })),
    );
    const ok = outcomes.filter((o) => o.status === "fulfilled");
    const refused = outcomes.filter((o) => o.status === "rejected");
    expect(ok).toHaveLength(42);
    expect(refused).toHaveLength(58);
    for (const r of refused) expect((r as PromiseRejectedResult).reason).toMatchObject({ code: "INSUFFICIENT_POINTS" });
    expect(await balance(db, userId)).toBe(6);
    expect(await remainingOf(`c:${userId}:lot`)).toBe(0); // the lot went first
    expect(await expectConsistent(userId)).toBe(6);
    const spends = (await rowsOf(userId)).filter((r) => r.reason === "spend");
    expect(spends).toHaveLength(42);
    // balance_after never dips below zero
    const min = await env.DB.prepare("SELECT min(balance_after) AS m FROM points_ledger WHERE user_id = ?")
      .bind(userId)
      .first<number>("m");
    expect(min).toBeGreaterThanOrEqual(0);
  });

  it("the same key sent 50 times concurrently has one effect", async () => {
    const userId = await newUser();
    await grant(db, { userId, points: 100, reason: "recharge", idempotencyKey: `c:${userId}:g` });
    const results = await Promise.all(
      Array.from({ length: 50 }, () => spend(db, { userId, points: 10, idempotencyKey: `c:${userId}:once` })),
    );
    expect(results.filter((r) => r.applied)).toHaveLength(1);
    expect(new Set(results.map((r) => r.entry.id)).size).toBe(1);
    expect(await balance(db, userId)).toBe(90);

    const grants = await Promise.all(
      Array.from({ length: 50 }, () =>
        grant(db, { userId, points: 25, reason: "referral", idempotencyKey: `c:${userId}:ref` }),
      ),
    );
    expect(grants.filter((g) => g.applied)).toHaveLength(1);
    expect(await balance(db, userId)).toBe(115);
    expect(await expectConsistent(userId)).toBe(115);
  });

  it("concurrent holds, then concurrent captures and releases keep the ledger exact", async () => {
    const userId = await newUser();
    await grant(db, { userId, points: 500, reason: "recharge", idempotencyKey: `c:${userId}:g` });
    await grant(db, {
      userId,
      points: 300,
      reason: "plan",
      idempotencyKey: `c:${userId}:lot`,
      expiresAt: new Date(Date.now() + DAY),
    });
    const holds = await Promise.allSettled(
      Array.from({ length: 100 }, (_, i) => hold(db, { userId, points: 10, idempotencyKey: `c:${userId}:h${i}` })),
    );
    expect(holds.filter((h) => h.status === "fulfilled")).toHaveLength(80);
    expect(await balance(db, userId)).toBe(0);
    const held = holds.flatMap((h, i) => (h.status === "fulfilled" ? [i] : []));
    // Each hold settled twice concurrently, by a capture (even) or a release (odd), plus a replay of it.
    await Promise.all(
      held.flatMap((i) =>
        i % 2 === 0
          ? [
              capture(db, `c:${userId}:h${i}`, `c:${userId}:c${i}`),
              capture(db, `c:${userId}:h${i}`, `c:${userId}:c${i}`),
            ]
          : [
              release(db, `c:${userId}:h${i}`, `c:${userId}:r${i}`),
              release(db, `c:${userId}:h${i}`, `c:${userId}:r${i}`),
            ],
      ),
    );
    const released = held.filter((i) => i % 2 === 1).length;
    expect(await balance(db, userId)).toBe(released * 10);
    const rows = await rowsOf(userId);
    expect(rows.filter((r) => r.reason === "capture")).toHaveLength(held.length - released);
    expect(rows.filter((r) => r.reason === "release")).toHaveLength(released);
    await expectConsistent(userId);
  });

  it("a refused debit changes nothing", async () => {
    const userId = await newUser();
    await grant(db, { userId, points: 3, reason: "recharge", idempotencyKey: `c:${userId}:g` });
    const error = await spend(db, { userId, points: 4, idempotencyKey: `c:${userId}:s` }).catch((e: AppError) => e);
    expect(error).toMatchObject({ code: "INSUFFICIENT_POINTS" });
    expect(await rowsOf(userId)).toHaveLength(1);
    // The key stays free: the same key succeeds once points arrive.
    await grant(db, { userId, points: 1, reason: "recharge", idempotencyKey: `c:${userId}:g2` });
    expect((await spend(db, { userId, points: 4, idempotencyKey: `c:${userId}:s` })).applied).toBe(true);
    expect(await expectConsistent(userId)).toBe(0);
  });
});
