/**
 * The end of a meeting: a summary of three to six sentences (what was said, the topics, the questions and
 * how many got a suggestion, how the answers went, the follow-ups) and action items — follow-ups said in
 * the meeting first, then preparation for questions that went unanswered or were answered weakly.
 */
import { findSkills, foldText, skillLabel } from "../../analysis/engine/lexicon";
import { isQuantified } from "../../analysis/engine/signals";
import { clipQuote, contentLength, foldForMatch, hasCjk, type Locale, tr } from "../../analysis/engine/text";
import type { MeetingResult, Suggestion, TranscriptLine } from "../schemas";
import { type ClassicKind, classify } from "./classic";
import { type FollowUp, findFollowUps } from "./followups";
import { askingSentences, isBackchannel } from "./questions";
import { termsOf, unknownNames } from "./terms";

export interface SummaryInput {
  title: string;
  context?: string;
  transcript: TranscriptLine[];
  suggestions: Suggestion[];
  language: Locale;
}

const MAX_FOLLOW_UPS = 6;
const MAX_PREP_ITEMS = 4;
const MAX_ACTION_ITEMS = 8;

// biome-ignore format: a table reads best one row a line
const KIND_LABELS: Record<ClassicKind, [zh: string, en: string]> = {
  intro: ["自我介绍", "self-introduction"], leave: ["离职原因", "reasons for leaving"], switch: ["转型原因", "career change"], salary: ["期望薪资", "salary expectations"],
  "why-us": ["求职动机", "motivation"], role: ["岗位理解", "understanding of the role"], plan: ["职业规划", "career plans"],
  strengths: ["个人优势", "strengths"], weakness: ["个人不足", "weaknesses"], "strengths-weaknesses": ["优缺点", "strengths and weaknesses"],
  reverse: ["反问环节", "your questions for them"], start: ["到岗时间", "start date"], overtime: ["加班与出差", "overtime and travel"],
  offers: ["其他机会", "other offers"], failure: ["失败经历", "a failure"], conflict: ["分歧处理", "handling disagreement"],
  leadership: ["团队带领", "leadership"], pressure: ["压力应对", "working under pressure"], learning: ["学习能力", "learning"],
  project: ["项目经历", "project experience"], challenge: ["困难与挑战", "challenges"], achievement: ["成就", "achievements"],
};

const HEDGE =
  /不太清楚|不清楚|不太了解|不了解|没接触过|没用过|不太熟|不熟悉|不太会|忘了|记不清|不确定|没做过|没怎么|i'm not sure|not sure|not familiar|haven't used|never used|don't know|do not know|can't remember|don't remember|no experience/;
// Questions that call for an example with a result.
const WANTS_EVIDENCE =
  /成果|结果|效果|数据|提升|举(?:个|一个)?例|例子|项目|经历|做过|负责|挑战|难点|困难|成就|example|result|impact|metric|measure|achievement|project|a time|experience/;

const normalise = (s: string) => foldForMatch(s).replace(/[\s\p{P}\p{S}]/gu, "");

function sameQuestion(a: string, b: string): boolean {
  const x = normalise(a);
  const y = normalise(b);
  if (!x || !y) return false;
  return x === y || (Math.min(x.length, y.length) >= 4 && (x.includes(y) || y.includes(x)));
}

/** What a question is about, for an action item: the skills or tools it names, its classic kind, or itself, short. */
function topicOf(question: string, language: Locale): string {
  const terms = termsOf(question);
  const named = [
    ...[...terms.skills.values()].filter((h) => h.skill.kind !== "soft").map((h) => h.quote),
    ...unknownNames(question, terms),
  ];
  if (named.length) return named.slice(0, 2).join(language === "en" ? ", " : "、");
  const kind = classify(question);
  if (kind) return tr(language, KIND_LABELS[kind][0], KIND_LABELS[kind][1]);
  const core = question
    .trim()
    .replace(/^(?:那么?|好的?|嗯+|so|okay|ok|alright)[，,\s]+/i, "")
    .replace(/[?？。.!！\s]+$/, "");
  const clipped = clipQuote(core, hasCjk(core) ? 24 : 60);
  return clipped.length < core.length ? `${clipped}…` : clipped;
}

type Weakness = "unanswered" | "unsure" | "short" | "unquantified";

function assess(question: string, answer: string): Weakness | undefined {
  if (!answer.trim()) return "unanswered";
  const folded = foldForMatch(answer);
  if (HEDGE.test(folded)) return "unsure";
  const n = contentLength(answer);
  if (n.cjk < 15 && n.words < 8) return "short";
  if (WANTS_EVIDENCE.test(foldForMatch(question)) && !isQuantified(answer)) return "unquantified";
  return undefined;
}

