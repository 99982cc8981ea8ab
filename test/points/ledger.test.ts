import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { AppError } from "../../worker/lib/errors";
import {
  auditUserBalance,
  balance,
  capture,
  expire,
  grant,
  hold,
  holdState,
  ledgerPage,
  release,
  spend,
} from "../../worker/modules/points/ledger";
import { LedgerPageSchema } from "../../worker/modules/points/schemas";
import { DAY, db, expectConsistent, newUser, remainingOf, rowsOf } from "./support";

async function appErrorOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("grant", () => {
  it("credits once per key; a replay returns the original row and changes nothing", async () => {
    const userId = await newUser();
    const first = await grant(db, {
      userId,
      points: 100,
      reason: "recharge",
      refType: "order",
      refId: "o1",
      idempotencyKey: `t:${userId}:g1`,
    });
    expect(first).toMatchObject({
      applied: true,
      balance: 100,
      entry: { delta: 100, reason: "recharge", balanceAfter: 100, remaining: null },
    });
    const again = await grant(db, {
      userId,
      points: 100,
      reason: "recharge",
      refType: "order",
      refId: "o1",
      idempotencyKey: `t:${userId}:g1`,
    });
    expect(again.applied).toBe(false);
    expect(again.entry.id).toBe(first.entry.id);
    expect(again.balance).toBe(100);
    expect(await balance(db, userId)).toBe(100);
    expect(await rowsOf(userId)).toHaveLength(1);
    await expectConsistent(userId);
  });

  it("refuses a key reused for a different change, and unknown users", async () => {
    const userId = await newUser();
    await grant(db, { userId, points: 10, reason: "referral", idempotencyKey: `t:${userId}:r` });
    const reused = await appErrorOf(
      grant(db, { userId, points: 11, reason: "referral", idempotencyKey: `t:${userId}:r` }),
    );
    expect(reused.code).toBe("CONFLICT");
    const missing = await appErrorOf(
      grant(db, { userId: "nobody", points: 10, reason: "referral", idempotencyKey: `t:${userId}:x` }),
    );
    expect(missing.code).toBe("NOT_FOUND");
    expect(await balance(db, userId)).toBe(10);
  });

  it("rejects non-positive or fractional points", async () => {
    const userId = await newUser();
    await expect(
      grant(db, { userId, points: 0, reason: "admin_adjust", idempotencyKey: `t:${userId}:0` }),
    ).rejects.toThrow(RangeError);
    await expect(spend(db, { userId, points: 1.5, idempotencyKey: `t:${userId}:f` })).rejects.toThrow(RangeError);
  });
});

