import { and, asc, gte, lt } from "drizzle-orm";
import type { Db } from "../../db/client";
import { pointsLedger } from "../../db/schema";
import type { Tier } from "../../db/schema/enums";
import type { Locale } from "../../lib/contract";
import { AppError } from "../../lib/errors";
import { getBusinessConfig } from "../billing/config";
import { createLiveSession, type SessionResume, sessionResume, toSessionResume } from "../live/sessions";
import { type LiveRow, sessionViewBase } from "../live/store";
import { can } from "../membership/entitlements";
import { entitlementSubject } from "../membership/plans";
import { balance } from "../points/ledger";
import { latestUserResume } from "../resumes/service";
import { type MeetingConfig, minuteKeyPrefix } from "./config";
import { type CreateMeeting, MeetingResultSchema, type MeetingSessionView } from "./schemas";

/**
 * Creates a meeting assistant session: tier (`meetingAssistant`), a balance that pays for the first minute,
 * the résumé it is grounded in (the one named, else the latest); then its Durable Object.
 */
export async function createMeeting(
  db: Db,
  env: Pick<Env, "MEETING_SESSIONS">,
  input: { user: { id: string; tier: Tier }; body: CreateMeeting; idempotencyKey?: string; locale: Locale },
): Promise<LiveRow> {
  const { user, body } = input;
  if (!can(await entitlementSubject(db, user), "meetingAssistant")) throw new AppError("TIER_REQUIRED");
  let resume: SessionResume | null = null;
  let resumeId: string | null = null;
  if (body.resumeId) {
    resume = await sessionResume(db, user.id, body.resumeId);
    resumeId = body.resumeId;
  } else {
    const latest = await latestUserResume(db, user.id);
    if (latest) {
      resume = toSessionResume(latest);
      resumeId = latest.id;
    }
  }
  const business = await getBusinessConfig(db);
  const config: MeetingConfig = {
    title: body.title,
    context: body.context || null,
    language: body.language ?? input.locale,
    resumeId,
    pointsPerMinute: business.pointCosts.meetingPerMinute,
  };
  if ((await balance(db, user.id)) < config.pointsPerMinute) {
    throw new AppError("INSUFFICIENT_POINTS", { details: { required: config.pointsPerMinute } });
  }
  return createLiveSession(db, {
    kind: "meeting",
    userId: user.id,
    idempotencyKey: input.idempotencyKey,
    config,
    start: (id) =>
      env.MEETING_SESSIONS.getByName(id).init({
        sessionId: id,
        userId: user.id,
        config,
        resume,
      }),
  });
}

/** The billed minutes, itemised from the ledger (a key range on the unique idempotency-key index). */
export async function meetingReceipt(db: Db, sessionId: string) {
  const prefix = minuteKeyPrefix(sessionId);
  const rows = await db
    .select({ key: pointsLedger.idempotencyKey, delta: pointsLedger.delta, createdAt: pointsLedger.createdAt })
    .from(pointsLedger)
    .where(and(gte(pointsLedger.idempotencyKey, prefix), lt(pointsLedger.idempotencyKey, `${prefix}~`)))
    .orderBy(asc(pointsLedger.createdAt))
    .all();
  return rows
    .map((row) => ({
      minute: Number(row.key.slice(prefix.length)),
      points: -row.delta,
      at: row.createdAt.toISOString(),
    }))
    .sort((a, b) => a.minute - b.minute);
}

export function toMeetingView(row: LiveRow): MeetingSessionView {
  const config = row.configJson as MeetingConfig;
  const result = row.resultJson ? MeetingResultSchema.safeParse(row.resultJson) : null;
  return {
    ...sessionViewBase("meeting", row),
    title: config.title,
    context: config.context,
    language: config.language,
    resumeId: config.resumeId,
    pointsPerMinute: config.pointsPerMinute,
    minutesBilled: row.minutesBilled,
    pointsSpent: row.pointsSpent,
    result: result?.success ? result.data : null,
  };
}
