import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { users } from "./auth";
import { bool, createdAt, id, json, timestampMs, updatedAt } from "./columns";
import type { FeedbackStatus, NewsStatus, TicketStatus } from "./enums";

/** In-app messages; `userId` null = broadcast to everyone. */
export const messages = sqliteTable(
  "messages",
  {
    id: id(),
    userId: text("user_id").references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    title: text("title").notNull(),
    body: text("body").notNull(),
    /** Optional structured payload (links, ids) for the UI. */
    dataJson: json("data_json"),
    createdAt: createdAt(),
  },
  (t) => [index("messages_user_created_at_idx").on(t.userId, t.createdAt)],
);

export const messageReads = sqliteTable(
  "message_reads",
  {
    messageId: text("message_id")
      .notNull()
      .references(() => messages.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    readAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.messageId, t.userId] }), index("message_reads_user_idx").on(t.userId)],
);

export const feedback = sqliteTable(
  "feedback",
  {
    id: id(),
    userId: text("user_id").references(() => users.id, { onDelete: "set null" }),
    category: text("category").notNull(),
    body: text("body").notNull(),
    contact: text("contact"),
    /** Where in the app it was sent from. */
    page: text("page"),
    status: text("status").$type<FeedbackStatus>().notNull().default("new"),
    createdAt: createdAt(),
  },
  (t) => [index("feedback_status_created_at_idx").on(t.status, t.createdAt), index("feedback_user_idx").on(t.userId)],
);

export const tickets = sqliteTable(
  "tickets",
  {
    id: id(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    subject: text("subject").notNull(),
    category: text("category"),
    status: text("status").$type<TicketStatus>().notNull().default("open"),
    assigneeUserId: text("assignee_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    closedAt: timestampMs("closed_at"),
  },
  (t) => [
    index("tickets_user_status_idx").on(t.userId, t.status),
    index("tickets_status_updated_at_idx").on(t.status, t.updatedAt),
    index("tickets_assignee_idx").on(t.assigneeUserId),
  ],
);

export const ticketReplies = sqliteTable(
  "ticket_replies",
  {
    id: id(),
    ticketId: text("ticket_id")
      .notNull()
      .references(() => tickets.id, { onDelete: "cascade" }),
    authorUserId: text("author_user_id").references(() => users.id, { onDelete: "set null" }),
    /** True when written by support/admin (shown as the team, not a person). */
    fromStaff: bool("from_staff").notNull().default(false),
    body: text("body").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("ticket_replies_ticket_created_at_idx").on(t.ticketId, t.createdAt)],
);

export const referrals = sqliteTable(
  "referrals",
  {
    id: id(),
    inviterUserId: text("inviter_user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    inviteeUserId: text("invitee_user_id")
      .notNull()
      .unique()
      .references(() => users.id, { onDelete: "cascade" }),
    rewardPoints: integer("reward_points").notNull().default(0),
    rewardedAt: timestampMs("rewarded_at"),
    createdAt: createdAt(),
  },
  (t) => [index("referrals_inviter_created_at_idx").on(t.inviterUserId, t.createdAt)],
);

export const news = sqliteTable(
  "news",
  {
    id: id(),
    title: text("title").notNull(),
    summary: text("summary"),
    body: text("body").notNull(),
    source: text("source"),
    sourceUrl: text("source_url"),
    locale: text("locale").notNull().default("zh-CN"),
    status: text("status").$type<NewsStatus>().notNull().default("draft"),
    publishedAt: timestampMs("published_at"),
    createdByUserId: text("created_by_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("news_status_published_at_idx").on(t.status, t.publishedAt)],
);

export type Message = typeof messages.$inferSelect;
export type NewMessage = typeof messages.$inferInsert;
export type MessageRead = typeof messageReads.$inferSelect;
export type NewMessageRead = typeof messageReads.$inferInsert;
export type Feedback = typeof feedback.$inferSelect;
export type NewFeedback = typeof feedback.$inferInsert;
export type Ticket = typeof tickets.$inferSelect;
export type NewTicket = typeof tickets.$inferInsert;
export type TicketReply = typeof ticketReplies.$inferSelect;
export type NewTicketReply = typeof ticketReplies.$inferInsert;
export type Referral = typeof referrals.$inferSelect;
export type NewReferral = typeof referrals.$inferInsert;
export type News = typeof news.$inferSelect;
export type NewNews = typeof news.$inferInsert;