describe("hold, capture, release", () => {
  it("captures exactly once; capture after capture is a replay; release after capture is refused", async () => {
    const userId = await newUser();
    await grant(db, { userId, points: 100, reason: "recharge", idempotencyKey: `t:${userId}:g` });
    const h = await hold(db, {
      userId,
      points: 30,
      idempotencyKey: `job:${userId}:hold`,
      refType: "analysis_job",
      refId: "j1",
    });
    expect(h).toMatchObject({ applied: true, balance: 70, entry: { delta: -30, reason: "hold", balanceAfter: 70 } });
    expect(await holdState(db, `job:${userId}:hold`)).toBe("held");

    const c1 = await capture(db, `job:${userId}:hold`, `job:${userId}:capture`);
    expect(c1).toMatchObject({
      applied: true,
      balance: 70,
      entry: { delta: 0, reason: "capture", holdId: h.entry.id, refType: "analysis_job", refId: "j1" },
    });
    const c2 = await capture(db, `job:${userId}:hold`, `job:${userId}:capture`);
    expect(c2).toMatchObject({ applied: false, entry: { id: c1.entry.id } });
    const c3 = await capture(db, `job:${userId}:hold`, `job:${userId}:capture-again`);
    expect(c3).toMatchObject({ applied: false, entry: { id: c1.entry.id } });

    const refused = await appErrorOf(release(db, `job:${userId}:hold`, `job:${userId}:release`));
    expect(refused.code).toBe("CONFLICT");
    expect(refused.details).toMatchObject({ reason: "hold_captured" });
    expect(await holdState(db, `job:${userId}:hold`)).toBe("captured");
    expect(await balance(db, userId)).toBe(70);
    expect((await rowsOf(userId)).map((r) => r.reason).sort()).toEqual(["capture", "hold", "recharge"]);
    await expectConsistent(userId);
  });

  it("releases exactly once; capture after release is refused", async () => {
    const userId = await newUser();
    await grant(db, { userId, points: 100, reason: "recharge", idempotencyKey: `t:${userId}:g` });
    await hold(db, { userId, points: 40, idempotencyKey: `t:${userId}:h` });
    const r1 = await release(db, `t:${userId}:h`, `t:${userId}:r`);
    expect(r1).toMatchObject({
      applied: true,
      balance: 100,
      expiredEntry: null,
      entry: { delta: 40, reason: "release", balanceAfter: 100 },
    });
    const r2 = await release(db, `t:${userId}:h`, `t:${userId}:r`);
    expect(r2).toMatchObject({ applied: false, balance: 100, entry: { id: r1.entry.id } });
    const r3 = await release(db, `t:${userId}:h`, `t:${userId}:r-other`);
    expect(r3).toMatchObject({ applied: false, entry: { id: r1.entry.id } });

    const refused = await appErrorOf(capture(db, `t:${userId}:h`, `t:${userId}:c`));
    expect(refused.code).toBe("CONFLICT");
    expect(refused.details).toMatchObject({ reason: "hold_released" });
    expect(await holdState(db, `t:${userId}:h`)).toBe("released");
    expect(await balance(db, userId)).toBe(100);
    await expectConsistent(userId);
  });

  it("settles a hold once when captures and releases race", async () => {
    const userId = await newUser();
    await grant(db, { userId, points: 50, reason: "recharge", idempotencyKey: `t:${userId}:g` });
    await hold(db, { userId, points: 20, idempotencyKey: `t:${userId}:h` });
    const outcomes = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        i % 2 === 0
          ? capture(db, `t:${userId}:h`, `t:${userId}:c${i}`)
          : release(db, `t:${userId}:h`, `t:${userId}:r${i}`),
      ),
    );
    const settlements = (await rowsOf(userId)).filter((r) => r.reason === "capture" || r.reason === "release");
    expect(settlements).toHaveLength(1);
    const winner = settlements[0]?.reason;
    const applied = outcomes.filter((o) => o.status === "fulfilled" && o.value.applied);
    expect(applied).toHaveLength(1);
    // Same kind as the winner: answered with the winner's row; the other kind: refused.
    for (const [i, o] of outcomes.entries()) {
      const kind = i % 2 === 0 ? "capture" : "release";
      if (kind === winner) expect(o.status === "fulfilled" && o.value.entry.id).toBe(settlements[0]?.id);
      else expect(o.status === "rejected" && (o.reason as AppError).code).toBe("CONFLICT");
    }
    expect(await balance(db, userId)).toBe(winner === "capture" ? 30 : 50);
    await expectConsistent(userId);
  });

  it("refuses unknown holds and short balances", async () => {
    const userId = await newUser();
    expect((await appErrorOf(capture(db, `t:${userId}:none`, `t:${userId}:c`))).code).toBe("NOT_FOUND");
    expect((await appErrorOf(release(db, `t:${userId}:none`, `t:${userId}:r`))).code).toBe("NOT_FOUND");
    await grant(db, { userId, points: 5, reason: "recharge", idempotencyKey: `t:${userId}:g` });
    const short = await appErrorOf(hold(db, { userId, points: 6, idempotencyKey: `t:${userId}:h` }));
    expect(short.code).toBe("INSUFFICIENT_POINTS");
    expect(short.status).toBe(402);
    expect(short.details).toEqual({ required: 6, available: 5 });
    // A spend row is not a hold.
    await spend(db, { userId, points: 1, idempotencyKey: `t:${userId}:s` });
    expect((await appErrorOf(capture(db, `t:${userId}:s`, `t:${userId}:c2`))).code).toBe("NOT_FOUND");
    expect(await holdState(db, `t:${userId}:s`)).toBeNull();
    // The key of a finished settlement cannot be reused for another hold.
    await hold(db, { userId, points: 1, idempotencyKey: `t:${userId}:h1` });
    await hold(db, { userId, points: 1, idempotencyKey: `t:${userId}:h2` });
    await capture(db, `t:${userId}:h1`, `t:${userId}:settle`);
    expect((await appErrorOf(capture(db, `t:${userId}:h2`, `t:${userId}:settle`))).code).toBe("CONFLICT");
    await expectConsistent(userId);
  });
});

