import { env } from "cloudflare:test";
import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import { createDb } from "../../worker/db/client";
import { aiCalls } from "../../worker/db/schema";
import { type AiEnv, type AiGatewayOptions, createAiGateway } from "../../worker/lib/ai";
import { LOOPBACK_OPENAI_KEY, type OpenAiScriptStep, type RecordedOpenAiRequest } from "./context";

export const db = () => createDb(env.DB);

/** `OPENAI_*` settings pointing at the loopback server. */
export function openaiEnv(extra: Partial<AiEnv> = {}): AiEnv {
  return {
    AI_PROVIDER: "openai",
    OPENAI_BASE_URL: env.TEST_OPENAI_URL,
    OPENAI_API_KEY: LOOPBACK_OPENAI_KEY,
    OPENAI_MODEL: "deepseek-chat",
    ...extra,
  };
}

/** A gateway with fast backoff (tests of Retry-After pass their own retry options). */
export function gateway(aiEnv: AiEnv = openaiEnv(), options: Partial<AiGatewayOptions> = {}) {
  return createAiGateway(aiEnv, { db: db(), retry: { baseDelayMs: 10, maxDelayMs: 50 }, ...options });
}

const origin = () => new URL(env.TEST_OPENAI_URL).origin;

/** Queues scripted answers for requests containing `match`. */
export async function script(match: string, steps: OpenAiScriptStep[]): Promise<void> {
  const response = await fetch(`${origin()}/__control/script`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ match, steps }),
  });
  if (!response.ok) throw new Error(`script: ${response.status} ${await response.text()}`);
}

/** What the loopback server received for requests containing `match`, oldest first. */
export async function received(match: string): Promise<RecordedOpenAiRequest[]> {
  const response = await fetch(`${origin()}/__control/requests?match=${encodeURIComponent(match)}`);
  return (await response.json()) as RecordedOpenAiRequest[];
}

/** A unique marker for one test: put it in the user message (scripts match it) and use it as the job id. */
export function marker(name: string): string {
  return `scenario:${name}:${crypto.randomUUID()}`;
}

/** The ai_calls rows of a job, oldest first. */
export async function callsOf(jobId: string) {
  return db().select().from(aiCalls).where(eq(aiCalls.refId, jobId)).orderBy(sql`rowid`).all();
}

export const Verdict = z.object({
  score: z.number().int().min(0).max(100),
  issues: z.array(z.object({ title: z.string(), evidence: z.string() })),
});
export type Verdict = z.infer<typeof Verdict>;

export const GOOD_VERDICT: Verdict = {
  score: 82,
  issues: [{ title: "缺少量化成果", evidence: "负责前端开发" }],
};

export async function collect(stream: AsyncIterable<string>): Promise<string[]> {
  const chunks: string[] = [];
  for await (const chunk of stream) chunks.push(chunk);
  return chunks;
}
