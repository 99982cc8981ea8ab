/**
 * Patterns across the turns of an interview, each a strength or an improvement that names the
 * questions it is about: numbers behind results, complete structure, the part most often missing,
 * "I" versus "we", technical depth, follow-ups, length, reflection, and the best and weakest answers.
 */
import { type Locale, tr } from "../../analysis/engine/text";
import { STAR_PARTS, type StarPart } from "../schemas";
import { improvementFor } from "./feedback";
import { primaryGap } from "./gaps";
import { joinList, questionRefs, quoted } from "./phrases";
import { partLabel, type RubricMode } from "./rubric";
import { MIN_UNITS } from "./score";
import type { AnswerReading } from "./star";
import type { ReportTurn } from "./types";

export interface ReadTurn {
  /** 0-based position in the interview. */
  index: number;
  turn: ReportTurn;
  mode: RubricMode;
  /** The answer and the follow-up answer, read together. */
  reading: AnswerReading;
  score: number;
}

/** A finding and how much it matters (higher first). */
export interface Item {
  weight: number;
  text: string;
}

const LONG = 320;

const MISSING_TIP: Record<StarPart, readonly [zh: string, en: string]> = {
  situation: [
    "开头用一两句交代背景，面试官才知道这件事为什么重要。",
    "Open with a line of context so the interviewer knows why it mattered.",
  ],
  task: [
    "讲清楚你的职责和目标，才能衡量你做得好不好。",
    "State your responsibility and goal; it is what your work is measured against.",
  ],
  action: ["重点讲你本人做的 2–3 个关键动作。", "Focus on the two or three key actions you took yourself."],
  result: ["每个回答都以结果收尾，最好有数字。", "End every answer with the result, ideally a number."],
};

class Findings {
  readonly strengths: Item[] = [];
  readonly improvements: Item[] = [];
  constructor(readonly locale: Locale) {}
  t(zh: string, en: string): string {
    return tr(this.locale, zh, en);
  }
  refs(xs: readonly ReadTurn[]): string {
    return questionRefs(
      this.locale,
      xs.map((x) => x.index),
    );
  }
  /** Parts are named in the words of the rubric when the turns share one, else plain STAR. */
  label(xs: readonly ReadTurn[], part: StarPart): string {
    return partLabel(xs.every((x) => x.mode === xs[0]!.mode) ? xs[0]!.mode : "star", part, this.locale);
  }
  strength(weight: number, zh: string, en: string): void {
    this.strengths.push({ weight, text: this.t(zh, en) });
  }
  improvement(weight: number, zh: string, en: string): void {
    this.improvements.push({ weight, text: this.t(zh, en) });
  }
}

/** The introduction and the behavioural, project and technical answers: where results are expected. */
const core = (turns: readonly ReadTurn[]) => turns.filter((x) => x.mode !== "hr");

function quantifiedResults(f: Findings, turns: readonly ReadTurn[]): void {
  const all = core(turns);
  if (all.length === 0) return;
  const quantified = all.filter((x) => x.reading.quantified === "result");
  const without = all.filter((x) => x.reading.quantified !== "result");
  const example = quantified[0]?.reading.parts.result.evidence;
  const tip = [
    "每个经历都准备一个“指标从 A 到 B”的数字。",
    'Prepare one "metric went from A to B" figure for each story.',
  ];
  if (example && without.length === 0)
    f.strength(
      8,
      `${f.refs(quantified)}${quantified.length > 1 ? "都" : ""}用数字讲了结果，例如${quoted(example, 40)}，说服力强。`,
      `${f.refs(quantified)} ${quantified.length > 1 ? "all back" : "backs"} the result with a number, e.g. ${quoted(example, 40)}, which is convincing.`,
    );
  else if (example && quantified.length * 2 >= all.length)
    f.strength(
      8,
      `${quantified.length}/${all.length} 个回答用数字讲了结果（${f.refs(quantified)}），例如${quoted(example, 40)}。`,
      `${quantified.length} of ${all.length} answers back the result with a number (${f.refs(quantified)}), e.g. ${quoted(example, 40)}.`,
    );
  else if (quantified.length === 0)
    f.improvement(
      8,
      `${f.refs(without)}都没有用数字讲结果，面试官无从判断成效；${tip[0]}`,
      `${f.refs(without)} gave no number for the result, so the impact is hard to judge. ${tip[1]}`,
    );
  else
    f.improvement(
      8,
      `只有 ${quantified.length}/${all.length} 个回答用数字讲了结果，${f.refs(without)}没有可核实的数据；${tip[0]}`,
      `Only ${quantified.length} of ${all.length} answers back the result with a number; ${f.refs(without)} had nothing checkable. ${tip[1]}`,
    );
}