export function summarizeMeeting(input: SummaryInput): Omit<MeetingResult, "minutesBilled"> {
  const { language } = input;
  const L = (zh: string, en: string) => tr(language, zh, en);
  const title = L(`「${input.title}」`, `“${input.title}”`);
  const lines = input.transcript.filter((l) => l.text.trim());
  if (!lines.length) {
    const asked = input.suggestions.length;
    return {
      summary:
        L(
          `${title}没有记录到任何对话内容，因此没有可总结的要点。`,
          `Nothing was recorded in ${title}, so there is nothing to summarise.`,
        ) +
        (asked
          ? L(
              `会上共生成 ${asked} 条建议回答。`,
              ` ${asked} suggested ${asked === 1 ? "answer was" : "answers were"} generated.`,
            )
          : ""),
      actionItems: [],
    };
  }

  const fromOther = lines.filter((l) => l.speaker === "other").length;
  const fromMe = lines.length - fromOther;
  // Each question as asked (its asking sentences) with the line it came from.
  const questions = lines.flatMap((l, at) => {
    if (l.speaker !== "other") return [];
    const asked = askingSentences(l.text);
    return asked.length ? [{ line: l, at, text: asked.join(" ") }] : [];
  });
  const answered = (s: Suggestion) =>
    questions.some((q) => sameQuestion(s.question, q.line.text) || sameQuestion(s.question, q.text));
  const suggested = questions.filter((q) =>
    input.suggestions.some((s) => sameQuestion(s.question, q.line.text) || sameQuestion(s.question, q.text)),
  ).length;
  const ownAsks = input.suggestions.filter((s) => !answered(s)).length;

  // Each question's answer: the user's lines until the other side says something more than "嗯好的".
  const weak: { question: string; weakness: Weakness }[] = [];
  if (fromMe > 0) {
    for (const q of questions) {
      const answer: string[] = [];
      for (const l of lines.slice(q.at + 1)) {
        if (l.speaker === "me") answer.push(l.text);
        else if (!isBackchannel(l.text)) break;
      }
      const weakness = assess(q.text, answer.join("\n"));
      if (weakness) weak.push({ question: q.text, weakness });
    }
  }

  const followUps: FollowUp[] = [];
  for (const l of lines) for (const f of findFollowUps(l.text, l.speaker)) followUps.push(f);

  // —— Summary ——
  const sentences: string[] = [
    L(
      `${title}共记录 ${lines.length} 条发言（对方 ${fromOther} 条，你 ${fromMe} 条）。`,
      `${title} recorded ${lines.length} ${lines.length === 1 ? "line" : "lines"} (${fromOther} from the other side, ${fromMe} from you).`,
    ),
  ];
  const topics = topicsOf(lines, questions, language);
  if (topics.length) sentences.push(L(`讨论的话题包括${topics.join("、")}。`, `Topics covered: ${topics.join(", ")}.`));
  else if (input.context?.trim())
    sentences.push(L(`会议背景：${clipQuote(input.context, 40)}。`, `Context: ${clipQuote(input.context, 100)}.`));
  const plural = (n: number) => (n === 1 ? "question" : "questions");
  if (questions.length) {
    sentences.push(
      L(
        `对方共提出 ${questions.length} 个问题，其中 ${suggested} 个生成了建议回答${ownAsks ? `；另有 ${ownAsks} 条是你主动求助的建议` : ""}。`,
        `The other side asked ${questions.length} ${plural(questions.length)}; ${suggested} got a suggested answer${ownAsks ? `, plus ${ownAsks} you asked for yourself` : ""}.`,
      ),
    );
    const shown = questions.slice(0, 3).map((q) => topicQuote(q.text, language));
    sentences.push(
      L(
        `问题包括：${shown.join("")}${questions.length > shown.length ? "等" : ""}。`,
        `They included ${shown.join(", ")}${questions.length > shown.length ? " and more" : ""}.`,
      ),
    );
  } else {
    sentences.push(
      L(
        `对方没有提出需要回答的问题${input.suggestions.length ? `，你主动求助生成了 ${input.suggestions.length} 条建议` : ""}。`,
        `The other side asked no questions that needed an answer${input.suggestions.length ? `; you asked for ${input.suggestions.length} ${input.suggestions.length === 1 ? "suggestion" : "suggestions"}` : ""}.`,
      ),
    );
  }
  if (questions.length && fromMe === 0) {
    sentences.push(
      L(
        "转写里没有你的发言，无法评估回答情况。",
        "Your side isn't in the transcript, so the answers weren't assessed.",
      ),
    );
  } else if (weak.length) {
    const unanswered = weak.filter((w) => w.weakness === "unanswered").length;
    const improvable = weak.length - unanswered;
    const parts = [
      unanswered ? L(`${unanswered} 个问题没有作答`, `${unanswered} went unanswered`) : "",
      improvable ? L(`${improvable} 个回答还可以加强`, `${improvable} could be stronger`) : "",
    ].filter(Boolean);
    sentences.push(
      L(`其中 ${parts.join("、")}，已列入待办。`, `Of the answers, ${parts.join(" and ")}; see the action items.`),
    );
  }
  sentences.push(
    followUps.length
      ? L(
          `会上提到了 ${followUps.length} 项后续事项。`,
          `${followUps.length} follow-up ${followUps.length === 1 ? "item was" : "items were"} mentioned.`,
        )
      : L("没有发现明确的后续约定。", "No explicit follow-ups were agreed."),
  );

  // —— Action items ——
  const items: string[] = [];
  const add = (s: string) => {
    if (items.length < MAX_ACTION_ITEMS && !items.some((i) => normalise(i) === normalise(s))) items.push(s);
  };
  for (const f of followUps.slice(0, MAX_FOLLOW_UPS)) add(followUpItem(f, language));
  const topicsSeen = new Set<string>();
  for (const w of weak) {
    const topic = topicOf(w.question, language);
    if (topicsSeen.has(topic) || topicsSeen.size >= MAX_PREP_ITEMS) continue;
    topicsSeen.add(topic);
    add(prepItem(w.weakness, topic, language));
  }
  return { summary: sentences.join(language === "en" ? " " : ""), actionItems: items };
}

