import { createScheduledController, env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { CRON_SCHEDULE, runScheduled } from "../../worker/cron";
import { newId } from "../../worker/db/ids";
import worker from "../fixtures/worker";

const HOUR = 60 * 60 * 1000;

async function insertUser() {
  const id = newId();
  await env.DB.prepare("INSERT INTO users (id, email, password_hash, invite_code) VALUES (?, ?, 'x', ?)")
    .bind(id, `${id.toLowerCase()}@cron.test`, id.slice(0, 8))
    .run();
  return id;
}

describe("scheduled()", () => {
  it("declares exactly the crons of wrangler.toml", () => {
    expect(Object.keys(CRON_SCHEDULE)).toEqual(["0 * * * *", "*/10 * * * *"]);
  });

  it("runs housekeeping on the hourly cron through the Worker's scheduled handler", async () => {
    const userId = await insertUser();
    const now = Date.now();
    const [liveSession, deadSession, liveToken, deadToken] = [newId(), newId(), newId(), newId()];
    await env.DB.batch([
      env.DB.prepare(
        "INSERT INTO sessions (id, token_hash, user_id, last_seen_at, expires_at) VALUES (?, ?, ?, ?, ?)",
      ).bind(liveSession, liveSession, userId, now, now + HOUR),
      env.DB.prepare(
        "INSERT INTO sessions (id, token_hash, user_id, last_seen_at, expires_at) VALUES (?, ?, ?, ?, ?)",
      ).bind(deadSession, deadSession, userId, now, now - HOUR),
      env.DB.prepare(
        "INSERT INTO email_tokens (id, purpose, token_hash, user_id, expires_at) VALUES (?, 'verify', ?, ?, ?)",
      ).bind(liveToken, liveToken, userId, now + HOUR),
      env.DB.prepare(
        "INSERT INTO email_tokens (id, purpose, token_hash, user_id, expires_at) VALUES (?, 'reset', ?, ?, ?)",
      ).bind(deadToken, deadToken, userId, now - HOUR),
    ]);

    const controller = createScheduledController({ cron: "0 * * * *", scheduledTime: new Date(now) });
    await worker.scheduled(controller, env);

    const ids = async (table: string) =>
      (
        await env.DB.prepare(`SELECT id FROM ${table} WHERE user_id = ?`).bind(userId).all<{ id: string }>()
      ).results.map((r) => r.id);
    expect(await ids("sessions")).toEqual([liveSession]);
    expect(await ids("email_tokens")).toEqual([liveToken]);
  });

  it("fails an unknown cron expression loudly", async () => {
    await expect(runScheduled({ cron: "1 2 3 4 5", scheduledTime: Date.now() }, env)).rejects.toThrow(/No tasks/);
  });

  it("runs every task even when one fails, then reports the failure", async () => {
    const ran: string[] = [];
    const schedule = {
      "* * * * *": [
        { name: "broken", run: async () => Promise.reject(new Error("boom")) },
        { name: "fine", run: async () => ran.push("fine") },
      ],
    };
    await expect(runScheduled({ cron: "* * * * *", scheduledTime: Date.now() }, env, schedule)).rejects.toThrow(
      /broken/,
    );
    expect(ran).toEqual(["fine"]);
  });
});
