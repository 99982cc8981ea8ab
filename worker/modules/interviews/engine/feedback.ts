/**
 * Feedback on one answer, 2–4 sentences: what worked (quoted), what is missing, one concrete
 * improvement, and a closing line whose tone follows the style — encouraging when friendly, blunt
 * under pressure. Nothing is said about the candidate that the answer does not show.
 */
import { type Locale, tr } from "../../analysis/engine/text";
import { type InterviewStyle, STAR_PARTS, type StarPart } from "../schemas";
import type { Gap } from "./gaps";
import { joinList, quoted } from "./phrases";
import { partLabel, type RubricMode } from "./rubric";
import type { AnswerReading } from "./star";

type Text = readonly [zh: string, en: string];

/** Why a part is worth praising, by rubric; {q} is the quote. */
const PRAISE: Record<"quantified" | "start" | StarPart, Partial<Record<RubricMode, Text>> & { star: Text }> = {
  start: { star: ["{q}是一个可以展开的起点", "{q} is a starting point worth building on"] },
  quantified: { star: ["{q}把结果讲得很具体，有数字支撑", "{q} makes the result concrete, with a number behind it"] },
  result: {
    star: ["{q}交代了结果", "{q} tells me how it ended"],
    technical: ["{q}讲到了效果", "{q} covers the outcome"],
    intro: ["{q}点出了你的成果和匹配度", "{q} shows what you achieved and why you fit"],
    hr: ["{q}把回答落到了岗位上", "{q} ties your answer back to the role"],
  },
  action: {
    star: ["{q}说明了具体做法", "{q} shows a concrete action"],
    technical: ["{q}讲到了具体的技术方案", "{q} gets into the actual technical approach"],
    intro: ["{q}点出了相关经历", "{q} points to relevant experience"],
    hr: ["{q}用具体例子支撑了观点", "{q} backs your point with an example"],
  },
  task: {
    star: ["{q}讲清了你的职责和目标", "{q} makes your responsibility clear"],
    technical: ["{q}讲清了需求和约束", "{q} states the requirements and constraints"],
    intro: ["{q}说清了你的方向", "{q} makes clear what you are looking for"],
    hr: ["{q}把你的想法说清楚了", "{q} states your thinking clearly"],
  },
  situation: {
    star: ["开头{q}交代了背景", "Opening with {q} sets the scene"],
    technical: ["{q}交代了问题背景", "{q} sets out the problem"],
    intro: ["{q}让人快速了解了你的背景", "{q} gives a quick sense of your background"],
    hr: ["{q}交代了你的情况", "{q} explains where you stand"],
  },
};

const PRAISE_TONE: Record<InterviewStyle, Text> = {
  friendly: ["，这一点做得很好。", ", which is well done. "],
  neutral: ["。", ". "],
  pressure: ["，这部分是有效的。", "; that part works. "],
};

const NOTHING: Record<InterviewStyle, Text> = {
  friendly: ["谢谢你的回答，不过内容还比较简略。", "Thanks for your answer, though it is still quite brief. "],
  neutral: [
    "这个回答还比较笼统，缺少可以展开的具体内容。",
    "The answer stays general, without specifics to build on. ",
  ],
  pressure: ["这个回答没有任何可以核实的内容。", "There is nothing in this answer I could verify. "],
};

const NON_ANSWER: Record<InterviewStyle, Text> = {
  friendly: ["没关系，坦诚说明不了解是对的。", "That's fine; being honest about what you don't know is right. "],
  neutral: [
    "直接说不了解，面试官就没有可以评估的信息。",
    "Saying you don't know leaves the interviewer nothing to assess. ",
  ],
  pressure: ["直接放弃作答，在面试里等于零分。", "Declining to answer scores zero in an interview. "],
};

const MISSING: Record<InterviewStyle, Text> = {
  friendly: ["如果能再补充{parts}，回答会更完整。", "Adding {parts} would make it more complete. "],
  neutral: ["还缺少{parts}。", "It is missing {parts}. "],
  pressure: [
    "缺了{parts}，面试官无法判断你的实际水平。",
    "Without {parts}, an interviewer cannot judge what you can really do. ",
  ],
};

const ADDED: Record<InterviewStyle, Text> = {
  friendly: [
    "追问后你补充了{q}，回答完整多了。",
    "After the follow-up you added {q}, which rounds the answer out well. ",
  ],
  neutral: [
    "追问后你补充了{q}，回答更完整了。",
    "After the follow-up you added {q}, which makes the answer more complete. ",
  ],
  pressure: [
    "追问后才补上{q}，这应该在第一遍就讲出来。",
    "You only added {q} when pressed; it belonged in the first answer. ",
  ],
};

