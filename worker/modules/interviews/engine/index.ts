/**
 * The offline engine of the live mock interview (模拟面试): the question plan, the assessment of each
 * answer (STAR check, score, one 追问 on a thin answer, feedback) and the final report. Pure and
 * deterministic: no network, no clock, no randomness; the session id seeds the plan.
 */
export { assessAnswer } from "./assess";
export { planInterview } from "./plan";
export { interviewReport } from "./report";
export type { AssessInput, Assessment, PlanInput, PlannedQuestion, ReportInput, ReportTurn } from "./types";
