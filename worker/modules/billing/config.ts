import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { appConfig } from "../../db/schema";
import { log } from "../../lib/logger";
import { BUSINESS_CONFIG_KEY, type BusinessConfig, BusinessConfigSchema, DEFAULT_BUSINESS_CONFIG } from "./defaults";

/** How long an isolate reuses the config it read; admin edits show up everywhere within this time. */
export const BUSINESS_CONFIG_TTL_MS = 30_000;

let cached: { config: BusinessConfig; until: number } | undefined;

/**
 * The business configuration: the `app_config` row `business` validated by `BusinessConfigSchema`, or
 * `DEFAULT_BUSINESS_CONFIG` when the row is missing or invalid (an invalid row is logged, never half-used).
 * Cached per isolate for `BUSINESS_CONFIG_TTL_MS`.
 */
export async function getBusinessConfig(db: Db, now: number = Date.now()): Promise<BusinessConfig> {
  if (cached && cached.until > now) return cached.config;
  const config = await readBusinessConfig(db);
  cached = { config, until: now + BUSINESS_CONFIG_TTL_MS };
  return config;
}

/** Reads and validates the stored config, bypassing the cache. */
export async function readBusinessConfig(db: Db): Promise<BusinessConfig> {
  const row = await db
    .select({ value: appConfig.valueJson })
    .from(appConfig)
    .where(eq(appConfig.key, BUSINESS_CONFIG_KEY))
    .get();
  if (!row) return DEFAULT_BUSINESS_CONFIG;
  const parsed = BusinessConfigSchema.safeParse(row.value);
  if (!parsed.success) {
    log("error", "billing: stored business config is invalid, using defaults", {
      issues: parsed.error.issues.slice(0, 10).map((issue) => ({ path: issue.path.join("."), message: issue.message })),
    });
    return DEFAULT_BUSINESS_CONFIG;
  }
  return parsed.data;
}

/** Forgets the cached config (after an admin edit in this isolate, and in tests). */
export function invalidateBusinessConfigCache(): void {
  cached = undefined;
}