describe("expiring grants", () => {
  it("spends the earliest-expiring points first, then permanent points", async () => {
    const userId = await newUser();
    const now = Date.now();
    await grant(db, { userId, points: 50, reason: "recharge", idempotencyKey: `t:${userId}:perm` });
    await grant(db, {
      userId,
      points: 30,
      reason: "plan",
      idempotencyKey: `t:${userId}:late`,
      expiresAt: new Date(now + 10 * DAY),
    });
    await grant(db, {
      userId,
      points: 40,
      reason: "plan",
      idempotencyKey: `t:${userId}:early`,
      expiresAt: new Date(now + 5 * DAY),
    });
    expect(await balance(db, userId)).toBe(120);

    const first = await spend(db, { userId, points: 50, idempotencyKey: `t:${userId}:s1` });
    expect(await remainingOf(`t:${userId}:early`)).toBe(0);
    expect(await remainingOf(`t:${userId}:late`)).toBe(20);
    const { results: allocations } = await env.DB.prepare(
      "SELECT g.idempotency_key AS grantKey, a.points FROM points_allocations a JOIN points_ledger g ON g.id = a.grant_ledger_id WHERE a.debit_ledger_id = ? ORDER BY a.points DESC",
    )
      .bind(first.entry.id)
      .all();
    expect(allocations).toEqual([
      { grantKey: `t:${userId}:early`, points: 40 },
      { grantKey: `t:${userId}:late`, points: 10 },
    ]);

    await spend(db, { userId, points: 30, idempotencyKey: `t:${userId}:s2` });
    expect(await remainingOf(`t:${userId}:late`)).toBe(0);
    expect(await balance(db, userId)).toBe(40); // 20 from the late lot, 10 from permanent points
    const audit = await auditUserBalance(db, userId);
    expect(audit).toMatchObject({ ok: true, cached: 40, ledgerSum: 40, lotsRemaining: 0 });
  });

  it("expiry writes one ledger row per lot, is idempotent, and leaves permanent points", async () => {
    const userId = await newUser();
    const end = new Date(Date.now() + 60 * 60 * 1000);
    await grant(db, { userId, points: 20, reason: "recharge", idempotencyKey: `t:${userId}:perm` });
    const lot = await grant(db, {
      userId,
      points: 100,
      reason: "plan",
      idempotencyKey: `t:${userId}:lot`,
      expiresAt: end,
    });
    await spend(db, { userId, points: 30, idempotencyKey: `t:${userId}:s` });

    expect(await expire(db, new Date(end.getTime() - 1), { userId })).toEqual({ lots: 0, points: 0, more: false });
    expect(await expire(db, end, { userId })).toEqual({ lots: 1, points: 70, more: false });
    expect(await expire(db, new Date(end.getTime() + 1), { userId })).toEqual({ lots: 0, points: 0, more: false });

    const rows = (await rowsOf(userId)).filter((r) => r.reason === "expire");
    expect(rows).toEqual([
      expect.objectContaining({ delta: -70, key: `expire:${lot.entry.id}`, refType: "grant", refId: lot.entry.id }),
    ]);
    expect(await remainingOf(`t:${userId}:lot`)).toBe(0);
    expect(await balance(db, userId)).toBe(20);
    await expectConsistent(userId);
  });

  it("the global sweep is bounded and concurrent sweeps expire each lot once", async () => {
    const userId = await newUser();
    const end = new Date(Date.now() + 60 * 60 * 1000);
    for (let i = 0; i < 7; i++) {
      await grant(db, { userId, points: 10, reason: "plan", idempotencyKey: `t:${userId}:lot${i}`, expiresAt: end });
    }
    const first = await expire(db, end, { userId, limit: 3 });
    expect(first).toEqual({ lots: 3, points: 30, more: true });
    const racing = await Promise.all([
      expire(db, end, { userId }),
      expire(db, end, { userId }),
      expire(db, end, { userId }),
    ]);
    expect(racing.reduce((sum, r) => sum + r.lots, 0)).toBe(4);
    expect(await balance(db, userId)).toBe(0);
    expect((await rowsOf(userId)).filter((r) => r.reason === "expire")).toHaveLength(7);
    await expectConsistent(userId);
  });

  it("points of a lot past its end cannot be spent even before the sweep", async () => {
    const userId = await newUser();
    const end = new Date(Date.now() + 60 * 60 * 1000);
    await grant(db, { userId, points: 10, reason: "recharge", idempotencyKey: `t:${userId}:perm` });
    await grant(db, { userId, points: 50, reason: "plan", idempotencyKey: `t:${userId}:lot`, expiresAt: end });
    const later = new Date(end.getTime() + 1000);
    const short = await appErrorOf(spend(db, { userId, points: 20, idempotencyKey: `t:${userId}:s`, now: later }));
    expect(short.code).toBe("INSUFFICIENT_POINTS");
    expect(short.details).toEqual({ required: 20, available: 10 });
    await spend(db, { userId, points: 10, idempotencyKey: `t:${userId}:s2`, now: later });
    expect(await remainingOf(`t:${userId}:lot`)).toBe(50); // untouched: dead, waiting for the sweep
    await expire(db, later, { userId });
    expect(await balance(db, userId)).toBe(0);
    await expectConsistent(userId);
  });

  it("a release returns points to live lots and expires those whose lot ended meanwhile", async () => {
    const userId = await newUser();
    const now = Date.now();
    const soon = new Date(now + 60 * 60 * 1000);
    const later = new Date(now + 10 * DAY);
    await grant(db, { userId, points: 20, reason: "recharge", idempotencyKey: `t:${userId}:perm` });
    await grant(db, { userId, points: 30, reason: "plan", idempotencyKey: `t:${userId}:soon`, expiresAt: soon });
    await grant(db, { userId, points: 25, reason: "plan", idempotencyKey: `t:${userId}:later`, expiresAt: later });
    // 30 from the soon lot, 25 from the later lot, 5 permanent.
    await hold(db, { userId, points: 60, idempotencyKey: `t:${userId}:h` });
    expect(await balance(db, userId)).toBe(15);

    const afterSoon = new Date(soon.getTime() + 1);
    const released = await release(db, `t:${userId}:h`, `t:${userId}:r`, { now: afterSoon });
    expect(released.entry).toMatchObject({ delta: 60, reason: "release" });
    expect(released.expiredEntry).toMatchObject({
      delta: -30,
      reason: "expire",
      idempotencyKey: `t:${userId}:r:expire`,
    });
    expect(released.balance).toBe(45); // 15 + 60 - 30
    expect(await remainingOf(`t:${userId}:soon`)).toBe(0);
    expect(await remainingOf(`t:${userId}:later`)).toBe(25);
    // The sweep finds nothing left on the ended lot.
    expect(await expire(db, afterSoon, { userId })).toMatchObject({ lots: 0 });
    // A replay of the release reports the same two rows and changes nothing.
    const replay = await release(db, `t:${userId}:h`, `t:${userId}:r`, { now: afterSoon });
    expect(replay).toMatchObject({ applied: false, balance: 45, expiredEntry: { id: released.expiredEntry?.id } });
    expect(await expectConsistent(userId)).toBe(45);
  });

  it("a release after the lot was swept expires those points instead of reviving the lot", async () => {
    const userId = await newUser();
    const end = new Date(Date.now() + 60 * 60 * 1000);
    await grant(db, { userId, points: 10, reason: "recharge", idempotencyKey: `t:${userId}:perm` });
    await grant(db, { userId, points: 50, reason: "plan", idempotencyKey: `t:${userId}:lot`, expiresAt: end });
    await hold(db, { userId, points: 30, idempotencyKey: `t:${userId}:h` });
    expect(await expire(db, end, { userId })).toEqual({ lots: 1, points: 20, more: false });
    const released = await release(db, `t:${userId}:h`, `t:${userId}:r`, { now: new Date(end.getTime() + 5) });
    expect(released.expiredEntry?.delta).toBe(-30);
    expect(await remainingOf(`t:${userId}:lot`)).toBe(0);
    expect(await expectConsistent(userId)).toBe(10);
  });
});

