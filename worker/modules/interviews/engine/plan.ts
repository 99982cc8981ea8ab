/**
 * The question plan of a mock interview. It composes the interview-prep prediction (questions built from
 * the résumé's projects and the JD's keywords, and the bank questions most relevant to them) with the
 * role family's bank, then orders them like a real interview: self-introduction, project / technical /
 * behavioural questions interleaved, HR last. The session id seeds the choice among close candidates,
 * so two sessions on the same input need not ask the same questions, while one session always does.
 */
import { findSkills, foldText } from "../../analysis/engine/lexicon";
import { predictQuestions } from "../../analysis/engine/predict";
import {
  type BankQuestion,
  QUESTION_BANK,
  type QuestionCategory,
  questionsFor,
} from "../../analysis/engine/question-bank";
import { detectRoleFamily } from "../../analysis/engine/roles";
import { fnv1a, type Locale } from "../../analysis/engine/text";
import { QUESTION_COUNT } from "../schemas";
import { INTRO } from "./rubric";
import type { PlanInput, PlannedQuestion } from "./types";
import { introText, voiced } from "./voice";

/** Practical HR questions (salary, start date, "any questions for us?"): nothing to practise or assess. */
const LOGISTICS = /salary|compensation|other companies|could you start|overtime|questions for us|short stint/i;
/** The middle of the interview, after the introduction: the résumé first, then alternating. */
// biome-ignore format: a sequence reads best on one line
const MIDDLE: readonly QuestionCategory[] = ["project", "technical", "behavioral", "technical", "project", "technical", "behavioral", "project", "technical", "behavioral", "project", "technical", "behavioral"];
/** How far the seed may move a candidate in its ranking: derived questions stay ahead of the bank. */
const DERIVED_SPREAD = 1.5;
const BANK_SPREAD = 3;

interface Candidate {
  question: PlannedQuestion;
  /** Lower is asked first. */
  key: number;
}

const jitter = (seed: string, id: string, spread: number): number => (fnv1a(`${seed}\u0000${id}`) / 2 ** 32) * spread;

const skillIds = (text: string | undefined): Set<string> =>
  new Set(
    text
      ? findSkills(foldText(text))
          .filter((h) => h.skill.kind !== "soft")
          .map((h) => h.skill.id)
      : [],
  );

function fromBank(b: BankQuestion, locale: Locale): PlannedQuestion {
  const [text, , outline] = locale === "en" ? b.en : b.zh;
  return { id: b.id, text, category: b.category, outline, tags: [...b.tags] };
}

function hrSlots(total: number): number {
  if (total <= 3) return 0;
  return total <= 10 ? 1 : 2;
}

export function planInterview(input: PlanInput): PlannedQuestion[] {
  const locale = input.language;
  const total = Math.min(QUESTION_COUNT.max, Math.max(QUESTION_COUNT.min, Math.round(input.questionCount)));
  const family = detectRoleFamily({
    targetRole: input.targetRole,
    jobDescription: input.jobDescription,
    text: input.resume?.text,
  }).family;
  const predicted = predictQuestions({
    text: input.resume?.text ?? "",
    sections: input.resume?.sections ?? [],
    targetRole: input.targetRole,
    jobDescription: input.jobDescription,
    locale,
  }).questions;
  const bankByText = new Map(QUESTION_BANK.map((b) => [(locale === "en" ? b.en : b.zh)[0], b]));
  const askable = (b: BankQuestion) => b.id !== INTRO.id && !LOGISTICS.test(b.en[0]);

  const candidates: Candidate[] = [];
  // Questions built from the résumé and the JD, in the prediction's order. Without a résumé they would
  // all be "your résumé doesn't show X", so only its bank picks are kept.
  if (input.resume) {
    predicted.forEach((p, i) => {
      if (bankByText.has(p.question)) return;
      const id = `derived-${fnv1a(p.question).toString(36)}`;
      candidates.push({
        question: {
          id,
          text: p.question,
          category: p.category,
          outline: p.answerOutline,
          tags: [...skillIds(p.question)],
        },
        key: i + jitter(input.seed, id, DERIVED_SPREAD),
      });
    });
  }
  // Bank questions: the prediction's picks first, then by how many of their skills the JD, the title and
  // the résumé name. Keys start near 1000 so that every derived question stays ahead.
  const picked = new Set(predicted.flatMap((p) => bankByText.get(p.question)?.id ?? []));
  const wanted = new Set([...skillIds(input.jobDescription), ...skillIds(input.targetRole)]);
  const held = skillIds(input.resume?.text);
  for (const b of questionsFor(family)) {
    if (!askable(b)) continue;
    let relevance = (picked.has(b.id) ? 4 : 0) + (b.family === family ? 1 : 0);
    for (const tag of b.tags) relevance += (wanted.has(tag) ? 3 : 0) + (held.has(tag) ? 1.5 : 0);
    candidates.push({ question: fromBank(b, locale), key: 1000 - relevance + jitter(input.seed, b.id, BANK_SPREAD) });
  }

  const queues = new Map<QuestionCategory, PlannedQuestion[]>();
  for (const c of candidates.sort((a, b) => a.key - b.key || (a.question.id < b.question.id ? -1 : 1))) {
    const list = queues.get(c.question.category) ?? [];
    list.push(c.question);
    queues.set(c.question.category, list);
  }
  const asked = new Set<string>();
  const next = (category: QuestionCategory): PlannedQuestion | undefined => {
    const list = queues.get(category) ?? [];
    while (list.length > 0) {
      const q = list.shift()!;
      if (!asked.has(q.text)) {
        asked.add(q.text);
        return q;
      }
    }
    return undefined;
  };
  // A category that runs dry lends its slot to the one with most left (never to HR: it stays last).
  const fallback = (): PlannedQuestion | undefined => {
    const order = (["technical", "project", "behavioral"] as const)
      .map((c) => ({ c, left: queues.get(c)?.length ?? 0 }))
      .sort((a, b) => b.left - a.left);
    for (const { c } of order) {
      const q = next(c);
      if (q) return q;
    }
    return undefined;
  };

  const hr = hrSlots(total);
  const plan: PlannedQuestion[] = [
    { ...fromBank(INTRO, locale), text: introText(input.style, input.targetRole, locale) },
  ];
  for (let i = 0; i < total - 1 - hr; i++) {
    const q = next(MIDDLE[i % MIDDLE.length]!) ?? fallback();
    if (q) plan.push(q);
  }
  for (let i = 0; i < hr; i++) {
    const q = next("hr") ?? fallback();
    if (q) plan.push(q);
  }
  return plan.map((q, position) =>
    position === 0
      ? q
      : {
          ...q,
          text: voiced(q.text, q.category, {
            style: input.style,
            locale,
            position,
            total: plan.length,
            first: plan.findIndex((x, i) => i > 0 && x.category === q.category) === position,
          }),
        },
  );
}