function structure(f: Findings, turns: readonly ReadTurn[]): void {
  const all = core(turns);
  const complete = all.filter((x) => STAR_PARTS.every((p) => x.reading.parts[p].present));
  if (complete.length > 0) {
    const parts = joinList(
      f.locale,
      STAR_PARTS.map((p) => f.label(complete, p)),
    );
    f.strength(
      7 + complete.length / all.length,
      `${f.refs(complete)}的回答结构完整，${parts}都讲到了。`,
      `${f.refs(complete)} had a complete structure: ${parts}.`,
    );
  }
  const missing = STAR_PARTS.map((part) => ({ part, turns: all.filter((x) => !x.reading.parts[part].present) }))
    .filter((m) => m.turns.length > 0)
    // Ties go to the later part: a missing result costs more than a missing situation.
    .sort((a, b) => b.turns.length - a.turns.length || STAR_PARTS.indexOf(b.part) - STAR_PARTS.indexOf(a.part))[0];
  if (missing && (missing.turns.length >= 2 || missing.turns.length * 2 >= all.length)) {
    const name = f.label(missing.turns, missing.part);
    const [zh, en] = MISSING_TIP[missing.part];
    f.improvement(
      9,
      `最常缺的是「${name}」：${f.refs(missing.turns)}都没有讲到。${zh}`,
      `The part most often missing is ${name}: absent from ${f.refs(missing.turns)}. ${en}`,
    );
  }
}

function ownership(f: Findings, turns: readonly ReadTurn[]): void {
  const all = core(turns);
  const weOnly = all.filter((x) => x.reading.ownership === "we");
  const own = all.filter((x) => x.reading.ownership === "i");
  if (weOnly.length > 0)
    f.improvement(
      6,
      `${f.refs(weOnly)}只说“我们”，听不出你本人的贡献；讲清楚哪部分是你负责、亲手完成的。`,
      `${f.refs(weOnly)} only said “we”, which hides your own contribution; say which parts you owned and did.`,
    );
  else if (all.length >= 2 && own.length * 2 > all.length)
    f.strength(
      4,
      `多数回答用“我”讲清了个人的行动（${f.refs(own)}），面试官能看出你本人的贡献。`,
      `Most answers use “I” for the actions (${f.refs(own)}), so your own contribution comes through.`,
    );
}

function technicalDepth(f: Findings, turns: readonly ReadTurn[]): void {
  const technical = turns.filter((x) => x.mode === "technical");
  const deep = technical.filter((x) => x.reading.parts.action.present && x.reading.skills.length > 0);
  const shallow = technical.filter((x) => !x.reading.parts.action.present);
  if (deep.length > 0) {
    const named = [...new Set(deep.flatMap((x) => x.reading.skills))].slice(0, 4);
    f.strength(
      6,
      `专业题能落到具体的技术和方法上（${f.refs(deep)}，提到了 ${named.join("、")}）。`,
      `Technical answers get down to concrete tools and methods (${f.refs(deep)}, naming ${joinList(f.locale, named)}).`,
    );
  }
  if (shallow.length > 0)
    f.improvement(
      7,
      `${f.refs(shallow)}停留在概念层面，缺少具体方案：讲清用了什么、为什么这样选、效果如何验证。`,
      `${f.refs(shallow)} stayed abstract without a concrete approach: say what you used, why, and how you verified it worked.`,
    );
}

function followUps(f: Findings, turns: readonly ReadTurn[]): void {
  const followed = turns.filter((x) => x.turn.followUp);
  const recovered = followed.filter((x) => x.score >= 60);
  if (recovered.length > 0)
    f.strength(
      3,
      `被追问后能补上关键信息（${f.refs(recovered)}），临场应变不错。`,
      `When pressed, you supplied what was missing (${f.refs(recovered)}): good composure under follow-up.`,
    );
  if (followed.length >= 2)
    f.improvement(
      5,
      `${followed.length} 题需要追问才讲完整（${f.refs(followed)}）；第一遍回答就把行动和结果讲全。`,
      `${followed.length} answers needed a follow-up to be complete (${f.refs(followed)}); cover actions and results the first time.`,
    );
}

