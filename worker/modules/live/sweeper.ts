// The hourly safety net of live sessions. Each session's object ends itself by alarm; this catches what an alarm
// could not: a session whose idle deadline passed unnoticed, a final D1 write still pending, or an object that no
// longer holds the session (its end never reached D1) — that one is closed in D1 from the ledger.

import { createDb, type Db } from "../../db/client";
import { AppError } from "../../lib/errors";
import { log } from "../../lib/logger";
import type { InterviewConfig } from "../interviews/config";
import { interviewHoldKeys } from "../interviews/config";
import { meetingReceipt } from "../meetings/sessions";
import { release } from "../points/ledger";
import { type LiveKind, type LiveRow, recordEnd, staleOpenSessions } from "./store";

/** Sessions younger than this are left to their own alarms. */
const SWEEP_AGE_MS = 60 * 60_000;
const SWEEP_BATCH = 50;

type Sweepable = { sweep(): Promise<"running" | "ended" | "missing"> };

export async function sweepLiveSessions(env: Env, now: Date = new Date()) {
  const db = createDb(env.DB);
  const counts = { checked: 0, ended: 0, closedInD1: 0 };
  const namespaces: Record<LiveKind, { getByName(name: string): Sweepable }> = {
    interview: env.INTERVIEW_SESSIONS,
    meeting: env.MEETING_SESSIONS,
  };
  for (const kind of ["interview", "meeting"] as const) {
    const rows = await staleOpenSessions(db, kind, new Date(now.getTime() - SWEEP_AGE_MS), SWEEP_BATCH);
    for (const row of rows) {
      counts.checked += 1;
      try {
        const outcome = await namespaces[kind].getByName(row.id).sweep();
        if (outcome === "ended") counts.ended += 1;
        if (outcome === "missing") {
          await closeInD1(db, kind, row, now);
          counts.closedInD1 += 1;
        }
      } catch (error) {
        log("error", "live sweeper: session not swept", { kind, sessionId: row.id, error: String(error) });
      }
    }
  }
  return counts;
}

/** Ends the D1 row of a session its object no longer knows, with what the ledger says was paid. */
async function closeInD1(db: Db, kind: LiveKind, row: LiveRow, now: Date): Promise<void> {
  let minutesBilled = 0;
  let pointsSpent = 0;
  if (kind === "meeting") {
    const receipt = await meetingReceipt(db, row.id);
    minutesBilled = receipt.length;
    pointsSpent = receipt.reduce((sum, line) => sum + line.points, 0);
  } else {
    const config = row.configJson as InterviewConfig;
    const keys = interviewHoldKeys(row.id);
    try {
      if (config.pointsCost > 0) await release(db, keys.hold, keys.release);
    } catch (error) {
      // Captured before the object lost the session: the points were rightly taken.
      if (!(error instanceof AppError && error.code === "CONFLICT")) throw error;
      pointsSpent = config.pointsCost;
    }
  }
  await recordEnd(db, kind, row.id, { result: null, reason: "timeout", minutesBilled, pointsSpent, endedAt: now });
  log("warn", "live sweeper: closed a session its object no longer held", { kind, sessionId: row.id });
}
