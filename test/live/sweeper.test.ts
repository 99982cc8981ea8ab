import { env, runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { newId } from "../../worker/db/ids";
import { sweepLiveSessions } from "../../worker/modules/live/sweeper";
import { hold } from "../../worker/modules/points/ledger";
import { db, expectConsistent, member } from "../analysis/support";
import { ledgerKeys, sessionRow } from "./support";

const HOURS = 3600_000;

async function age(table: "interview_sessions" | "meeting_sessions", id: string, ms: number) {
  await env.DB.prepare(`UPDATE ${table} SET created_at = ? WHERE id = ?`)
    .bind(Date.now() - ms, id)
    .run();
}

describe("live session sweeper (hourly cron)", () => {
  it("ends a session whose idle deadline passed without its alarm, and leaves running ones alone", async () => {
    const m = await member();
    await m.tier("silver");
    await m.points(100);
    const stale = (
      (await (await m.browser.post("/mock-interviews", { targetRole: "产品经理" })).json()) as {
        session: { id: string };
      }
    ).session;
    const live = ((await (await m.browser.post("/meetings", { title: "周会" })).json()) as { session: { id: string } })
      .session;
    await runInDurableObject(env.INTERVIEW_SESSIONS.getByName(stale.id), async (_instance, state) => {
      state.storage.sql.exec("UPDATE timers SET at = ? WHERE name = 'idle'", Date.now() - 1000);
      await state.storage.deleteAlarm();
    });
    await age("interview_sessions", stale.id, 2 * HOURS);
    await age("meeting_sessions", live.id, 2 * HOURS);

    const counts = await sweepLiveSessions(env);
    expect(counts).toMatchObject({ ended: 1, closedInD1: 0 });
    expect(await sessionRow("interview_sessions", stale.id)).toMatchObject({ status: "ended", endReason: "timeout" });
    expect((await sessionRow("meeting_sessions", live.id))?.status).toBe("created");
    // The running meeting's alarm is still set.
    const alarm = await runInDurableObject(env.MEETING_SESSIONS.getByName(live.id), (_i, state) =>
      state.storage.getAlarm(),
    );
    expect(alarm).toBeGreaterThan(Date.now());
    await expectConsistent(m.id);
  });

  it("closes in D1 a session its object does not hold, giving held points back", async () => {
    const m = await member();
    await m.points(50);
    const id = newId();
    await env.DB.prepare(
      "INSERT INTO interview_sessions (id, user_id, config_json, status, created_at) VALUES (?, ?, ?, 'active', ?)",
    )
      .bind(id, m.id, JSON.stringify({ targetRole: "x", pointsCost: 30, language: "zh-CN" }), Date.now() - 3 * HOURS)
      .run();
    await hold(db, {
      userId: m.id,
      points: 30,
      idempotencyKey: `interview:${id}:hold`,
      refType: "interview",
      refId: id,
    });

    expect(await sweepLiveSessions(env)).toMatchObject({ closedInD1: 1 });
    expect(await sessionRow("interview_sessions", id)).toMatchObject({
      status: "ended",
      endReason: "timeout",
      pointsSpent: 0,
    });
    const keys = (await ledgerKeys(m.id)).filter((k) => k.key.startsWith(`interview:${id}:`));
    expect(keys.map((k) => k.reason)).toEqual(["hold", "release"]);
    expect(await expectConsistent(m.id)).toBe(50);
    // A second sweep finds nothing left to do.
    expect(await sweepLiveSessions(env)).toMatchObject({ ended: 0, closedInD1: 0 });
  });
});
