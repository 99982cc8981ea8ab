import type { QuestionCategory } from "../../analysis/engine/question-bank";
import type { Locale } from "../../analysis/engine/text";
import type { ResumeSection } from "../../resumes/schemas";
import type { InterviewStyle, StarCheck, StarPart } from "../schemas";

export interface PlanInput {
  /** The session id: same input and seed → same plan. */
  seed: string;
  targetRole: string;
  jobDescription?: string;
  resume?: { text: string; sections: ResumeSection[] };
  style: InterviewStyle;
  /** 3..15: the plan has exactly this many questions. */
  questionCount: number;
  /** The language of every text returned. */
  language: Locale;
}

export interface PlannedQuestion {
  /** A bank id ("common-01") or a key derived from the résumé/JD ("resume-1k2j3h"). */
  id: string;
  /** The question as the interviewer says it. */
  text: string;
  category: QuestionCategory;
  /** What a strong answer covers. */
  outline: string;
  /** Lexicon skill ids the question is about. */
  tags: string[];
}

export interface AssessInput {
  question: PlannedQuestion;
  /** For a follow-up turn: the answer to the 追问. */
  answer: string;
  isFollowUp: boolean;
  /** For a follow-up turn: the first answer; the two are scored together. */
  previousAnswer?: string;
  style: InterviewStyle;
  language: Locale;
}

export interface Assessment {
  /** Integer 0..100. */
  score: number;
  /** Per STAR part: evidence is quoted verbatim from the answer(s). */
  star: StarCheck;
  missing: StarPart[];
  /** Too short, vague, without concrete actions or without a result. */
  thin: boolean;
  /** The one 追问: only on a thin first answer. */
  followUp: string | null;
  /** 2–5 sentences for the candidate. */
  feedback: string;
}

export interface ReportTurn {
  question: PlannedQuestion;
  /** The first answer. */
  answer: string;
  followUp?: { question: string; answer: string };
  /** The final assessment of the turn (after the follow-up when there was one). */
  assessment: Assessment;
}

export interface ReportInput {
  /** May be fewer than planned (ended early), or empty. */
  turns: ReportTurn[];
  plannedCount: number;
  targetRole: string;
  language: Locale;
}
