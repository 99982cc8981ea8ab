/**
 * The classic question bank as a source of answer structure: the bank question closest to what was asked
 * (shared skills and words, in either language) and its outline cut into short talking points.
 */
import { type BankQuestion, QUESTION_BANK } from "../../analysis/engine/question-bank";
import { foldForMatch, hasCjk, type Locale } from "../../analysis/engine/text";
import { FIELD_SKILLS, termsOf } from "./terms";

/**
 * Question wording for similarity, as weighted features: skills (3), English words (2) and Chinese
 * character bigrams (1) — the segmenter drops one-character words such as 快 in "Redis 为什么快".
 */
type Shape = Map<string, number>;

// biome-ignore format: word list
const COMMON_BIGRAMS = new Set(["什么", "怎么", "为什", "么是", "是什", "如何", "哪些", "你的", "你们", "一下", "么样", "怎样", "有什", "的是", "可以", "说说", "讲讲", "谈谈", "介绍", "一个", "你是", "是怎", "么做", "你在", "在项", "项目", "目中", "分别", "别是"]);

/** The shape of a question; its skills are given for bank questions (their tags), read for asked ones. */
function shapeOf(text: string, skills?: readonly string[]): Shape {
  const terms = termsOf(text, { skills: !skills });
  const shape: Shape = new Map();
  for (const id of skills ?? terms.skills.keys()) shape.set(`s:${id}`, FIELD_SKILLS.has(id) ? 1 : 3);
  for (const w of terms.words) if (!hasCjk(w)) shape.set(`w:${w}`, 2);
  for (const run of foldForMatch(text).match(/[\u3400-\u9fff]+/g) ?? []) {
    for (let i = 0; i + 1 < run.length; i++) {
      const gram = run.slice(i, i + 2);
      if (!COMMON_BIGRAMS.has(gram)) shape.set(`g:${gram}`, 1);
    }
  }
  return shape;
}

interface Indexed {
  q: BankQuestion;
  zh: Shape;
  en: Shape;
}
let index: Indexed[] | undefined;

const squares = (s: Shape) => [...s.values()].reduce((n, w) => n + w * w, 0);

/**
 * Half cosine, half coverage of the asked question: a short live question ("Redis 为什么快") should
 * match the bank question that contains it, not the shortest one that shares its skill.
 */
function similarity(asked: Shape, bank: Shape): number {
  let dot = 0;
  for (const [k, w] of asked) dot += w * (bank.get(k) ?? 0);
  const a = squares(asked);
  const b = squares(bank);
  return a && b ? (dot / Math.sqrt(a * b) + dot / a) / 2 : 0;
}

/** Below this, the nearest bank question is a different question. */
const MIN_SIMILARITY = 0.45;

/**
 * The bank question closest to the asked one, when it is close enough. When the question names
 * technologies (`required`), the bank question has to name one of them too.
 */
export function nearestBankQuestion(question: string, required: readonly string[]): BankQuestion | undefined {
  // Tags name the skills a bank question is about; reading them from 600 texts would cost a lexicon scan each.
  index ??= QUESTION_BANK.map((q) => ({ q, zh: shapeOf(q.zh[0], q.tags), en: shapeOf(q.en[0], q.tags) }));
  const asked = shapeOf(question);
  let best: { q: BankQuestion; score: number } | undefined;
  for (const { q, zh, en } of index) {
    if (required.length && !required.some((id) => zh.has(`s:${id}`) || en.has(`s:${id}`))) continue;
    const score = Math.max(similarity(asked, zh), similarity(asked, en));
    if (score >= MIN_SIMILARITY && (!best || score > best.score)) best = { q, score };
  }
  return best?.q;
}

// A parenthesis holding a number ("（6.0 后多线程 I/O）") is detail that the suggestion must not carry.
const NUMBERED_ASIDE = /\s*[（(][^（）()]*\d[^（）()]*[)）]/g;

/**
 * Up to `count` of the outline's steps as short talking points, in outline order: numbering dropped, steps
 * that state numbers left out, and the steps closest to the asked question preferred.
 */
export function outlineSteps(q: BankQuestion, language: Locale, asked: string, count: number): string[] {
  const outline = (language === "en" ? q.en : q.zh)[2];
  const max = language === "en" ? 110 : 48;
  const steps = outline
    .split(/\s*\d+\)\s*/)
    .map((s) =>
      s
        .replace(NUMBERED_ASIDE, "")
        .replace(/[；;。.,，\s]+$/, "")
        .trim(),
    )
    // "用 STAR：" heads the steps; it is not one.
    .filter((s) => s && !/\d/.test(s) && !/[:：]$/.test(s));
  const shape = shapeOf(asked);
  const chosen = steps
    .map((s, i) => ({ s, i, score: similarity(shape, shapeOf(s)) }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .slice(0, count)
    .sort((a, b) => a.i - b.i);
  return chosen.map(({ s }) => shorten(s.charAt(0).toUpperCase() + s.slice(1), max));
}

/** Cuts a step at the last clause boundary before max characters. */
function shorten(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.slice(0, max);
  const at = Math.max(cut.lastIndexOf("，"), cut.lastIndexOf("、"), cut.lastIndexOf(", "), cut.lastIndexOf("；"));
  return at > max / 3 ? cut.slice(0, at) : `${cut.replace(/\s+\S*$/, "")}…`;
}