// biome-ignore format: wording reads best one gap a line
const IMPROVE: Record<Gap, Partial<Record<RubricMode, Text>> & { star: Text }> = {
  adjacent: { star: ["遇到没做过的问题，可以讲一个最接近的经历，或者说明你会如何快速补上并举一个学习的例子。", "When you lack direct experience, offer the closest one, or explain how you would close the gap with an example of learning fast."] },
  "real-example": { star: ["这道题问的是真实经历，请讲一次你实际做过的事，而不是“会怎么做”。", "The question asks about a real event: tell one thing you actually did, not what you would do."] },
  example: {
    star: ["用 STAR 结构讲一个具体例子：背景一两句，你的任务，你做的 2–3 个关键动作，最后是结果。", "Use STAR with one concrete example: a line or two of context, your task, the two or three key things you did, then the result."],
    technical: ["围绕一个具体场景回答：要解决的问题、你的方案和取舍、最后的效果。", "Anchor the answer in one concrete case: the problem, your approach and trade-offs, and the outcome."],
    intro: ["按“背景定位—一两段最相关的经历和成果—为什么想做这个岗位”的顺序，控制在两分钟左右。", "Structure it as positioning, one or two most relevant experiences with results, then why this role, in about two minutes."],
    hr: ["先直接回答，再用一个具体例子支撑，最后落到这个岗位上。", "Answer directly, support it with one concrete example, then tie it to this role."],
  },
  action: {
    star: ["重点讲你本人做的 2–3 个关键动作，用“首先……然后……最后……”串起来。", "Focus on the two or three key things you did yourself, in order: first, then, finally."],
    technical: ["讲清楚方案本身：用了什么、为什么这样选、放弃了什么。", "Explain the approach itself: what you used, why you chose it, and what you gave up."],
    intro: ["挑一两段最相关的经历，各用一句话说清你做了什么、做成了什么。", "Pick one or two relevant experiences and say in a sentence each what you did and what came of it."],
    hr: ["用一个具体的例子支撑你的观点，会比空泛的描述更有说服力。", "Back your point with one concrete example; it persuades more than general statements."],
  },
  result: {
    star: ["结尾用一句话交代结果，例如“上线后某项指标从 A 变到 B”，再补一句复盘。", "Close with the result in one sentence, such as “after launch, metric X went from A to B”, then one line of reflection."],
    technical: ["补上效果和验证方式：上线后的指标变化，或者压测、监控的数据。", "Add the outcome and how you verified it: production metrics, load tests or monitoring data."],
    intro: ["每段经历配一个成果，最好有数字，再用一句话说明为什么适合这个岗位。", "Give each experience one result, ideally a number, and end with why you fit this role."],
  },
  ownership: { star: ["把“我们”换成“我”，讲清楚哪部分是你负责、亲手完成的。", "Say “I” instead of “we” and make clear which parts you owned and did yourself."] },
  quantify: { star: ["把{q}换成可以核实的数字：用什么指标、基线是多少、变化了多少。", "Turn {q} into a number someone could check: which metric, what baseline, how much it changed."] },
  context: {
    star: ["开头用一两句交代背景和你的目标，让面试官知道这件事为什么重要。", "Open with a line or two on the context and your goal, so the interviewer knows why it mattered."],
    technical: ["先交代问题背景和约束（规模、性能要求、时间），方案才有说服力。", "State the problem and its constraints first (scale, performance targets, time); the approach is convincing only against them."],
    intro: ["开头先用一句话定位自己：学历或工作年限，加上你的方向。", "Open with a one-line positioning: your degree or years of experience and your focus."],
    hr: ["先讲清楚你的想法和原因，再用例子支撑。", "State your view and your reasons first, then support them with an example."],
  },
  tradeoff: { star: ["可以再讲讲方案的取舍：为什么不用其他方案，这个选择的代价是什么。", "Go into the trade-offs: why not the alternatives, and what the choice cost."] },
  reflection: { star: ["最后可以加一句复盘：如果重来一次，你会怎么做得更好。", "End with a line of reflection: what you would do better next time."] },
  concise: { star: ["回答偏长，控制在两分钟内：先说结论，再讲关键动作和结果。", "The answer runs long; keep it under two minutes: conclusion first, then the key actions and the result."] },
  depth: {
    star: ["可以再深入一层，讲讲其中最难的一点以及你是怎么解决的。", "Go one level deeper: the hardest part and how you got past it."],
    intro: ["自我介绍已经比较完整：注意控制在两分钟内，并准备好面试官接下来会追问的那段经历。", "The introduction is solid: keep it within two minutes and be ready for follow-ups on the experience you highlighted."],
    hr: ["可以再结合这个岗位的具体职责，说明你能带来什么。", "Tie it to the role's actual responsibilities and what you would bring."],
  },
};

