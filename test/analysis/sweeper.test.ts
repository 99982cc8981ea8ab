import { env } from "cloudflare:test";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { newId } from "../../worker/db/ids";
import { analysisJobs } from "../../worker/db/schema";
import { MAX_ATTEMPTS, STUCK_AFTER_MS, sweepStuckJobs } from "../../worker/modules/analysis/sweeper";
import { hold, holdState } from "../../worker/modules/points/ledger";
import { eventually } from "../helpers";
import { balanceOf, db, jobRow, member } from "./support";

/** A diagnosis job whose queue message was lost: queued long ago, points held, nothing on the queue. */
async function lostJob(attempts = 0) {
  const m = await member();
  await m.points(100);
  const resumeId = await m.resume();
  const id = newId();
  const holdKey = `job:${id}:hold`;
  await db.insert(analysisJobs).values({
    id,
    userId: m.id,
    kind: "diagnosis",
    resumeId,
    inputJson: { resumeId, targetRole: "前端开发工程师" },
    status: "queued",
    stage: "queued",
    pointsCost: 20,
    holdLedgerKey: holdKey,
    attempts,
    createdAt: new Date(Date.now() - STUCK_AFTER_MS - 60_000),
  });
  await hold(db, { userId: m.id, points: 20, idempotencyKey: holdKey, refType: "job", refId: id });
  return { m, id, holdKey };
}

describe("stuck job sweeper (hourly cron)", () => {
  it("sends a lost job to the queue again, and it completes and captures its hold", async () => {
    const { m, id, holdKey } = await lostJob();
    expect(await sweepStuckJobs(env, new Date())).toMatchObject({ resent: 1, failed: 0 });
    await eventually(async () => (await jobRow(id))?.status === "succeeded");
    expect(await holdState(db, holdKey)).toBe("captured");
    expect(await balanceOf(m.id)).toBe(80);
  });

  it("gives up on a job that used up its attempts: failed, points released, nothing sent", async () => {
    const { m, id, holdKey } = await lostJob(MAX_ATTEMPTS);
    const sent: unknown[] = [];
    const result = await sweepStuckJobs(
      { ...env, JOBS: { send: async (m: unknown) => sent.push(m) } as unknown as Queue },
      new Date(),
    );
    expect(result).toMatchObject({ resent: 0, failed: 1 });
    expect(sent).toEqual([]);
    expect((await jobRow(id))?.status).toBe("failed");
    expect(await holdState(db, holdKey)).toBe("released");
    expect(await balanceOf(m.id)).toBe(100);
  });

  it("leaves recent jobs alone", async () => {
    const { id } = await lostJob();
    await db.update(analysisJobs).set({ createdAt: new Date() }).where(eq(analysisJobs.id, id));
    const sent: unknown[] = [];
    await sweepStuckJobs(
      { ...env, JOBS: { send: async (m: unknown) => sent.push(m) } as unknown as Queue },
      new Date(),
    );
    expect(sent).toEqual([]);
    expect((await jobRow(id))?.status).toBe("queued");
  });
});
