/** Assessing one answer (or an answer and its follow-up, together): score, STAR check, 追问 and feedback. */
import { STAR_PARTS } from "../schemas";
import { feedbackFor } from "./feedback";
import { followUpQuestion } from "./follow-up";
import { isThin, primaryGap } from "./gaps";
import { rubricFor } from "./rubric";
import { scoreReading } from "./score";
import { readAnswer, starCheck } from "./star";
import type { AssessInput, Assessment } from "./types";

export function assessAnswer(input: AssessInput): Assessment {
  const { question, style, language } = input;
  const followUpTurn = input.isFollowUp && input.previousAnswer !== undefined;
  const answers = followUpTurn ? [input.previousAnswer!, input.answer] : [input.answer];
  const reading = readAnswer(rubricFor(question), question.text, answers);
  const score = scoreReading(reading);
  const thin = isThin(reading, score);
  const gap = primaryGap(reading);
  return {
    score,
    star: starCheck(reading),
    missing: STAR_PARTS.filter((p) => !reading.parts[p].present),
    thin,
    followUp: !input.isFollowUp && thin ? followUpQuestion(gap, reading, input.answer, style, language) : null,
    feedback: feedbackFor({ reading, score, gap, isFollowUp: followUpTurn, style, locale: language }),
  };
}
