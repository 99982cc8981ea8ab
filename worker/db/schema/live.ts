import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { users } from "./auth";
import { createdAt, id, json, timestampMs } from "./columns";
import type { LiveSessionStatus } from "./enums";

// Live sessions are driven by one Durable Object each; these rows are the durable record that the DO
// writes once at the end (result, minutes billed, points spent).
const liveSessionColumns = () => ({
  id: id(),
  userId: text("user_id")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  configJson: json("config_json").notNull(),
  status: text("status").$type<LiveSessionStatus>().notNull().default("created"),
  resultJson: json("result_json"),
  /** Why it ended: "end" | "timeout" | "balance" | … */
  endReason: text("end_reason"),
  minutesBilled: integer("minutes_billed").notNull().default(0),
  pointsSpent: integer("points_spent").notNull().default(0),
  /** The client's Idempotency-Key of the create request: a repeated create answers the same session. */
  idempotencyKey: text("idempotency_key"),
  createdAt: createdAt(),
  endedAt: timestampMs("ended_at"),
});

export const interviewSessions = sqliteTable("interview_sessions", liveSessionColumns(), (t) => [
  index("interview_sessions_user_created_at_idx").on(t.userId, t.createdAt),
  index("interview_sessions_status_created_at_idx").on(t.status, t.createdAt),
  uniqueIndex("interview_sessions_user_idempotency_key_uq").on(t.userId, t.idempotencyKey),
]);

export const meetingSessions = sqliteTable("meeting_sessions", liveSessionColumns(), (t) => [
  index("meeting_sessions_user_created_at_idx").on(t.userId, t.createdAt),
  index("meeting_sessions_status_created_at_idx").on(t.status, t.createdAt),
  uniqueIndex("meeting_sessions_user_idempotency_key_uq").on(t.userId, t.idempotencyKey),
]);

export type InterviewSession = typeof interviewSessions.$inferSelect;
export type NewInterviewSession = typeof interviewSessions.$inferInsert;
export type MeetingSession = typeof meetingSessions.$inferSelect;
export type NewMeetingSession = typeof meetingSessions.$inferInsert;
