import type { Db } from "../../db/client";
import type { Tier } from "../../db/schema/enums";
import type { Locale } from "../../lib/contract";
import { AppError } from "../../lib/errors";
import { getBusinessConfig } from "../billing/config";
import { createLiveSession, sessionResume } from "../live/sessions";
import { type LiveRow, sessionViewBase } from "../live/store";
import { can } from "../membership/entitlements";
import { entitlementSubject } from "../membership/plans";
import { type InterviewConfig, interviewHoldKeys } from "./config";
import { type CreateInterview, InterviewResultSchema, type InterviewSessionView } from "./schemas";

/** Creates a mock interview: tier (`mockInterview`), the résumé's owner, points held; then its Durable Object. */
export async function createInterview(
  db: Db,
  env: Pick<Env, "INTERVIEW_SESSIONS">,
  input: { user: { id: string; tier: Tier }; body: CreateInterview; idempotencyKey?: string; locale: Locale },
): Promise<LiveRow> {
  const { user, body } = input;
  if (!can(await entitlementSubject(db, user), "mockInterview")) throw new AppError("TIER_REQUIRED");
  const resume = body.resumeId ? await sessionResume(db, user.id, body.resumeId) : null;
  const business = await getBusinessConfig(db);
  const config: InterviewConfig = {
    targetRole: body.targetRole,
    resumeId: body.resumeId ?? null,
    jobDescription: body.jobDescription || null,
    style: body.style,
    questionCount: body.questionCount,
    language: body.language ?? input.locale,
    pointsCost: business.pointCosts.mockInterview,
  };
  return createLiveSession(db, {
    kind: "interview",
    userId: user.id,
    idempotencyKey: input.idempotencyKey,
    config,
    hold: {
      points: config.pointsCost,
      holdKey: (id) => interviewHoldKeys(id).hold,
      releaseKey: (id) => interviewHoldKeys(id).release,
    },
    start: (id) =>
      env.INTERVIEW_SESSIONS.getByName(id).init({
        sessionId: id,
        userId: user.id,
        config,
        resume,
      }),
  });
}

export function toInterviewView(row: LiveRow): InterviewSessionView {
  const config = row.configJson as InterviewConfig;
  const result = row.resultJson ? InterviewResultSchema.safeParse(row.resultJson) : null;
  return {
    ...sessionViewBase("interview", row),
    targetRole: config.targetRole,
    style: config.style,
    questionCount: config.questionCount,
    language: config.language,
    resumeId: config.resumeId,
    pointsCost: config.pointsCost,
    result: result?.success ? result.data : null,
  };
}
