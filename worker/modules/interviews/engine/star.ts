/**
 * Reading an answer: which clause carries each STAR part (quoted verbatim), and the depth signals
 * scoring and feedback rely on — length, action steps, quantified results, "I" versus "we", named
 * technologies, reflection, and the ways an answer dodges (hypotheticals, "I don't know").
 */
import { findSkills, foldText } from "../../analysis/engine/lexicon";
import { isQuantified, quantStrength } from "../../analysis/engine/signals";
import { clipAround, clipQuote, contentLength, hasCjk } from "../../analysis/engine/text";
import { STAR_PARTS, type StarCheck, type StarPart } from "../schemas";
import { type Clause, splitClauses } from "./clauses";
import { CHANGE, cuesFor, HYPOTHETICAL, isSituational, NON_ANSWER, REFLECTION, type RubricMode, VAGUE } from "./rubric";

/** A part is present from one clear cue. */
const PRESENT = 1;
/** A clause may carry a second part only with strong cues for it. */
const SHARED = 2;
/** The number in a result, with its unit, kept when a quote is clipped. */
const NUMBER_FOCUS =
  /\d+(?:[.,]\d+)*\s*(?:%|％|倍|x|k|w|万|千|亿|元|人|个|次|ms|秒|分钟|小时|天|hours?|days?|minutes?|users?)?/i;
/** Longest quote: Chinese packs more into a character than English. */
const evidenceMax = (text: string): number => (hasCjk(text) ? 60 : 100);

export interface SourcedClause extends Clause {
  /** Which answer it comes from (0: the first answer, 1: the follow-up answer). */
  source: number;
}

export interface PartReading {
  present: boolean;
  /** How strongly the clause reads as this part (cue weights). */
  strength: number;
  evidence: string | null;
  clause: SourcedClause | null;
}

export type Ownership = "i" | "mixed" | "we" | "none";

export interface AnswerReading {
  mode: RubricMode;
  parts: Record<StarPart, PartReading>;
  /** Visible length: Latin words plus half the CJK characters (a Chinese word is about two). */
  units: number;
  /** Clauses that read as actions. */
  steps: number;
  /** Where a number backs a result: in the result clause, elsewhere, or nowhere. */
  quantified: "result" | "elsewhere" | "none";
  /** A rate, multiple or before/after rather than a bare count. */
  quantStrong: boolean;
  ownership: Ownership;
  /** Named technologies and tools, as written. */
  skills: string[];
  /** 0..1: names, numbers and technical detail. */
  specificity: number;
  reflection: boolean;
  /** A plan ("I would…") where a real event was asked for. */
  hypothetical: boolean;
  /** The question asks what the candidate would do: a plan is a fair answer. */
  situational: boolean;
  /** "I don't know" and nothing else. */
  nonAnswer: boolean;
  /** Filler words ("等等", "stuff"). */
  vague: number;
}

function clauseScores(mode: RubricMode, clauses: SourcedClause[]): Record<StarPart, number>[] {
  const last = Math.max(1, clauses.length - 1);
  return clauses.map((c, k) => {
    const text = c.text.normalize("NFKC");
    const pos = clauses.length > 1 ? k / last : 0.5;
    const scores = {} as Record<StarPart, number>;
    for (const part of STAR_PARTS) {
      let s = 0;
      for (const [re, weight] of cuesFor(mode, part)) if (re.test(text)) s += weight;
      if (part === "action" && s > 0 && /^(?:我(?!们)|I\b)/.test(text)) s += 0.5;
      if (part === "result") {
        if (isQuantified(text) && CHANGE.test(text)) s += 2;
        else if (isQuantified(text) && s > 0) s += 0.5;
      }
      // Answers tend to open with the context and close with the outcome.
      if (s > 0 && part === "situation") s += 0.5 * (1 - pos);
      if (s > 0 && part === "result") s += 0.5 * pos;
      scores[part] = s;
    }
    return scores;
  });
}

/** Each part gets its best clause; a clause serves one part unless it strongly reads as another too. */
function assignParts(scores: Record<StarPart, number>[]): Map<StarPart, { index: number; strength: number }> {
  const triples = scores
    .flatMap((s, index) => STAR_PARTS.map((part, p) => ({ part, p, index, strength: s[part] })))
    .filter((t) => t.strength >= PRESENT)
    .sort((a, b) => b.strength - a.strength || a.p - b.p || a.index - b.index);
  const chosen = new Map<StarPart, { index: number; strength: number }>();
  const used = new Set<number>();
  for (const t of triples) {
    if (chosen.has(t.part) || used.has(t.index)) continue;
    chosen.set(t.part, t);
    used.add(t.index);
  }
  for (const t of triples) if (!chosen.has(t.part) && t.strength >= SHARED) chosen.set(t.part, t);
  return chosen;
}

