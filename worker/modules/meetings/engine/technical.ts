/**
 * Technical questions: key points from the bank question closest to what was asked, then the user's own
 * experience with the technology — or, when the résumé only lists it or lacks it, an honest framing and
 * the nearest related experience.
 */
import type { Skill } from "../../analysis/engine/lexicon";
import type { BankQuestion } from "../../analysis/engine/question-bank";
import { tr } from "../../analysis/engine/text";
import { outlineSteps } from "./bank";
import { type Ctx, cited, type Draft, inZh, names, phrase, pick } from "./draft";
import { citeResult, type ResumeLine, type ResumeModel } from "./resume";

// "你是怎么做的 / how did you…": the answer starts from what the user did.
const HOW_YOU = /(?:你|你们)(?:是|会|当时)?(?:怎么|如何)|how (?:did|do|would) you|what did you/i;

/** What a technical question is about: a lexicon skill, or a tool name the lexicon does not know. */
export interface Topic {
  quote: string;
  skill?: Skill;
}

export function technicalAnswer(c: Ctx, topics: Topic[], bank: BankQuestion | undefined): Draft {
  const { language } = c;
  const L = phrase(language);
  const named = names(
    topics.map((t) => t.quote),
    language,
  );
  const topic = named || tr(language, "这个问题", "this");
  const steps = (bank ? outlineSteps(bank, language, c.question, 2) : []).map((s) =>
    L(`要点：${s}`, `Key point: ${s}`),
  );
  const basics = steps.length
    ? steps
    : named
      ? [
          L(
            `要点：先讲${inZh(named)}解决什么问题、核心原理，再讲适用场景和局限`,
            `Key point: what ${named} solves and how it works, then where it fits and its limits`,
          ),
        ]
      : [];
  const shows = (l: ResumeLine) =>
    !topics.length ||
    topics.some((t) =>
      t.skill
        ? l.terms.skills.has(t.skill.id) || l.stack.has(t.skill.id)
        : l.quote.toLowerCase().includes(t.quote.toLowerCase()),
    );
  // Without a named technology, relevance comes from the question's own words, not from the role.
  const query = topics.length ? c.query : c.askQuery;
  const picks = pick(c, query, { max: 3, relevantOnly: true, anySection: true, filter: shows });
  const direct = picks.filter((p) => p.section !== "skills");
  const listed = picks.filter((p) => p.section === "skills");

  if (direct.length) {
    const [a, b] = direct;
    const result = citeResult(a!.quote, language);
    return {
      approach: HOW_YOU.test(c.question)
        ? L(
            "先用一句话说清你的做法，再讲背后的原理、取舍和结果。",
            "Lead with what you did in one sentence, then the reasoning, trade-offs and result.",
          )
        : L(
            `先用一两句讲清${inZh(topic)}的核心要点，再用你的实际项目佐证。`,
            `Give the key idea of ${topic} in a sentence or two, then back it with your own project.`,
          ),
      points: [
        ...basics,
        cited(["结合经历", "Your experience"], a!, language),
        b
          ? cited(["补充", "Also"], b, language)
          : result
            ? L(`用数据收尾：${result}`, `End on the numbers: ${result}`)
            : L(
                "讲清你做的取舍和踩过的坑，准备好被追问细节",
                "Explain your trade-offs and pitfalls; expect follow-up questions",
              ),
      ],
    };
  }
  if (listed.length) {
    return {
      approach: L(
        `如实说明你对${inZh(topic)}的掌握程度，讲你真正动手做过的部分。`,
        `Be straight about how deep your ${topic} knowledge goes, and talk about what you've actually done.`,
      ),
      points: [
        cited(["简历里写的是", "Your résumé says"], listed[0]!, language),
        ...basics,
        L(
          "被追问细节时坦诚边界，并说明你打算怎么补上",
          "If pressed on details, be honest about the limits and say how you'd close the gap",
        ),
      ],
    };
  }
  if (c.model && topics.length) {
    const similar = similarLine(c.model, topics);
    return {
      approach: L(
        `简历里没有${inZh(topic)}：如实说明接触程度，再迁移到相近的经验。`,
        `Your résumé doesn't show ${topic}: be honest about your exposure, then bridge to related experience.`,
      ),
      points: [
        ...(similar ? [cited(["相近经验", "Related experience"], similar, language)] : []),
        ...(steps.length
          ? steps
          : [
              L(
                `讲你对${inZh(topic)}的理解：它解决什么问题，你做过的哪些事与它相通`,
                `Say what you understand of ${topic}: the problem it solves and what in your experience comes closest`,
              ),
            ]),
        L(
          "说明你会怎么快速上手：官方文档、动手做一个小项目",
          "Say how you'd ramp up: the official docs and a small hands-on project",
        ),
      ],
    };
  }
  return {
    approach: L(
      "先给结论，再讲原理，最后结合实践。",
      "Conclusion first, then the reasoning, then how you've applied it.",
    ),
    points: [
      ...basics,
      c.model
        ? L("举一个你实际遇到过的场景来说明", "Illustrate with a situation you've actually faced")
        : L(
            `准备：一段与${inZh(topic)}相关的真实经历，讲清场景、你的做法和结果`,
            `Prepare: a real experience with ${topic} — the situation, what you did, the result`,
          ),
      L("讲清取舍和踩过的坑，准备好被追问细节", "Cover trade-offs and pitfalls; expect follow-up questions"),
    ],
  };
}

/** A résumé line naming a skill of the same kind and main family as an asked one (Docker for Kubernetes). */
function similarLine(model: ResumeModel, asked: Topic[]): ResumeLine | undefined {
  const related = (s: Skill) =>
    asked.some(
      (a) => a.skill && a.skill.kind === s.kind && a.skill.id !== s.id && a.skill.families[0] === s.families[0],
    );
  const lines = model.lines.filter((l) => [...l.terms.skills.values()].some((h) => related(h.skill)));
  return lines.find((l) => l.section === "experience" || l.section === "projects") ?? lines[0];
}
