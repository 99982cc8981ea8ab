/**
 * Suggested answers (会议助手): a one-line approach and two to four talking points, grounded in the
 * user's own résumé lines (quoted, marked as from the résumé) and the meeting context. Classic questions
 * get their known structure (hr-answers.ts, stories.ts), technical ones the key points of the nearest bank
 * question plus the user's matching experience (technical.ts). The templates state no numbers: every
 * number in a suggestion comes from a quoted résumé line. Deterministic: no clock, no randomness.
 */
import type { BankQuestion } from "../../analysis/engine/question-bank";
import { foldForMatch, type Locale, tr } from "../../analysis/engine/text";
import type { ResumeSection } from "../../resumes/schemas";
import type { Speaker } from "../schemas";
import { nearestBankQuestion, outlineSteps } from "./bank";
import { classify, isStoryKind } from "./classic";
import { type Ctx, cited, type Draft, phrase, pick } from "./draft";
import { classicAnswer } from "./hr-answers";
import { askingSentences } from "./questions";
import { readResume } from "./resume";
import { projectAnswer, storyAnswer } from "./stories";
import { type Topic, technicalAnswer } from "./technical";
import { FIELD_SKILLS, querySkills, termsOf, unknownNames, type WeightedTerms } from "./terms";

export interface SuggestInput {
  question: string;
  /** The last lines of the transcript, oldest first (for context and coreference). */
  recent: { speaker: Speaker; text: string }[];
  resume?: { text: string; sections: ResumeSection[] };
  /** What the user said the meeting is about (company, role, JD notes). */
  context?: string;
  title: string;
  /** Language of the suggestion. */
  language: Locale;
}

// "它 / 这个项目 / that": the question leans on what was just said.
const COREFERENCE =
  /这个|那个|这段|那段|这块|刚才|刚刚|上面|其中|它|这里|那里|这方面|\b(?:it|that|this|there|those|these|them)\b/i;
const EXPERIENCE =
  /负责(?:什么|哪|了什么)|职责|(?:你的|担任的?)(?:角色|职位)|做了(?:什么|哪些)|工作内容|your (?:role|responsibilit)|what did you (?:do|own|build)|responsible for/i;

export function suggestAnswer(input: SuggestInput): string {
  const c = context(input);
  const kind = classify(c.question) ?? (EXPERIENCE.test(c.question) ? "project" : undefined);
  const topics: Topic[] = [
    ...[...c.asked.skills.values()].filter((h) => h.skill.kind !== "soft" && !FIELD_SKILLS.has(h.skill.id)),
    ...unknownNames(c.question, c.asked).map((quote) => ({ quote })),
  ];
  // "Redis 集群的难点" asks about Redis; "你在项目里遇到的难点" asks for a story.
  const impersonal = topics.length > 0 && !/你|您|\byou/i.test(c.question);
  let draft: Draft;
  if (kind === "project") draft = projectAnswer(c);
  else if (kind && isStoryKind(kind) && !impersonal) draft = storyAnswer(c, kind);
  else if (kind && !isStoryKind(kind)) draft = classicAnswer(c, kind);
  else {
    const bank = nearestBankQuestion(
      c.question,
      topics.flatMap((t) => (t.skill ? [t.skill.id] : [])),
    );
    draft = topics.length || bank?.category === "technical" ? technicalAnswer(c, topics, bank) : generic(c, bank);
  }
  const note = c.model
    ? ""
    : tr(c.language, "（未附简历，以下为通用结构）", " (No résumé attached — a general structure.)");
  const head = `${tr(c.language, "思路：", "Approach: ")}${draft.approach}${note}`;
  return [head, ...draft.points.slice(0, 4).map((p) => `• ${p}`)].join("\n");
}

function context(input: SuggestInput): Ctx {
  const whole = input.question.trim();
  // "我们这边加班不多。你为什么离开上一家公司？" is about leaving: read the sentences that ask, and take the
  // terms from the whole line. A push-to-ask text may ask nothing in form; then it is read whole.
  const question = askingSentences(whole).join(" ") || whole;
  const asked = termsOf(whole);
  const leans = COREFERENCE.test(question);
  const recent = input.recent
    .slice(-4)
    .filter((l) => l.text.trim() && l.text.trim() !== whole)
    .map((l) => ({ terms: termsOf(l.text), weight: leans ? 0.8 : 0.25 }));
  const roleQuery: WeightedTerms[] = [];
  if (input.context?.trim()) roleQuery.push({ terms: termsOf(input.context), weight: 0.5 });
  if (input.title.trim()) roleQuery.push({ terms: termsOf(input.title), weight: 0.4 });
  const model = input.resume?.text.trim() ? readResume(input.resume) : undefined;
  return {
    language: input.language,
    question,
    asked,
    leans,
    query: [{ terms: asked, weight: 1 }, ...recent, ...roleQuery],
    askQuery: [{ terms: asked, weight: 1 }, ...recent],
    roleQuery,
    folded: foldForMatch([whole, ...input.recent.slice(-4).map((l) => l.text)].join("\n")),
    model,
    roleSkills: querySkills(roleQuery).filter((h) => h.skill.kind !== "soft" && !FIELD_SKILLS.has(h.skill.id)),
  };
}

// —— Anything else ——

/** Any other question: the nearest bank question's structure, or answer → example → link to the role. */
function generic(c: Ctx, bank: BankQuestion | undefined): Draft {
  const { language } = c;
  const L = phrase(language);
  const steps = bank ? outlineSteps(bank, language, c.question, 2) : [];
  // Relevant to what was asked; for a question about the candidate (the bank's HR and behavioural ones),
  // the line that fits the role best. An unrelated example distracts.
  const [a] = pick(c, c.askQuery, { max: 1, relevantOnly: true });
  const [b] = !a && bank && bank.category !== "technical" ? pick(c, c.roleQuery, { max: 1 }) : [];
  const example = a
    ? cited(["例子", "Example"], a, language)
    : b
      ? cited(["可以举", "You could use"], b, language)
      : c.model
        ? undefined
        : L("准备：一个能说明问题的真实例子", "Prepare: one real example that makes the point");
  const approach =
    bank?.category === "behavioral"
      ? L(
          "用 STAR 讲一个真实例子：情境 → 任务 → 行动 → 结果。",
          "STAR with one real example: situation → task → action → result.",
        )
      : bank?.category === "hr"
        ? L("简短、真诚地回答，并和这个岗位联系起来。", "Answer briefly and sincerely, and tie it to this role.")
        : L(
            "先直接回答，再用一个具体例子支撑，最后联系到这个岗位。",
            "Answer directly, support it with one concrete example, then tie it to this role.",
          );
  const points = steps.length
    ? [...steps, example ?? L("最后联系到这个岗位", "Close by tying it to this role")]
    : [
        L("先用一两句话正面回答，不绕弯", "Answer the question head-on in a sentence or two"),
        ...(example ? [example] : []),
        L("不确定对方想问哪方面时，先确认再答", "If unsure what they're after, check before answering"),
      ];
  return { approach, points };
}