/** The clause as a quote; a very short clause takes the next one of its sentence along. */
function evidenceOf(answers: readonly string[], clauses: SourcedClause[], index: number, part: StarPart): string {
  const c = clauses[index]!;
  const next = clauses[index + 1];
  const short = contentLength(c.text).cjk + contentLength(c.text).words * 2 < 8;
  const end = short && next && next.source === c.source && next.sentence === c.sentence ? next.end : c.end;
  const text = answers[c.source]!.slice(c.start, end);
  return part === "result" ? clipAround(text, NUMBER_FOCUS, evidenceMax(text)) : clipQuote(text, evidenceMax(text));
}

function ownershipOf(text: string): Ownership {
  const i = (text.match(/我(?!们)/g)?.length ?? 0) + (text.match(/\b(?:I|I'm|I've|I'd|[Mm]y|me)\b/g)?.length ?? 0);
  const we = (text.match(/我们|咱们/g)?.length ?? 0) + (text.match(/\b(?:we|our|us)\b/gi)?.length ?? 0);
  if (i > 0 && i * 2 >= we) return "i";
  if (i > 0) return "mixed";
  return we > 0 ? "we" : "none";
}

/** Reads the answer(s) to one question; for a follow-up turn, the first answer and the follow-up answer. */
export function readAnswer(mode: RubricMode, question: string, answers: readonly string[]): AnswerReading {
  const clauses: SourcedClause[] = answers.flatMap((a, source) => splitClauses(a).map((c) => ({ ...c, source })));
  const all = answers.join("\n");
  const scores = clauseScores(mode, clauses);
  const chosen = assignParts(scores);
  const parts = {} as Record<StarPart, PartReading>;
  for (const part of STAR_PARTS) {
    const hit = chosen.get(part);
    parts[part] = hit
      ? {
          present: true,
          strength: hit.strength,
          evidence: evidenceOf(answers, clauses, hit.index, part),
          clause: clauses[hit.index]!,
        }
      : { present: false, strength: 0, evidence: null, clause: null };
  }

  const length = answers.reduce(
    (n, a) => {
      const l = contentLength(a);
      return { cjk: n.cjk + l.cjk, words: n.words + l.words };
    },
    { cjk: 0, words: 0 },
  );
  const units = length.words + length.cjk / 2;
  const quantClauses = clauses.filter((c) => isQuantified(c.text) && CHANGE.test(c.text));
  const resultText = parts.result.clause?.text ?? "";
  const quantified = isQuantified(resultText) ? "result" : quantClauses.length > 0 ? "elsewhere" : "none";
  const quantStrong = quantified === "result" && quantStrength(resultText) >= 3;
  const skills = [
    ...new Set(
      findSkills(foldText(all))
        .filter((h) => h.skill.kind !== "soft")
        .map((h) => h.quote),
    ),
  ];
  const named = all.match(/「[^」]{1,30}」|“[^”]{1,30}”|《[^》]{1,30}》/g)?.length ?? 0;
  const numbers = clauses.filter((c) => isQuantified(c.text)).length;
  const techDetail = mode === "technical" ? scores.filter((s) => s.action >= 2).length : 0;
  const specificity = Math.min(1, skills.length * 0.25 + numbers * 0.12 + named * 0.15 + techDetail * 0.1);
  // The mood of a sentence is set once ("我会先……然后……"): count sentences, not clauses.
  const sentences = new Map<string, boolean>();
  for (const c of clauses) {
    const key = `${c.source}:${c.sentence}`;
    sentences.set(key, (sentences.get(key) ?? false) || HYPOTHETICAL.test(c.text));
  }
  const hypotheticalSentences = [...sentences.values()].filter(Boolean).length;
  const situational = isSituational(question);
  const hypothetical =
    mode === "star" &&
    !situational &&
    hypotheticalSentences >= Math.max(1, Math.ceil(sentences.size * 0.5)) &&
    !scores.some((s) => s.situation >= PRESENT);

  return {
    mode,
    parts,
    units,
    steps: scores.filter((s) => s.action >= PRESENT).length,
    quantified,
    quantStrong,
    ownership: ownershipOf(all),
    skills,
    specificity,
    reflection: REFLECTION.test(all),
    hypothetical,
    situational,
    nonAnswer: units < 25 && NON_ANSWER.test(all),
    vague: all.match(VAGUE)?.length ?? 0,
  };
}

export function starCheck(reading: AnswerReading): StarCheck {
  const star = {} as StarCheck;
  for (const part of STAR_PARTS)
    star[part] = { present: reading.parts[part].present, evidence: reading.parts[part].evidence };
  return star;
}
