/**
 * What an answer lacks most, in the order an interviewer would press: first whether there is anything
 * real to assess, then the candidate's own actions, then the result, then the finer points.
 */
import { MIN_UNITS } from "./score";
import type { AnswerReading } from "./star";

export type Gap =
  /** "I don't know": ask for the closest experience instead. */
  | "adjacent"
  /** A plan where a real event was asked for. */
  | "real-example"
  /** Too short to hold a story: ask for one concrete example. */
  | "example"
  | "action"
  | "result"
  /** Only "we": whose work was it? */
  | "ownership"
  /** A result without a number. */
  | "quantify"
  | "context"
  /** Technical answers that hold up: why this and not something else? */
  | "tradeoff"
  | "reflection"
  /** Long-winded. */
  | "concise"
  /** Nothing obvious left: go one level deeper. */
  | "depth";

export function primaryGap(r: AnswerReading): Gap {
  const { parts, mode } = r;
  if (r.nonAnswer) return "adjacent";
  if (r.hypothetical) return "real-example";
  if (r.units < MIN_UNITS[mode] && r.steps <= 1) return "example";
  if (!parts.action.present) return "action";
  if (mode !== "hr" && !parts.result.present) return "result";
  if (r.ownership === "we" && (mode === "star" || mode === "technical")) return "ownership";
  if (parts.result.present && r.quantified !== "result" && mode !== "hr") return "quantify";
  if (!parts.task.present || (mode !== "hr" && !parts.situation.present)) return "context";
  if (r.units > 320) return "concise";
  if (mode === "technical") return "tradeoff";
  if (mode === "star" && !r.reflection) return "reflection";
  return "depth";
}

/** Thin answers get the one 追问. */
export function isThin(r: AnswerReading, score: number): boolean {
  return (
    r.nonAnswer ||
    r.hypothetical ||
    r.units < MIN_UNITS[r.mode] ||
    !r.parts.action.present ||
    (r.mode !== "hr" && !r.parts.result.present) ||
    score < 50
  );
}
