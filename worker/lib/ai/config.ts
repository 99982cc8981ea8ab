import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../db/client";
import { appConfig } from "../../db/schema";
import { log } from "../logger";
import { AiError } from "./errors";
import type { AiEnv, Engine, Feature } from "./types";

export const DEFAULT_TIMEOUT_MS = 60_000;
export const DEFAULT_WORKERS_AI_MODEL = "@cf/meta/llama-3.3-70b-instruct-fp8-fast";

/** The provider chosen by `AI_PROVIDER` (empty → offline). An unknown value is a configuration error. */
export function selectedEngine(env: Pick<AiEnv, "AI_PROVIDER">): Engine {
  const value = (env.AI_PROVIDER ?? "").trim().toLowerCase();
  if (value === "" || value === "offline") return "offline";
  if (value === "openai") return "openai";
  if (value === "workers-ai" || value === "workers_ai" || value === "workersai") return "workers-ai";
  throw new AiError("AI_NOT_CONFIGURED", `AI_PROVIDER must be offline, openai or workers-ai (got "${value}")`);
}

export function timeoutFromEnv(env: Pick<AiEnv, "AI_TIMEOUT_MS">): number {
  const value = Number(env.AI_TIMEOUT_MS);
  return env.AI_TIMEOUT_MS && Number.isFinite(value) && value > 0 ? value : DEFAULT_TIMEOUT_MS;
}

/**
 * Admin override of one feature, stored in `app_config` under `ai.<feature>` and validated on read (and, by the
 * admin console, on write). Every field is optional; absent fields keep the code's defaults.
 */
export const AiFeatureOverrideSchema = z
  .object({
    /** Model name for the active provider (OpenAI-compatible model id or Workers AI model). */
    model: z.string().trim().min(1).max(200).optional(),
    /** A version registered in prompts.ts for this feature. */
    promptVersion: z.string().trim().min(1).max(100).optional(),
    temperature: z.number().min(0).max(2).optional(),
    maxOutputTokens: z.number().int().min(16).max(32_000).optional(),
    /** Price in yuan per million tokens, replacing the price table for this feature. */
    price: z
      .object({ inputPerMTokens: z.number().min(0).max(10_000), outputPerMTokens: z.number().min(0).max(10_000) })
      .strict()
      .optional(),
  })
  .strict();
export type AiFeatureOverride = z.infer<typeof AiFeatureOverrideSchema>;

export const aiConfigKey = (feature: Feature) => `ai.${feature}`;

/** How long an isolate reuses an override it read; admin edits show up everywhere within this time. */
export const AI_OVERRIDE_TTL_MS = 30_000;
const cache = new Map<Feature, { value: AiFeatureOverride; until: number }>();

/**
 * The admin override of a feature (cached per isolate for AI_OVERRIDE_TTL_MS). A missing row is `{}`;
 * an invalid row is logged and ignored, never half-used.
 */
export async function getAiFeatureOverride(db: Db, feature: Feature, now = Date.now()): Promise<AiFeatureOverride> {
  const hit = cache.get(feature);
  if (hit && hit.until > now) return hit.value;
  const value = await readAiFeatureOverride(db, feature);
  cache.set(feature, { value, until: now + AI_OVERRIDE_TTL_MS });
  return value;
}

/** Reads and validates the override, bypassing the cache. */
export async function readAiFeatureOverride(db: Db, feature: Feature): Promise<AiFeatureOverride> {
  const row = await db
    .select({ value: appConfig.valueJson })
    .from(appConfig)
    .where(eq(appConfig.key, aiConfigKey(feature)))
    .get();
  if (!row) return {};
  const parsed = AiFeatureOverrideSchema.safeParse(row.value);
  if (!parsed.success) {
    log("error", "ai: stored feature override is invalid, ignoring it", {
      feature,
      issues: parsed.error.issues.slice(0, 10).map((issue) => ({ path: issue.path.join("."), message: issue.message })),
    });
    return {};
  }
  return parsed.data;
}

/** Forgets cached overrides (after an admin edit in this isolate, and in tests). */
export function invalidateAiOverrideCache(): void {
  cache.clear();
}