function topicQuote(question: string, language: Locale): string {
  const core = question.trim().replace(/[?？。.!！\s]+$/, "");
  const clipped = clipQuote(core, hasCjk(core) ? 30 : 70);
  const shown = clipped.length < core.length ? `${clipped}…` : clipped;
  return tr(language, `「${shown}」`, `“${shown}”`);
}

/** The classic questions asked and the skills talked about, most mentioned first. */
function topicsOf(lines: TranscriptLine[], questions: { text: string }[], language: Locale): string[] {
  const out: string[] = [];
  for (const q of questions) {
    const kind = classify(q.text);
    if (kind) out.push(tr(language, KIND_LABELS[kind][0], capitalise(KIND_LABELS[kind][1])));
  }
  const counts = new Map<string, { label: string; n: number; first: number }>();
  lines.forEach((l, i) => {
    for (const hit of findSkills(foldText(l.text))) {
      const label = skillLabel(hit.skill, language);
      const c = counts.get(hit.skill.id);
      if (c) c.n++;
      else counts.set(hit.skill.id, { label: /\d/.test(label) ? hit.quote : label, n: 1, first: i });
    }
  });
  const skills = [...counts.values()].sort((a, b) => b.n - a.n || a.first - b.first).map((c) => c.label);
  return [...new Set([...out, ...skills])].slice(0, 6);
}

function followUpItem(f: FollowUp, language: Locale): string {
  switch (f.kind) {
    case "promise":
      return tr(language, `兑现承诺：${f.text}`, `Do what you promised: ${f.text}`);
    case "request":
      return tr(language, `对方请你：${f.text}`, `They asked you to: ${f.text}`);
    case "awaiting":
      return tr(
        language,
        `等对方：${f.text}（到时没消息可礼貌跟进）`,
        `Waiting on them: ${f.text} (follow up politely if nothing comes)`,
      );
    case "next": {
      // "下一步：下一轮是技术面", not "下一步：下一步是…".
      const step = f.text.replace(
        /^(?:下一步(?:是|就是|会是)?|(?:the )?next steps? (?:is|are|will be)(?: to)?)[:：，,\s]*/i,
        "",
      );
      return tr(language, `下一步：${step}`, `Next step: ${capitalise(step)}`);
    }
  }
}

function prepItem(weakness: Weakness, topic: string, language: Locale): string {
  switch (weakness) {
    case "unanswered":
      return tr(
        language,
        `准备「${topic}」的回答（会上没有作答）`,
        `Prepare an answer on “${topic}” (it went unanswered)`,
      );
    case "unsure":
      return tr(
        language,
        `补上「${topic}」的知识：会上回答得没有把握`,
        `Brush up on “${topic}”: the answer in the meeting was unsure`,
      );
    case "short":
      return tr(
        language,
        `把「${topic}」的回答展开：补充具体例子和结果`,
        `Expand your answer on “${topic}” with a concrete example and result`,
      );
    case "unquantified":
      return tr(
        language,
        `为「${topic}」准备一个带数据的例子（背景、做法、可衡量的结果）`,
        `Prepare a quantified example for “${topic}” (context, what you did, a measurable result)`,
      );
  }
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
