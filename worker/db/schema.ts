// The single source of truth for D1 tables (drizzle-kit generates migrations/ from this file).
export * from "./schema/auth";
export * from "./schema/billing";
export * from "./schema/engagement";
export * from "./schema/enums";
export * from "./schema/live";
export * from "./schema/ops";
export * from "./schema/points";
export * from "./schema/resumes";