function length(f: Findings, turns: readonly ReadTurn[]): void {
  const short = turns.filter((x) => x.reading.units < MIN_UNITS[x.mode]);
  const long = turns.filter((x) => x.reading.units > LONG);
  if (short.length > 0)
    f.improvement(
      6.5,
      `${f.refs(short)}的回答过短，不足以展开一个完整的例子；每题建议讲 1–2 分钟。`,
      `${f.refs(short)} ${short.length > 1 ? "were" : "was"} too short to tell a full example; aim for one to two minutes per answer.`,
    );
  if (long.length > 0)
    f.improvement(
      4,
      `${f.refs(long)}的回答偏长，建议先说结论，再讲关键动作和结果，控制在两分钟内。`,
      `${f.refs(long)} ran long; lead with the conclusion, then key actions and the result, within two minutes.`,
    );
}

/** Reflection is expected of the behavioural and project stories. */
function reflection(f: Findings, turns: readonly ReadTurn[]): void {
  const stories = turns.filter((x) => x.mode === "star");
  const reflective = stories.filter((x) => x.reading.reflection);
  const unreflective = stories.filter((x) => !x.reading.reflection);
  if (stories.length >= 2 && reflective.length * 2 < stories.length)
    f.improvement(
      3,
      `${f.refs(unreflective)}没有复盘；结尾加一句“学到了什么、下次怎么做”会更有深度。`,
      `${f.refs(unreflective)} had no reflection; closing with what you learned and would change adds depth.`,
    );
  else if (reflective.length >= 2)
    f.strength(
      3,
      `会主动复盘（${f.refs(reflective)}），体现了反思和成长意识。`,
      `You reflect on what you learned (${f.refs(reflective)}), which shows self-awareness.`,
    );
}

/** The best answer as a strength; the weakest (two when findings are few) with the one thing to fix. */
function bestAndWeakest(f: Findings, turns: readonly ReadTurn[]): void {
  const byScore = [...turns].sort((a, b) => b.score - a.score || a.index - b.index);
  const best = byScore[0]!;
  const quote = best.reading.parts.action.evidence ?? best.reading.parts.result.evidence;
  if (best.score >= 60 && quote)
    f.strength(
      5,
      `表现最好的是${f.refs([best])}（${best.score} 分），${quoted(quote, 40)}讲得具体可信。`,
      `Your strongest answer was ${f.refs([best])} (${best.score}): ${quoted(quote, 40)} is specific and credible.`,
    );
  else if (best.score > 0 && f.strengths.length < 2)
    f.strength(
      0,
      `相对最好的是${f.refs([best])}（${best.score} 分），${quoted(quote ?? best.turn.answer, 40)}是可以继续展开的素材。`,
      `Your relatively strongest answer was ${f.refs([best])} (${best.score}); ${quoted(quote ?? best.turn.answer, 40)} is material to build on.`,
    );
  const weakest = byScore.reverse().slice(0, f.improvements.length < 2 ? 2 : 1);
  weakest.forEach((x, i) => {
    if (x === best && turns.length > 1) return;
    const gaps = STAR_PARTS.filter((p) => !x.reading.parts[p].present).map((p) => f.label([x], p));
    const advice = improvementFor(primaryGap(x.reading), x.reading, f.locale);
    const weight = 2 - i;
    if (gaps.length)
      f.improvement(
        weight,
        `${f.refs([x])}得分较低（${x.score} 分），缺少${joinList(f.locale, gaps)}。${advice}`,
        `${f.refs([x])} scored ${x.score}, missing ${joinList(f.locale, gaps)}. ${advice}`,
      );
    else
      f.improvement(
        weight,
        `${f.refs([x])}（${x.score} 分）还可以更进一步：${advice}`,
        `${f.refs([x])} (${x.score}) can go further: ${advice}`,
      );
  });
}

/** Order matters: the best/weakest pass looks at how many findings the others produced. */
const PATTERNS = [
  quantifiedResults,
  structure,
  ownership,
  technicalDepth,
  followUps,
  length,
  reflection,
  bestAndWeakest,
];

export function findPatterns(turns: readonly ReadTurn[], locale: Locale): { strengths: Item[]; improvements: Item[] } {
  const f = new Findings(locale);
  for (const pattern of PATTERNS) pattern(f, turns);
  return { strengths: f.strengths, improvements: f.improvements };
}
