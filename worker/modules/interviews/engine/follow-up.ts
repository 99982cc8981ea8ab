/**
 * The one 追问 on a thin answer: it presses on the most important gap and starts from what the
 * candidate actually said, the way an interviewer picks up a thread ("你提到……").
 */
import { type Locale, tr } from "../../analysis/engine/text";
import type { InterviewStyle } from "../schemas";
import { splitClauses } from "./clauses";
import type { Gap } from "./gaps";
import { quoted } from "./phrases";
import { HYPOTHETICAL, type RubricMode } from "./rubric";
import type { AnswerReading } from "./star";

type Text = readonly [zh: string, en: string];
/** How the quote is introduced, and the question itself; {q} is the quote. */
interface Ask {
  mention: Text;
  ask: Text;
}

const MENTIONED: Text = ["你提到{q}。", "You mentioned {q}. "];
const TALKED: Text = ["你讲到{q}。", "You talked about {q}. "];

// biome-ignore format: wording reads best one ask a line
const ASKS: Record<Exclude<Gap, "adjacent">, Partial<Record<RubricMode, Ask>> & { star: Ask }> = {
  "real-example": {
    star: { mention: ["你讲的是{q}这样的设想。", "You described what you would do: {q}. "], ask: ["能讲一次你真实遇到过的情况吗：当时发生了什么，你实际是怎么做的，结果如何？", "Tell me about a time this actually happened: what was going on, what did you do, and how did it turn out?"] },
  },
  example: {
    star: { mention: MENTIONED, ask: ["能具体讲一次真实的经历吗：当时是什么情况，你本人做了哪几步，结果怎么样？", "Can you walk me through one specific time: what was the situation, which steps did you take yourself, and what happened?"] },
    technical: { mention: MENTIONED, ask: ["能结合一个具体场景展开讲讲吗：当时要解决什么问题，你是怎么做的，效果如何？", "Can you take one concrete case and go deeper: what problem were you solving, how did you solve it, and how did it work out?"] },
    intro: { mention: MENTIONED, ask: ["能再展开一点吗：你的背景、最相关的一两段经历，以及你为什么想做这个岗位？", "Could you expand a little: your background, the one or two most relevant experiences, and why this role?"] },
    hr: { mention: MENTIONED, ask: ["能再多说一点吗：你为什么这样想，有没有具体的例子？", "Could you say a bit more: why do you see it that way, and do you have a concrete example?"] },
  },
  action: {
    star: { mention: MENTIONED, ask: ["在这件事里，你本人具体做了什么？请按顺序讲讲关键的两三步。", "What did you personally do? Take me through the two or three key steps."] },
    technical: { mention: MENTIONED, ask: ["具体是怎么做的？为什么选这个方案，考虑过哪些替代方案？", "How exactly did you do it? Why that approach, and what alternatives did you consider?"] },
    intro: { mention: MENTIONED, ask: ["挑一段和这个岗位最相关的经历展开讲讲：你负责什么，做成了什么？", "Pick the experience most relevant to this role and go deeper: what did you own and what did you deliver?"] },
    hr: { mention: MENTIONED, ask: ["能举一个具体的例子说明吗？", "Can you give me a concrete example?"] },
  },
  result: {
    star: { mention: TALKED, ask: ["最后结果怎么样？有没有可以量化的变化，比如前后对比的数据？", "How did it turn out? Is there a measurable change, a before-and-after you can point to?"] },
    technical: { mention: TALKED, ask: ["这个方案最终效果如何？你是怎么验证的，比如压测、监控指标或上线后的数据？", "What was the outcome, and how did you verify it: load tests, monitoring, production numbers?"] },
    intro: { mention: MENTIONED, ask: ["这段经历里最拿得出手的成果是什么？最好有一个具体数字。", "What is the achievement you are proudest of there? A number would help."] },
  },
  ownership: {
    star: { mention: ["你多次用“我们”，比如{q}。", "You said “we” a lot, for example {q}. "], ask: ["这里面哪些是你本人负责、亲手完成的？", "Which parts were yours, done by you?"] },
  },
  quantify: {
    star: { mention: ["你说{q}。", "You said {q}. "], ask: ["这个效果具体有多大？用的是什么指标，和什么基线比？", "How big was the effect? Which metric, compared against what baseline?"] },
  },
  context: {
    star: { mention: MENTIONED, ask: ["能先交代一下背景吗：当时遇到了什么问题，你的目标或职责是什么？", "Can you set the scene first: what was the problem, and what was your goal or responsibility?"] },
    intro: { mention: MENTIONED, ask: ["能先简单介绍一下你的背景吗：学校或工作年限，以及你现在的方向？", "Could you start with your background: your studies or years of experience, and what you focus on now?"] },
    hr: { mention: MENTIONED, ask: ["能说说背后的原因吗：你是怎么考虑的？", "Could you say more about your reasoning: why do you see it that way?"] },
  },
  tradeoff: {
    star: { mention: MENTIONED, ask: ["为什么是这个方案而不是其他的？它的代价是什么？", "Why that and not an alternative? What did it cost you?"] },
  },
  reflection: {
    star: { mention: ["回头看{q}这件事，", "Looking back at {q}, "], ask: ["如果重来一次，你会在哪里做得不一样？", "what would you do differently if you did it again?"] },
  },
  concise: {
    star: { mention: ["", ""], ask: ["请用一分钟重新概括一下：你做了什么，结果如何？", "Give me the one-minute version: what did you do, and what was the result?"] },
  },
  depth: {
    star: { mention: ["关于{q}，", "About {q}: "], ask: ["其中最难的一点是什么？你是怎么解决的？", "what was the hardest part, and how did you get past it?"] },
  },
};

