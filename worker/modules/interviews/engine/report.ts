/**
 * The final report of a mock interview: the overall score (weighted mean of the turns, unanswered
 * questions counting as zero) and up to five strengths and improvements drawn from patterns across
 * the turns, each naming the questions it is about.
 */
import { tr } from "../../analysis/engine/text";
import type { InterviewResult } from "../schemas";
import { findPatterns, type Item, type ReadTurn } from "./patterns";
import { type RubricMode, rubricFor } from "./rubric";
import { readAnswer } from "./star";
import type { ReportInput } from "./types";

/** The introduction and HR questions say less about the candidate's ability than the core questions. */
const MODE_WEIGHT: Record<RubricMode, number> = { intro: 0.5, hr: 0.75, star: 1, technical: 1 };
const MAX_ITEMS = 5;

const top = (items: Item[]): string[] =>
  items
    .map((item, i) => ({ ...item, i }))
    .sort((a, b) => b.weight - a.weight || a.i - b.i)
    .slice(0, MAX_ITEMS)
    .map((item) => item.text);

export function interviewReport(input: ReportInput): InterviewResult {
  const { language: locale } = input;
  const planned = Math.max(input.plannedCount, input.turns.length);
  if (input.turns.length === 0) {
    return {
      overallScore: 0,
      perQuestion: [],
      strengths: [],
      improvements: [
        tr(
          locale,
          `本次面试没有回答任何问题（计划 ${planned} 题），因此无法评分。`,
          `No question was answered (${planned} planned), so there is nothing to score.`,
        ),
        tr(
          locale,
          "下次请至少完成三道题，每题用 1–2 分钟讲一个具体例子：背景、你的任务、你的行动和结果。",
          "Next time, answer at least three questions, each with one concrete example in one to two minutes: situation, task, your actions and the result.",
        ),
      ],
    };
  }

  const turns: ReadTurn[] = input.turns.map((turn, index) => {
    const mode = rubricFor(turn.question);
    const answers = turn.followUp ? [turn.answer, turn.followUp.answer] : [turn.answer];
    return { index, turn, mode, reading: readAnswer(mode, turn.question.text, answers), score: turn.assessment.score };
  });
  const unanswered = planned - turns.length;
  const weights = turns.reduce((s, x) => s + MODE_WEIGHT[x.mode], 0) + unanswered;
  const overallScore = Math.round(turns.reduce((s, x) => s + x.score * MODE_WEIGHT[x.mode], 0) / weights);

  const { strengths, improvements } = findPatterns(turns, locale);
  if (unanswered > 0)
    improvements.push({
      weight: 10,
      text: tr(
        locale,
        `只完成了 ${turns.length}/${planned} 题，未回答的 ${unanswered} 题按 0 分计入总分；完整答完能更真实地反映你的水平。`,
        `You answered ${turns.length} of ${planned} questions; the ${unanswered} unanswered count as zero in the overall score. Finishing gives a truer picture.`,
      ),
    });
  else if (strengths.length < 2)
    strengths.push({
      weight: 0,
      text: tr(locale, `完整回答了全部 ${planned} 道题。`, `You answered all ${planned} questions.`),
    });

  return {
    overallScore,
    perQuestion: turns.map(({ turn }) => ({
      question: turn.question.text,
      answer: turn.answer,
      score: turn.assessment.score,
      feedback: turn.assessment.feedback,
      star: turn.assessment.star,
      ...(turn.followUp ? { followUp: turn.followUp } : {}),
    })),
    strengths: top(strengths),
    improvements: top(improvements),
  };
}
