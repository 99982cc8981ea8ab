import type { RoleFamily } from "../families";

export type QuestionCategory = "behavioral" | "technical" | "project" | "hr";
export type Difficulty = 1 | 2 | 3;

/** One side of a question: the question, why interviewers ask it, and an outline of a strong answer. */
export type QuestionText = readonly [question: string, why: string, outline: string];

export interface BankQuestion {
  /** Stable id: family and position, e.g. "frontend-07". */
  id: string;
  /** "common" questions are asked of every role. */
  family: RoleFamily | "common";
  category: QuestionCategory;
  difficulty: Difficulty;
  /** Lexicon skill ids the question is about: selection favours those in the JD and the résumé. */
  tags: readonly string[];
  zh: QuestionText;
  en: QuestionText;
}

export interface QuestionSpec {
  c: QuestionCategory;
  d: Difficulty;
  tags?: readonly string[];
  zh: QuestionText;
  en: QuestionText;
}

export function defineBank(family: RoleFamily | "common", specs: readonly QuestionSpec[]): BankQuestion[] {
  return specs.map((s, i) => ({
    id: `${family}-${String(i + 1).padStart(2, "0")}`,
    family,
    category: s.c,
    difficulty: s.d,
    tags: s.tags ?? [],
    zh: s.zh,
    en: s.en,
  }));
}
