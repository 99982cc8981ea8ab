/**
 * The score of an answer, 0..100: structure (which parts are there, and how clearly) plus depth (length,
 * steps, numbers, ownership, specificity, reflection), less filler, capped for answers too short or too
 * empty to judge however well they hit the cues.
 */
import { clamp } from "../../analysis/engine/text";
import { STAR_PARTS } from "../schemas";
import { type DepthSignal, WEIGHTS } from "./rubric";
import type { AnswerReading, Ownership } from "./star";

/** Below this many units (≈ 60 Chinese characters or 30 English words) an answer is too short to judge. */
export const MIN_UNITS = { star: 30, technical: 30, intro: 30, hr: 15 } as const;

const OWNERSHIP: Record<Ownership, number> = { i: 1, mixed: 0.7, none: 0.5, we: 0.2 };

/** Rises to full marks at about 70 units (≈ 140 Chinese characters), eases off past 300 (rambling). */
function lengthFactor(units: number): number {
  if (units < 10) return 0;
  if (units < 30) return ((units - 10) / 20) * 0.4;
  if (units < 70) return 0.4 + ((units - 30) / 40) * 0.6;
  if (units <= 300) return 1;
  return Math.max(0.7, 1 - (units - 300) / 500);
}

function depth(r: AnswerReading): Record<DepthSignal, number> {
  return {
    length: lengthFactor(r.units),
    steps: [0, 0.45, 0.75, 1][Math.min(3, r.steps)]!,
    quantified:
      r.quantified === "result"
        ? r.quantStrong
          ? 1
          : 0.75
        : r.quantified === "elsewhere"
          ? 0.4
          : r.parts.result.present
            ? 0.15
            : 0,
    ownership: OWNERSHIP[r.ownership],
    specific: r.specificity,
    reflection: r.reflection ? 1 : 0,
  };
}

export function scoreReading(r: AnswerReading): number {
  const w = WEIGHTS[r.mode];
  let score = 0;
  for (const part of STAR_PARTS) {
    const p = r.parts[part];
    if (p.present) score += w.parts[part] * (0.5 + 0.5 * Math.min(1, p.strength / 2.5));
  }
  const d = depth(r);
  for (const key of Object.keys(d) as DepthSignal[]) score += w.depth[key] * d[key];
  score -= Math.min(6, Math.max(0, r.vague - 1) * 2);
  if (r.hypothetical) score -= 10;
  if (r.nonAnswer) score = Math.min(score, 10);
  if (r.units < 12) score = Math.min(score, 20);
  else if (r.units < MIN_UNITS[r.mode]) score = Math.min(score, 55);
  if (!r.parts.action.present && !r.parts.result.present) score = Math.min(score, 45);
  return Math.round(clamp(score));
}
