import { type ZodType, z } from "zod";
import type { ChatMessage } from "./types";

export type JsonCheck<T> =
  | { ok: true; data: T }
  | { ok: false; code: "AI_INVALID_JSON" | "AI_SCHEMA_MISMATCH"; problems: string[] };

/**
 * Parses a model's answer as JSON: the whole text, else the text inside a ```json fence, else the span from the
 * first `{` to the last `}` (models wrap JSON in prose despite json mode).
 */
export function parseJsonLoose(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  const candidates: string[] = [text.trim()];
  const fence = /```(?:json)?\s*([\s\S]*?)```/i.exec(text);
  if (fence?.[1]) candidates.push(fence[1].trim());
  const first = text.indexOf("{");
  const last = text.lastIndexOf("}");
  if (first >= 0 && last > first) candidates.push(text.slice(first, last + 1));
  let error = "empty answer";
  for (const candidate of candidates) {
    if (candidate === "") continue;
    try {
      return { ok: true, value: JSON.parse(candidate) };
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
  }
  return { ok: false, error };
}

/** Parses and validates; problems are paths and messages only (no values), safe to log and to send back. */
export function checkJson<T>(text: string, schema: ZodType<T>): JsonCheck<T> {
  const parsed = parseJsonLoose(text);
  if (!parsed.ok) return { ok: false, code: "AI_INVALID_JSON", problems: [`not valid JSON: ${parsed.error}`] };
  return checkValue(parsed.value, schema);
}

export function checkValue<T>(value: unknown, schema: ZodType<T>): JsonCheck<T> {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, data: result.data };
  const problems = result.error.issues
    .slice(0, 30)
    .map((issue) => `${issue.path.length ? issue.path.join(".") : "(root)"}: ${issue.message}`);
  return { ok: false, code: "AI_SCHEMA_MISMATCH", problems };
}

/** The schema as JSON Schema text for the prompt, or undefined when zod cannot represent it. */
export function schemaHint(schema: ZodType<unknown>): string | undefined {
  try {
    const json = z.toJSONSchema(schema, { unrepresentable: "any", io: "output" }) as Record<string, unknown>;
    delete json.$schema;
    return JSON.stringify(json);
  } catch {
    return undefined;
  }
}

/** The instruction appended to every structured system prompt (json_object mode requires the word "JSON"). */
export function jsonInstruction(hint: string | undefined): string {
  return hint
    ? `\n\nRespond with one JSON object only, no Markdown and no prose. It must match this JSON Schema:\n${hint}`
    : "\n\nRespond with one JSON object only, no Markdown and no prose.";
}

const MAX_ECHOED_ANSWER_CHARS = 24_000;

/** The two messages of the repair round trip: the model's own answer, then what is wrong with it. */
export function repairMessages(badAnswer: string, problems: string[]): ChatMessage[] {
  return [
    { role: "assistant", content: badAnswer.slice(0, MAX_ECHOED_ANSWER_CHARS) },
    {
      role: "user",
      content:
        "Your previous answer could not be used because it is not valid JSON for the required schema:\n" +
        problems.map((p) => `- ${p}`).join("\n") +
        "\n\nReply with the corrected JSON object only: keep the content, fix the structure, no Markdown, no prose.",
    },
  ];
}
