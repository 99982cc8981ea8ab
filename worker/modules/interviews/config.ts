import type { InterviewStyle } from "./schemas";

/** A mock interview's settings, fixed at create: stored in D1 (`config_json`) and in its Durable Object. */
export interface InterviewConfig {
  targetRole: string;
  resumeId: string | null;
  jobDescription: string | null;
  style: InterviewStyle;
  questionCount: number;
  language: "zh-CN" | "en";
  /** Points held at create; taken at the end when a question was answered, given back otherwise. */
  pointsCost: number;
}

export const interviewHoldKeys = (sessionId: string) => ({
  hold: `interview:${sessionId}:hold`,
  capture: `interview:${sessionId}:capture`,
  release: `interview:${sessionId}:release`,
});