describe("ledgerPage", () => {
  it("pages newest first by (createdAt, id) without gaps or repeats", async () => {
    const userId = await newUser();
    for (let i = 0; i < 13; i++) {
      await grant(db, { userId, points: i + 1, reason: "admin_adjust", idempotencyKey: `t:${userId}:${i}` });
    }
    await grant(db, {
      userId,
      points: 5,
      reason: "plan",
      idempotencyKey: `t:${userId}:plan`,
      expiresAt: new Date(Date.now() + DAY),
    });
    const seen: string[] = [];
    const pages: number[] = [];
    let cursor: string | null = null;
    do {
      const page = LedgerPageSchema.parse(await ledgerPage(db, userId, { cursor, limit: 5 }));
      pages.push(page.items.length);
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(pages).toEqual([5, 5, 4]);
    expect(new Set(seen).size).toBe(14);

    const all = await ledgerPage(db, userId, { limit: 100 });
    expect(all.items.map((i) => i.id)).toEqual(seen);
    const times = all.items.map((i) => Date.parse(i.createdAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(all.items.find((i) => i.reason === "plan")).toMatchObject({
      delta: 5,
      expiresAt: expect.any(String),
      refType: null,
    });
    expect(all.nextCursor).toBeNull();

    const other = await newUser();
    expect((await ledgerPage(db, other)).items).toEqual([]);
    expect((await appErrorOf(ledgerPage(db, userId, { cursor: "%%%" }))).code).toBe("VALIDATION_FAILED");
  });
});