/** The one concrete improvement for a gap, in the words of the answer's rubric. */
export function improvementFor(gap: Gap, r: AnswerReading, locale: Locale): string {
  const byMode = IMPROVE[gap];
  const design = r.mode === "technical" && r.situational && gap === "example" ? DESIGN_EXAMPLE : undefined;
  const [zh, en] = design ?? byMode[r.mode] ?? byMode.star;
  const result = r.parts.result.evidence;
  return tr(locale, zh, en).replace("{q}", result ? quoted(result, 40) : tr(locale, "结果", "the result"));
}

const DESIGN_EXAMPLE: Text = [
  "按“需求与约束—方案与关键步骤—取舍—如何验证”的顺序把设计讲清楚。",
  "Walk through the design in order: constraints, the approach and its key steps, trade-offs, and how you would verify it.",
];

function closing(style: InterviewStyle, score: number): Text | null {
  if (style === "friendly") {
    if (score >= 70) return ["整体表现不错，继续保持！", "Overall a good answer, keep it up!"];
    if (score >= 40)
      return [
        "方向是对的，按这个思路再打磨一下会好很多。",
        "You're on the right track; a little polishing will go a long way.",
      ];
    return ["别灰心，多练几次会越来越顺。", "Don't be discouraged; it gets easier with practice."];
  }
  if (style === "pressure") {
    if (score >= 80) return ["这个回答可以过关。", "This answer would pass."];
    if (score >= 50)
      return ["还不够有说服力，面试官会继续深挖。", "Not convincing yet; an interviewer would keep digging."];
    return ["按现在的回答，这一题很难过关。", "As it stands, this answer would not pass."];
  }
  return score >= 80 ? ["整体是一个有说服力的回答。", "Overall a convincing answer."] : null;
}

/** The part worth quoting as done well: a quantified result, then actions, then the rest. */
function praise(r: AnswerReading): { key: keyof typeof PRAISE; evidence: string } | null {
  const { parts } = r;
  if (parts.result.evidence && r.quantified === "result") return { key: "quantified", evidence: parts.result.evidence };
  for (const part of ["action", "result", "task", "situation"] as const) {
    const { evidence, strength } = parts[part];
    // A single weak cue ("做了", "needed") or a plan ("我会…") is not worth praising as such.
    if (evidence) return { key: strength >= 1.5 && !r.hypothetical ? part : "start", evidence };
  }
  return null;
}

export function feedbackFor(input: {
  reading: AnswerReading;
  score: number;
  gap: Gap;
  isFollowUp: boolean;
  style: InterviewStyle;
  locale: Locale;
}): string {
  const { reading: r, style, locale } = input;
  const t = (x: Text) => tr(locale, x[0], x[1]);
  const out: string[] = [];

  // Parts the follow-up answer supplied: credit them first.
  const added = input.isFollowUp ? STAR_PARTS.find((p) => r.parts[p].clause?.source === 1) : undefined;
  const best = praise(r);
  if (r.nonAnswer) out.push(t(NON_ANSWER[style]));
  else if (added) out.push(t(ADDED[style]).replace("{q}", quoted(r.parts[added].evidence!, 40)));
  else if (best) {
    const byMode = PRAISE[best.key];
    // Warm words only for an answer that earns them.
    const tone = best.key === "start" || (style === "friendly" && input.score < 50) ? "neutral" : style;
    out.push(`${t(byMode[r.mode] ?? byMode.star).replace("{q}", quoted(best.evidence, 40))}${t(PRAISE_TONE[tone])}`);
  } else out.push(t(NOTHING[style]));

  // An HR answer needs no "situation" of its own: the question sets it.
  const missing = STAR_PARTS.filter((p) => !r.parts[p].present && !(r.mode === "hr" && p === "situation")).map((p) =>
    partLabel(r.mode, p, locale),
  );
  if (missing.length > 0 && !r.nonAnswer) out.push(t(MISSING[style]).replace("{parts}", joinList(locale, missing)));

  out.push(improvementFor(input.gap, r, locale));

  const end = closing(style, input.score);
  if (end) out.push(t(end));
  return out.map((s) => s.trim()).join(locale === "en" ? " " : "");
}
