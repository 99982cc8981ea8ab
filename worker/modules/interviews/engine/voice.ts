/**
 * How the interviewer says a planned question: the greeting and self-introduction in the style of the
 * session, a lead-in when the topic changes (friendly) or a demand for specifics (pressure), and
 * "last question" at the end. The neutral interviewer asks the question as written.
 */
import type { QuestionCategory } from "../../analysis/engine/question-bank";
import { clipQuote, type Locale, tr } from "../../analysis/engine/text";
import type { InterviewStyle } from "../schemas";
import { isSituational } from "./rubric";

type Text = readonly [zh: string, en: string];

const INTRO: Record<InterviewStyle, Text> = {
  friendly: [
    "你好，欢迎参加今天的模拟面试，放轻松就好。我们先从自我介绍开始吧：请用两分钟左右介绍一下自己，重点讲讲和「{role}」最相关的经历。",
    "Hi, welcome to today's mock interview. Relax, there's no rush. Let's start with an introduction: in about two minutes, tell me about yourself, focusing on what is most relevant to the {role} role.",
  ],
  neutral: [
    "你好，我们开始吧。请先做一个两分钟左右的自我介绍，重点讲和「{role}」最相关的经历。",
    "Hello, let's begin. Please introduce yourself in about two minutes, focusing on the experience most relevant to the {role} role.",
  ],
  pressure: [
    "我们时间有限，直接开始。请用两分钟做自我介绍，只讲和「{role}」最相关的经历和成果，不要复述简历。",
    "We're short on time, so let's get straight to it. In two minutes, introduce yourself: only the experience and results relevant to the {role} role. Don't recite your résumé.",
  ],
};

const LEAD_IN: Record<QuestionCategory, Text> = {
  project: ["我们聊聊你做过的项目。", "Let's talk about your projects."],
  technical: ["接下来问一个专业问题。", "Next, a question on the craft itself."],
  behavioral: ["换个角度，聊聊你的工作方式。", "Let's switch to how you work."],
  hr: ["接下来聊聊你的求职考虑。", "Now a few questions about your job search."],
};

const DEMAND: Record<QuestionCategory, Text> = {
  project: [
    "请具体到你本人做了什么，以及可以核实的结果。",
    "Be specific about what you did yourself and results I could verify.",
  ],
  behavioral: ["请讲一次真实发生的事，不要讲原则。", "Tell me about something that actually happened, not principles."],
  technical: ["说重点，讲清楚你的思路和取舍。", "Get to the point: your reasoning and the trade-offs."],
  hr: ["请简短直接地回答。", "Keep it short and direct."],
};

/** For "what would you do" questions a real event is not what was asked. */
const SITUATIONAL_DEMAND: Text = ["请说具体做法，不要只讲原则。", "Give me concrete steps, not principles."];

const LAST: Text = ["最后一个问题：", "Last question: "];

export function introText(style: InterviewStyle, targetRole: string, locale: Locale): string {
  const role = clipQuote(targetRole, 30);
  const text = tr(locale, ...INTRO[style]);
  return role
    ? text.replace("{role}", role)
    : text.replace(/「\{role\}」|the \{role\} role/, tr(locale, "这个岗位", "this role"));
}

/**
 * The question as asked at `position` (0-based) of `total`; `first` when it is the first question of its
 * category (lead-ins and demands are said once, not before every question).
 */
export function voiced(
  question: string,
  category: QuestionCategory,
  ctx: { style: InterviewStyle; locale: Locale; position: number; total: number; first: boolean },
): string {
  const t = (x: Text) => tr(ctx.locale, x[0], x[1]);
  const sep = ctx.locale === "en" ? " " : "";
  const demand = t(isSituational(question) && category !== "hr" ? SITUATIONAL_DEMAND : DEMAND[category]);
  if (ctx.position === ctx.total - 1 && ctx.total >= 4) {
    const text = `${t(LAST)}${question}`;
    return ctx.style === "pressure" && ctx.first ? `${text}${sep}${demand}` : text;
  }
  if (!ctx.first) return question;
  if (ctx.style === "friendly") return `${t(LEAD_IN[category])}${sep}${question}`;
  if (ctx.style === "pressure") return `${question}${sep}${demand}`;
  return question;
}
