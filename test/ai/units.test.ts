import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  AiFeatureOverrideSchema,
  costMicroYuan,
  currentPrompt,
  estimateTokens,
  FEATURES,
  findPrompt,
  PROMPTS,
  priceFor,
  renderPrompt,
  selectedEngine,
} from "../../worker/lib/ai";
import { checkJson, parseJsonLoose, schemaHint } from "../../worker/lib/ai/json";
import { backoffDelay, createDeadline, parseRetryAfter, RETRY_DEFAULTS } from "../../worker/lib/ai/retry";

describe("AI gateway pieces", () => {
  it("reads Retry-After in seconds, as a date, and retry-after-ms", () => {
    expect(parseRetryAfter(new Headers({ "Retry-After": "2" }))).toBe(2000);
    expect(parseRetryAfter(new Headers({ "retry-after-ms": "150", "Retry-After": "9" }))).toBe(150);
    const now = Date.parse("2026-01-01T00:00:00Z");
    expect(parseRetryAfter(new Headers({ "Retry-After": "Thu, 01 Jan 2026 00:00:03 GMT" }), now)).toBe(3000);
    expect(parseRetryAfter(new Headers({ "Retry-After": "soon" }))).toBeUndefined();
    expect(parseRetryAfter(new Headers())).toBeUndefined();
  });

  it("backs off exponentially with jitter, capped", () => {
    const options = { ...RETRY_DEFAULTS, baseDelayMs: 100, maxDelayMs: 350 };
    expect(backoffDelay(1, options, () => 0)).toBe(50);
    expect(backoffDelay(1, options, () => 0.999)).toBeLessThanOrEqual(100);
    expect(backoffDelay(2, options, () => 0)).toBe(100);
    expect(backoffDelay(3, options, () => 1)).toBe(350);
    expect(backoffDelay(10, options, () => 1)).toBe(350);
  });

  it("aborts a deadline after its time, unless touched", async () => {
    const deadline = createDeadline(60);
    await new Promise((resolve) => setTimeout(resolve, 40));
    deadline.touch();
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(deadline.signal.aborted).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(deadline.signal.aborted).toBe(true);
    expect(deadline.timedOut()).toBe(true);
    deadline.dispose();
  });

  it("prices by the longest matching model prefix, in micro-yuan", () => {
    expect(priceFor("deepseek-chat")).toEqual({ inputPerMTokens: 2, outputPerMTokens: 8 });
    expect(priceFor("deepseek-reasoner")?.inputPerMTokens).toBe(4);
    expect(priceFor("gpt-4o-mini-2024-07-18")?.inputPerMTokens).toBe(1.08);
    expect(priceFor("GLM-4-Flash")?.inputPerMTokens).toBe(0);
    expect(priceFor("unknown-model")).toBeUndefined();
    expect(costMicroYuan(priceFor("deepseek-chat"), 1_000_000, 0)).toBe(2_000_000);
    expect(costMicroYuan({ inputPerMTokens: 0.3, outputPerMTokens: 0.6 }, 1, 1)).toBe(1);
    expect(costMicroYuan(undefined, 5000, 5000)).toBe(0);
    expect(estimateTokens("你好世界abcd")).toBe(5);
  });

  it("parses JSON loosely (fences, prose) and reports schema problems by path", () => {
    expect(parseJsonLoose('```json\n{"a": 1}\n```')).toEqual({ ok: true, value: { a: 1 } });
    expect(parseJsonLoose('Here you go: {"a": 2} hope it helps')).toEqual({ ok: true, value: { a: 2 } });
    expect(parseJsonLoose('{"a": ').ok).toBe(false);
    const schema = z.object({ a: z.number(), b: z.array(z.string()) });
    const check = checkJson('{"a": "x", "b": [1]}', schema);
    expect(check.ok).toBe(false);
    if (!check.ok) {
      expect(check.code).toBe("AI_SCHEMA_MISMATCH");
      expect(check.problems.some((p) => p.startsWith("a:"))).toBe(true);
      expect(check.problems.some((p) => p.startsWith("b.0:"))).toBe(true);
      // Paths and messages only: never the values the model produced.
      expect(check.problems.join()).not.toContain('"x"');
    }
    expect(JSON.parse(schemaHint(schema) ?? "{}")).toMatchObject({ type: "object", required: ["a", "b"] });
  });

  it("has a current, rendered prompt for every feature", () => {
    for (const feature of FEATURES) {
      const prompt = currentPrompt(feature);
      expect(prompt.version).toBe(PROMPTS[feature].current);
      expect(findPrompt(feature, prompt.version)).toBe(prompt);
      const rendered = renderPrompt(prompt.system, { targetRole: "数据分析师" });
      expect(rendered).not.toMatch(/\{\{targetRole\}\}|\{\{language\}\}/);
      const versions = PROMPTS[feature].versions.map((v) => v.version);
      expect(new Set(versions).size).toBe(versions.length);
    }
    expect(renderPrompt("{{a}} {{b}}", { a: 1 })).toBe("1 {{b}}");
  });

  it("selects the engine from AI_PROVIDER and validates overrides", () => {
    expect(selectedEngine({})).toBe("offline");
    expect(selectedEngine({ AI_PROVIDER: " OpenAI " })).toBe("openai");
    expect(selectedEngine({ AI_PROVIDER: "workers-ai" })).toBe("workers-ai");
    expect(() => selectedEngine({ AI_PROVIDER: "gpt" })).toThrow(/AI_PROVIDER/);
    expect(AiFeatureOverrideSchema.safeParse({ model: "qwen-max", temperature: 0.3 }).success).toBe(true);
    expect(AiFeatureOverrideSchema.safeParse({ model: "qwen-max", extra: 1 }).success).toBe(false);
    expect(AiFeatureOverrideSchema.safeParse({ price: { inputPerMTokens: -1, outputPerMTokens: 1 } }).success).toBe(
      false,
    );
  });
});