/** A technical question about a design ("how would you…"): there is no past event to ask about. */
// biome-ignore format: wording reads best one ask a line
const DESIGN_ASKS: Partial<Record<Gap, Ask>> = {
  example: { mention: MENTIONED, ask: ["能展开讲讲吗：具体会怎么设计，关键步骤是什么，为什么这样选？", "Can you go deeper: how exactly would it work, what are the key steps, and why that choice?"] },
  action: { mention: MENTIONED, ask: ["具体会怎么实现？关键步骤是什么，为什么选这个方案而不是其他的？", "How exactly would you build it? What are the key steps, and why that approach over the alternatives?"] },
  result: { mention: MENTIONED, ask: ["你会怎么验证这个方案有效？会看哪些指标？", "How would you verify that it works? Which metrics would you watch?"] },
};

const ADJACENT: Record<InterviewStyle, Text> = {
  friendly: [
    "没关系，没有直接经验也可以。有没有最接近的一次经历，比如课程项目、实习或自己动手做过的事？讲讲当时的情况和你具体做了什么。",
    "That's fine, direct experience isn't required. Is there a closest example, say a course project, an internship or something you built yourself? What was the situation and what did you do?",
  ],
  neutral: [
    "没有直接经验的话，讲一个最接近的经历也可以，比如课程项目、实习或自学时做过的事：当时是什么情况，你具体做了什么？",
    "If you haven't done this directly, tell me about the closest experience, such as a course project, an internship or something you taught yourself: what was the situation and what did you do?",
  ],
  pressure: [
    "面试里直接说没经验是拿不到分的。讲一个最接近的经历：当时什么情况，你具体做了什么？",
    "Saying you have no experience won't score. Give me the closest example you have: what happened and what did you do?",
  ],
};

/** Pressure-style openers: the interviewer says why the answer falls short before asking again. */
const BLUNT: Partial<Record<Gap, Text>> = {
  example: ["太笼统了。", "That's too vague. "],
  action: ["我还没听到你本人做了什么。", "I haven't heard what you did yourself. "],
  result: ["没有结果，我没法判断这件事的价值。", "Without a result I can't judge the value. "],
  ownership: ["我想知道的是你，不是团队。", "I'm asking about you, not the team. "],
  quantify: ["没有数字的结果很难让人信服。", "A result without a number is hard to believe. "],
  context: ["先把背景讲清楚。", "Set the scene first. "],
  "real-example": ["我问的是你真实做过的事。", "I asked about something you actually did. "],
  tradeoff: ["再深入一点。", "Go deeper. "],
};
const GENTLE: Text = ["谢谢，我想再多了解一点。", "Thanks, I'd like to hear a bit more. "];

/** The clause the question picks up: the part the gap is next to, else the opening of the answer. */
function anchorFor(gap: Gap, r: AnswerReading, answer: string): string | null {
  const { parts } = r;
  const order: (typeof parts)[keyof typeof parts][] =
    gap === "action" || gap === "example"
      ? [parts.task, parts.situation]
      : gap === "quantify" || gap === "reflection" || gap === "depth"
        ? [parts.result, parts.action]
        : [parts.action, parts.task, parts.situation];
  const clauses = splitClauses(answer);
  const text =
    gap === "ownership"
      ? clauses.find((c) => /我们|\bwe\b/i.test(c.text))?.text
      : gap === "real-example"
        ? clauses.find((c) => HYPOTHETICAL.test(c.text))?.text
        : order.find((p) => p.clause && p.clause.source === 0)?.clause?.text;
  const chosen = text ?? clauses[0]?.text;
  return chosen ? quoted(chosen) : null;
}

export function followUpQuestion(
  gap: Gap,
  r: AnswerReading,
  answer: string,
  style: InterviewStyle,
  locale: Locale,
): string {
  const t = (x: Text) => tr(locale, x[0], x[1]);
  if (gap === "adjacent") return t(ADJACENT[style]);
  const byMode = ASKS[gap];
  const design = r.mode === "technical" && r.situational ? DESIGN_ASKS[gap] : undefined;
  const { mention, ask } = design ?? byMode[r.mode] ?? byMode.star;
  const anchor = anchorFor(gap, r, answer);
  const lead = style === "pressure" ? (BLUNT[gap] ? t(BLUNT[gap]) : "") : style === "friendly" ? t(GENTLE) : "";
  const opening = anchor && t(mention) ? t(mention).replace("{q}", anchor) : "";
  // Without a quote, an ask that continues a sentence ("what would you do…") needs a capital.
  const question = opening ? t(ask) : t(ask).replace(/^[a-z]/, (c) => c.toUpperCase());
  return `${lead}${opening}${question}`.trim();
}
