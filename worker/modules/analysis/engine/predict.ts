/**
 * Interview question prediction (面试押题) by the offline engine: questions built from the résumé's own
 * projects and achievements, from the job description's keywords (present and missing), from the
 * timeline and the company, topped up from the classic question bank of the detected role family.
 * Deterministic: ties are broken by a hash of the input, never by randomness.
 */
import type { ResumeSection } from "../../resumes/schemas";
import type { PrepResult } from "../schemas";
import { formatMonth } from "./dates";
import type { RoleFamily } from "./families";
import { type KeywordMatch, matchKeywords, type Requirement, requirementLabel } from "./keywords";
import { FAMILY_CORE_SKILLS, findSkills, foldText, type Skill, type SkillHit, skillLabel } from "./lexicon";
import { type BankQuestion, QUESTION_BANK_BY_FAMILY, type QuestionCategory, questionsFor } from "./question-bank";
import { detectRoleFamily } from "./roles";
import { type Entry, type ResumeView, viewResume } from "./sections";
import { isQuantified, quantifiedClause, quantStrength, readVerb } from "./signals";
import { clipAround, clipQuote, fnv1a, type Locale } from "./text";
import { ENGINE_NAME, PROMPT_VERSION, RUBRIC_VERSION } from "./version";

export interface PredictInput {
  text: string;
  sections: ResumeSection[];
  targetRole: string;
  jobDescription?: string;
  company?: string;
  locale: Locale;
}

export const CATEGORY_ORDER: readonly QuestionCategory[] = ["technical", "project", "behavioral", "hr"];
/** How many questions of each category a prediction aims for (16 in all). */
const QUOTA: Record<QuestionCategory, number> = { technical: 6, project: 4, behavioral: 3, hr: 3 };
/** At most this many questions of a category are built from the résumé/JD; the rest come from the bank. */
const DERIVED_CAP: Record<QuestionCategory, number> = { technical: 4, project: 4, behavioral: 1, hr: 2 };
const TARGET_TOTAL = 16;
/** The number in a quantified clause, with its unit. */
const QUANT_FOCUS =
  /\d+(?:[.,]\d+)*\s*(?:%|％|倍|x|k|w|万|千|亿|元|人|个|次|ms|秒|分钟|小时|天|hours?|days?|minutes?|users?)?/i;
/** Skills that name a whole field: too broad to ask about on their own. */
const FIELD_SKILLS = new Set(["frontend", "product-management", "data-analysis", "ui-design", "ux-design"]);
const MIN_TOTAL = 12;
const MAX_TOTAL = 20;

type Question = PrepResult["questions"][number];
interface Candidate extends Question {
  key: string;
  source: "resume" | "jd" | "company" | "timeline" | "bank";
  tags: readonly string[];
  score: number;
}

const q = (
  locale: Locale,
  base: {
    key: string;
    source: Candidate["source"];
    category: QuestionCategory;
    difficulty: 1 | 2 | 3;
    tags?: readonly string[];
  },
  zh: [string, string, string],
  en: [string, string, string],
): Candidate => {
  const [question, why, answerOutline] = locale === "en" ? en : zh;
  return { ...base, tags: base.tags ?? [], question, why, answerOutline, score: 0 };
};

/** Entries worth asking about: projects first, then jobs; education is left to HR questions. */
function projectEntries(view: ResumeView): Entry[] {
  const withContent = (e: Entry) => e.bullets.length > 0 && (e.name || e.header || e.bullets[0]);
  return [
    ...view.entries.filter((e) => e.section === "projects" && withContent(e)),
    ...view.entries.filter((e) => e.section === "experience" && withContent(e)),
  ];
}

function entryLabel(e: Entry): string {
  const name = e.name || clipQuote(e.header, 24) || clipQuote(e.bullets[0]?.text ?? "", 20);
  return name.replace(/^[「《“"]|[」》”"]$/g, "");
}

function resumeQuestions(locale: Locale, view: ResumeView, jdSkillIds: Set<string>): Candidate[] {
  const quant: Candidate[] = [];
  const weakQs: Candidate[] = [];
  const deep: Candidate[] = [];
  const tech: Candidate[] = [];
  const entries = projectEntries(view).slice(0, 4);
  entries.forEach((e, i) => {
    const name = entryLabel(e);
    if (!name) return;
    const isJob = e.section === "experience";
    const inZh = isJob ? `你在「${name}」的经历中` : `你在「${name}」中`;
    const inEn = isJob ? `In your time at “${name}”` : `In “${name}”`;
    const quantified = [...e.bullets].sort((a, b) => quantStrength(b.text) - quantStrength(a.text))[0];
    if (quantified && isQuantified(quantified.text)) {
      const clause = clipAround(quantifiedClause(quantified.text), QUANT_FOCUS, 48);
      quant.push(
        q(
          locale,
          { key: `resume:quant:${i}`, source: "resume", category: "project", difficulty: 2 },
          [
            `${inZh}提到“${clause}”。这个结果是怎么测量的？对比的基线是什么？你个人具体做了哪些工作？`,
            "面试官会逐条核实简历上的量化成果：数字的口径、测量方法和你本人的贡献，是判断经历真实性和深度的关键。",
            "1) 背景：为什么要做，当时的基线数据是多少；2) 指标口径与测量方法（工具、样本、时间窗口）；3) 你的关键动作和方案，以及考虑过的备选；4) 如何验证结果（A/B 或前后对比）并排除其他因素的影响；5) 遗留问题和下一步计划。",
          ],
          [
            `${inEn} you wrote “${clause}”. How was that measured, what was the baseline, and what exactly did you do?`,
            "Interviewers verify every number on a résumé: how it was defined and measured and what you personally contributed tells them whether the experience is real and deep.",
            "1) Context: why it mattered and the baseline; 2) metric definition and measurement (tools, sample, time window); 3) your key actions and the alternatives you considered; 4) how the result was validated (A/B or before/after) and other factors ruled out; 5) what remained open and what you'd do next.",
          ],
        ),
      );
    } else {
      deep.push(
        q(
          locale,
          { key: `resume:deep:${i}`, source: "resume", category: "project", difficulty: 2 },
          isJob
            ? [
                `请详细介绍你在「${name}」的这段经历：你负责什么？做成的最有代表性的一件事是什么，效果如何衡量？`,
                "简历中这段经历没有给出量化结果，面试官会通过追问判断你的实际贡献和成果。",
                "用 STAR 结构回答：1) 团队和业务背景；2) 你的职责边界；3) 最有代表性的一件事：难点和你的做法；4) 结果——准备好一个可量化的指标（即使简历上没写）；5) 这段经历给你的成长。",
              ]
            : [
                `请详细介绍「${name}」：目标是什么？你负责哪一部分？最难的问题是什么，最终效果如何衡量？`,
                "简历中这段经历没有给出量化结果，面试官会通过追问判断你的实际贡献和成果。",
                "用 STAR 结构回答：1) 背景与目标；2) 你的角色和职责边界；3) 最难的一个问题及解决过程；4) 结果——准备好一个可量化的指标（即使简历上没写）；5) 复盘：如果重做会怎么改进。",
              ],
          isJob
            ? [
                `Tell me about your time at “${name}”: what were you responsible for, what is the most representative thing you delivered, and how was it measured?`,
                "This entry on your résumé states no measurable result, so interviewers will probe for your actual contribution and outcome.",
                "Use STAR: 1) team and business context; 2) the scope of your responsibility; 3) one representative achievement — the difficulty and your approach; 4) the result, with a number ready even if the résumé lacks one; 5) how the role developed you.",
              ]
            : [
                `Tell me about “${name}” in detail: what was the goal, which part was yours, what was hardest, and how was success measured?`,
                "This entry on your résumé states no measurable result, so interviewers will probe for your actual contribution and outcome.",
                "Use STAR: 1) context and goal; 2) your role and its boundaries; 3) the hardest problem and how you solved it; 4) the result — have a number ready even if the résumé lacks one; 5) what you would do differently.",
              ],
        ),
      );
    }
    // Tools and methods named in the entry: why this choice?
    if (tech.length < 2) {
      // Not the header: "某电商平台" names the employer, not a skill of the candidate.
      const entryText = [...e.meta, ...e.bullets.map((b) => b.text)].join("\n");
      const hits = findSkills(foldText(entryText)).filter(
        (h) => h.skill.kind !== "soft" && !FIELD_SKILLS.has(h.skill.id),
      );
      const hit =
        hits.find((h) => jdSkillIds.has(h.skill.id) && h.skill.kind !== "domain") ??
        hits.find((h) => h.skill.kind !== "domain") ??
        hits.find((h) => jdSkillIds.has(h.skill.id)) ??
        hits[0];
      if (hit && !tech.some((t) => t.tags.includes(hit.skill.id)))
        tech.push(skillChoiceQuestion(locale, name, hit, i, isJob));
    }
    // Weak verbs hide the contribution: ask for it.
    if (weakQs.length === 0) {
      const weak = e.bullets.find((b) => readVerb(b.text).strength === "weak");
      if (weak) {
        const quote = clipQuote(weak.text, 40);
        weakQs.push(
          q(
            locale,
            { key: `resume:weak:${i}`, source: "resume", category: "project", difficulty: 2 },
            [
              `你在简历中写到“${quote}”。在这件事里，哪些部分是你独立负责的？如果没有你，结果会有什么不同？`,
              "「参与 / 协助」类的描述难以判断个人贡献，面试官一定会追问你的具体角色。",
              "1) 先说明团队分工和你的职责边界；2) 重点讲 1–2 个由你主导或独立完成的部分；3) 你的贡献带来的结果（尽量量化）；4) 学到了什么。既不夸大，也不过度谦虚。",
            ],
            [
              `Your résumé says “${quote}”. Which parts did you own yourself, and what would have been different without you?`,
              "Phrases like “helped” or “participated in” hide your contribution, so interviewers will ask what you actually did.",
              "1) Explain how the work was split and where your responsibility began and ended; 2) focus on one or two parts you led or did alone; 3) the results of your contribution, quantified if possible; 4) what you learned. Neither inflate nor undersell.",
            ],
          ),
        );
      }
    }
  });
  return [...quant, ...weakQs, ...deep, ...tech];
}

function skillChoiceQuestion(locale: Locale, name: string, hit: SkillHit, i: number, isJob: boolean): Candidate {
  const label = skillLabel(hit.skill, locale);
  // Tools are named properly (Vue, Python); methods as the résumé words them.
  const written = hit.skill.kind === "domain" ? hit.quote : hit.skill.en;
  const inZh = isJob ? `在「${name}」的工作中` : `在「${name}」中`;
  const inEn = isJob ? `At “${name}”` : `In “${name}”`;
  if (hit.skill.kind === "domain") {
    return q(
      locale,
      { key: `resume:method:${i}`, source: "resume", category: "technical", difficulty: 2, tags: [hit.skill.id] },
      [
        `${inZh}你做了${written}相关的工作。你的方法是什么？具体怎么落地的，如何判断做得好不好？`,
        `考察你对「${label}」的理解是否成体系，以及能否讲清楚从方法到结果的完整链路。`,
        `1) 这件事的目标和约束；2) 你采用的方法/框架以及为什么；3) 具体执行步骤和关键细节；4) 衡量效果的指标和实际数据；5) 做得不够好的地方和改进。`,
      ],
      [
        `${inEn} you worked on ${written}. What was your approach, how did you carry it out, and how did you judge success?`,
        `Tests whether your grasp of ${label} is systematic and whether you can explain the path from method to result.`,
        "1) The goal and constraints; 2) the method or framework you used and why; 3) the concrete steps and key details; 4) the metrics and actual numbers; 5) what fell short and how you'd improve it.",
      ],
    );
  }
  return q(
    locale,
    { key: `resume:tech:${i}`, source: "resume", category: "technical", difficulty: 3, tags: [hit.skill.id] },
    [
      `${inZh}你使用了 ${written}。为什么选择它？和其他方案相比有哪些取舍？实际使用中遇到过什么问题？`,
      "考察技术选型能力和对所用工具的理解深度，而不只是「用过」。面试官通常会继续追问原理。",
      `1) 业务场景和约束（规模、性能、团队熟悉度）；2) 备选方案及对比维度；3) ${label} 的核心原理和你用到的关键特性；4) 踩过的坑及解决方式；5) 回头看是否仍会这样选。`,
    ],
    [
      `${inEn} you used ${written}. Why did you choose it, what trade-offs did it involve versus alternatives, and what problems did you hit?`,
      "Tests technology choices and depth of understanding beyond “I've used it”; expect follow-ups on internals.",
      `1) The scenario and constraints (scale, performance, team familiarity); 2) the alternatives and how you compared them; 3) how ${label} works and the features you relied on; 4) pitfalls and how you solved them; 5) whether you would choose it again.`,
    ],
  );
}

function similarSkill(missing: Skill, resumeSkills: SkillHit[]): SkillHit | undefined {
  return resumeSkills.find(
    (h) =>
      h.skill.kind === missing.kind &&
      h.skill.id !== missing.id &&
      h.skill.families.some((f) => missing.families.includes(f)),
  );
}

function jdQuestions(locale: Locale, km: KeywordMatch): Candidate[] {
  if (km.mode !== "jd") return [];
  const out: Candidate[] = [];
  const isSoft = (r: Requirement) => r.skill?.kind === "soft";
  const askable = km.matched.filter((m) => !isSoft(m.requirement) && !FIELD_SKILLS.has(m.requirement.skill?.id ?? ""));
  const isDomain = (r: Requirement) => r.skill?.kind === "domain";
  const matched = [
    ...askable.filter((m) => !isDomain(m.requirement)),
    ...askable.filter((m) => isDomain(m.requirement)),
  ].slice(0, 2);
  for (const m of matched) {
    const label = requirementLabel(m.requirement, locale);
    if (isDomain(m.requirement)) {
      out.push(
        q(
          locale,
          {
            key: `jd:has:${m.requirement.key}`,
            source: "jd",
            category: "technical",
            difficulty: 2,
            tags: [m.requirement.skill!.id],
          },
          [
            `岗位看重「${label}」，你的简历中提到了「${m.quote}」。请讲一个你在这方面做得最好的案例：你的方法、关键判断和结果。`,
            "这是 JD 的核心要求之一，面试官会从你的实际案例判断你的方法是否成体系、能否复用到新岗位。",
            `1) 案例背景和目标；2) 你采用的方法或框架，以及为什么这样做；3) 关键判断和取舍；4) 结果数据；5) 如果在我们这里做类似的事，你会怎么调整。`,
          ],
          [
            `The role values ${label}, and your résumé mentions “${m.quote}”. Walk me through your best example: your approach, the key calls you made and the result.`,
            "It is one of the posting's core requirements; interviewers judge from a real case whether your approach is systematic and transferable.",
            "1) The case and its goal; 2) your method or framework and why; 3) key judgements and trade-offs; 4) the results in numbers; 5) how you would adapt it here.",
          ],
        ),
      );
      continue;
    }
    out.push(
      q(
        locale,
        {
          key: `jd:has:${m.requirement.key}`,
          source: "jd",
          category: "technical",
          difficulty: 2,
          tags: m.requirement.skill ? [m.requirement.skill.id] : [],
        },
        [
          `岗位要求 ${label}，你的简历中写到了「${m.quote}」。请结合具体项目，讲讲你用它解决过的最复杂的问题，以及其中的关键原理。`,
          "这是 JD 的核心要求之一，面试官会从你的实际经验切入，验证你掌握的深度：原理、最佳实践和踩过的坑。",
          `1) 选一个具体场景：业务背景和规模；2) 你的方案以及 ${label} 在其中的作用；3) 相关的核心原理或方法论（准备好被追问）；4) 遇到的问题与解决；5) 结果数据。`,
        ],
        [
          `The role requires ${label}, and your résumé mentions “${m.quote}”. Using a real project, tell me about the hardest problem you solved with it and the principles behind it.`,
          "It is one of the posting's core requirements; interviewers start from your experience to test depth — internals, best practice, pitfalls.",
          `1) A concrete scenario with context and scale; 2) your solution and the role ${label} played; 3) the core principles or method (expect follow-ups); 4) problems and fixes; 5) the measurable result.`,
        ],
      ),
    );
  }
  const missing = km.missing.slice(0, 2);
  for (const r of missing) {
    const label = requirementLabel(r, locale);
    if (isSoft(r)) {
      out.push(
        q(
          locale,
          { key: `jd:soft:${r.key}`, source: "jd", category: "behavioral", difficulty: 2, tags: [r.skill!.id] },
          [
            `岗位强调「${label}」，但简历中没有体现。请举一个最能体现你${label}的具体例子。`,
            "JD 中的软性要求在简历里没有证据时，面试官会用行为面试题来验证。",
            "用 STAR 结构：1) 情境与挑战；2) 你的任务；3) 你具体做了什么（体现该能力的关键动作）；4) 可量化的结果；5) 你的反思。",
          ],
          [
            `The role emphasises ${label}, which your résumé doesn't show. Give me a specific example that demonstrates it.`,
            "When a soft requirement in the posting has no evidence on the résumé, interviewers test it with a behavioural question.",
            "STAR: 1) situation and challenge; 2) your task; 3) what you did — the actions that show this ability; 4) a measurable result; 5) your reflection.",
          ],
        ),
      );
      continue;
    }
    const similar = r.skill ? similarSkill(r.skill, km.resumeSkills) : undefined;
    const similarZh = similar ? `（如你简历中的 ${similar.quote}）` : "";
    const similarEn = similar ? ` (such as ${similar.quote} on your résumé)` : "";
    out.push(
      q(
        locale,
        {
          key: `jd:gap:${r.key}`,
          source: "jd",
          category: "technical",
          difficulty: 2,
          tags: r.skill ? [r.skill.id] : [],
        },
        [
          `这个岗位需要 ${label}，但你的简历中没有体现。你对它了解多少？如果入职后马上要用到，你打算如何快速上手？`,
          "面试官会核实 JD 要求与简历之间的差距：你是否有相关经验没写上，或者有没有可信的补齐计划。",
          `1) 如实说明接触程度，有相关经验就补充具体例子；2) 说明可迁移的相近经验${similarZh}；3) 给出具体的学习计划和时间表（官方文档、小项目、请教同事）；4) 面试前先做功课：掌握 ${label} 的基本概念并准备一个小练习。`,
        ],
        [
          `This role needs ${label}, which your résumé doesn't show. How familiar are you with it, and how would you get up to speed if you needed it from day one?`,
          "Interviewers check gaps between the posting and your résumé: experience you left out, or a credible plan to close the gap.",
          `1) Be honest about your exposure and add any real examples; 2) point to transferable experience${similarEn}; 3) give a concrete learning plan and timeline (docs, a small project, colleagues); 4) before the interview, learn the basics of ${label} and try a small exercise.`,
        ],
      ),
    );
  }
  return out;
}

function timelineQuestions(locale: Locale, view: ResumeView): Candidate[] {
  const periods = view.entries
    .filter((e) => (e.section === "experience" || e.section === "education") && e.ranges[0])
    .map((e) => {
      const r = e.ranges[0]!;
      return { start: r.start.month, end: r.end ? r.end.month : Number.POSITIVE_INFINITY, precise: r.start.precise };
    })
    .filter((p) => p.end >= p.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  let coveredTo = periods[0]?.end ?? 0;
  for (let i = 1; i < periods.length; i++) {
    const p = periods[i]!;
    const gap = p.start - coveredTo - 1;
    if (Number.isFinite(coveredTo) && gap > (p.precise ? 6 : 12)) {
      const from = formatMonth(coveredTo);
      const to = formatMonth(p.start);
      return [
        q(
          locale,
          { key: "timeline:gap", source: "timeline", category: "hr", difficulty: 2 },
          [
            `你的简历中 ${from} 到 ${to} 之间有约 ${gap} 个月的空档，这段时间你在做什么？`,
            "HR 会关注经历的连续性，判断空档背后是否有风险，以及你如何利用这段时间。",
            "1) 坦诚说明原因（备考、进修、求职、家庭、创业等）；2) 这段时间做了哪些有价值的事（学习、项目、证书）；3) 它如何让你更清楚现在的职业选择；4) 简短、正面，不过度解释。",
          ],
          [
            `Your résumé shows a gap of about ${gap} months between ${from} and ${to}. What were you doing then?`,
            "Recruiters look at continuity and want to know whether a gap hides a risk and how you used the time.",
            "1) State the reason honestly (study, exams, job search, family, a venture); 2) what useful things you did (learning, projects, certificates); 3) how it clarified your current choice; 4) keep it short and positive.",
          ],
        ),
      ];
    }
    coveredTo = Math.max(coveredTo, p.end);
  }
  return [];
}

function companyQuestion(locale: Locale, company: string, targetRole: string): Candidate {
  return q(
    locale,
    { key: "company:why", source: "company", category: "hr", difficulty: 1 },
    [
      `你为什么想加入${company}？你对我们的业务和「${targetRole}」这个岗位了解多少？`,
      "考察求职动机和准备程度：对公司业务、产品和近期动态的了解，是 HR 和业务面试官都会问的问题。",
      `1) 说出你对${company}业务/产品的具体了解（用过的产品、近期新闻或财报）；2) 公司吸引你的两点，并与你的经历和规划关联；3) 你能为「${targetRole}」带来的价值；4) 避免只谈平台和福利。`,
    ],
    [
      `Why do you want to join ${company}, and what do you know about our business and the ${targetRole} role?`,
      "Tests motivation and preparation: recruiters and hiring managers both ask how well you know the company's business, products and recent news.",
      `1) Show specific knowledge of ${company}'s business or products (you've used them, read news or results); 2) two things that attract you, linked to your experience and plans; 3) the value you'd bring as ${targetRole}; 4) don't just cite size or perks.`,
    ],
  );
}

const SENIOR = /高级|资深|专家|架构|负责人|总监|主管|经理|lead|senior|staff|principal|head|director|manager|architect/i;
const JUNIOR = /实习|应届|校招|初级|助理|管培|intern|graduate|junior|entry|trainee|assistant/i;

function bankCandidates(locale: Locale, bank: readonly BankQuestion[], family: RoleFamily): Candidate[] {
  return bank.map((b) => {
    const [question, why, answerOutline] = locale === "en" ? b.en : b.zh;
    return {
      key: `bank:${b.id}`,
      source: "bank" as const,
      category: b.category,
      difficulty: b.difficulty,
      tags: b.tags,
      question,
      why,
      answerOutline,
      score: b.family === family ? 1 : 0,
    };
  });
}

export function predictQuestions(input: PredictInput): PrepResult {
  const { locale } = input;
  const view = viewResume(input.text, input.sections);
  const role = detectRoleFamily({
    targetRole: input.targetRole,
    jobDescription: input.jobDescription,
    text: input.text,
  });
  const km = matchKeywords({
    resume: foldText(input.text),
    jobDescription: input.jobDescription,
    family: role.family,
    targetRole: input.targetRole,
  });
  const jdSkillIds = new Set(km.mode === "jd" ? km.requirements.flatMap((r) => (r.skill ? [r.skill.id] : [])) : []);
  // The title names skills too (HRBP, Java 后端, 新媒体运营); without a JD the family's core skills stand in.
  const roleHits = findSkills(foldText(input.targetRole));
  const roleSkillIds = new Set(roleHits.map((h) => h.skill.id));
  // Words of the title and the posting's skills, as written: a bank question that names them is on topic.
  const namedTerms = [
    ...roleHits.map((h) => h.quote),
    ...km.requirements.flatMap((r) => (r.jdQuote ? [r.jdQuote] : [])),
  ]
    .map((t) => t.toLowerCase())
    .filter((t) => t.length >= 2);
  const coreSkillIds = new Set(km.mode === "jd" ? [] : FAMILY_CORE_SKILLS[role.family]);
  const resumeSkillIds = new Set(km.resumeSkills.map((h) => h.skill.id));
  const seed = fnv1a(
    `${input.targetRole}\u0000${input.jobDescription ?? ""}\u0000${input.company ?? ""}\u0000${input.text}`,
  );

  // Questions built from the input, in order of specificity.
  const fromResume = resumeQuestions(locale, view, jdSkillIds);
  const fromJd = jdQuestions(locale, km);
  // Technical questions alternate between the résumé's own tools, JD gaps and JD matches.
  const resumeTech = fromResume.filter((c) => c.category === "technical");
  const jdGap = fromJd.filter((c) => c.key.startsWith("jd:gap"));
  const jdHas = fromJd.filter((c) => c.key.startsWith("jd:has"));
  const technical: Candidate[] = [];
  for (const c of [resumeTech[0], jdGap[0], jdHas[0], jdGap[1], resumeTech[1], jdHas[1]]) {
    if (c && !technical.some((t) => t.tags.some((tag) => c.tags.includes(tag)))) technical.push(c);
  }
  const derived: Candidate[] = [
    ...fromResume.filter((c) => c.category !== "technical"),
    ...technical,
    ...fromJd.filter((c) => c.category !== "technical"),
    ...(input.company ? [companyQuestion(locale, input.company, input.targetRole)] : []),
    ...timelineQuestions(locale, view),
  ];

  // Bank questions, scored by relevance to the JD, the résumé and the seniority of the role.
  const companyBankId = QUESTION_BANK_BY_FAMILY.common.find((b) => b.zh[0].startsWith("你为什么想加入"))?.id;
  const seniority = SENIOR.test(input.targetRole) ? 3 : JUNIOR.test(input.targetRole) ? 1 : 2;
  const bank = bankCandidates(
    locale,
    questionsFor(role.family).filter((b) => !(input.company && b.id === companyBankId)),
    role.family,
  ).map((c) => {
    let score = c.score;
    for (const t of c.tags) {
      if (jdSkillIds.has(t) || roleSkillIds.has(t)) score += 3;
      if (coreSkillIds.has(t)) score += 1.5;
      if (resumeSkillIds.has(t)) score += 1.5;
    }
    const text = c.question.toLowerCase();
    if (namedTerms.some((t) => text.includes(t))) score += 1.5;
    if (seniority === 3 && c.difficulty === 3) score += 0.75;
    if (seniority === 1 && c.difficulty === 1) score += 0.75;
    if (seniority === 1 && c.difficulty === 3) score -= 0.75;
    if (c.tags.includes("campus") && seniority !== 1) score -= 3;
    return { ...c, score };
  });

  const chosen: Candidate[] = [];
  const taken = new Set<string>();
  const count = (cat: QuestionCategory) => chosen.filter((c) => c.category === cat).length;
  const take = (c: Candidate) => {
    chosen.push(c);
    taken.add(c.key);
  };
  // 1) Derived questions, up to their cap per category.
  for (const c of derived) {
    if (taken.has(c.key)) continue;
    const derivedInCat = chosen.filter((x) => x.category === c.category).length;
    if (derivedInCat < Math.min(DERIVED_CAP[c.category], QUOTA[c.category])) take(c);
  }
  // 2) Bank questions by category: greedy on score, then by seeded hash; repeated tags lose weight.
  const pickFromBank = (cat: QuestionCategory, limit: number) => {
    while (count(cat) < limit) {
      const usedTags = new Map<string, number>();
      // Only bank picks count: a JD-gap question and a bank question on the same skill complement each other.
      for (const c of chosen)
        if (c.source === "bank") for (const t of c.tags) usedTags.set(t, (usedTags.get(t) ?? 0) + 1);
      let best: Candidate | undefined;
      let bestScore = Number.NEGATIVE_INFINITY;
      let bestHash = 0;
      for (const c of bank) {
        if (c.category !== cat || taken.has(c.key)) continue;
        const penalty = c.tags.reduce((s, t) => s + (usedTags.get(t) ?? 0) * 2, 0);
        const score = c.score - penalty;
        const hash = fnv1a(`${seed}:${c.key}`);
        if (score > bestScore || (score === bestScore && hash < bestHash)) {
          best = c;
          bestScore = score;
          bestHash = hash;
        }
      }
      if (!best) return;
      take(best);
    }
  };
  for (const cat of CATEGORY_ORDER) pickFromBank(cat, QUOTA[cat]);
  // 3) Short categories: give their slots to the others, technical first.
  for (const cat of CATEGORY_ORDER) {
    if (chosen.length >= TARGET_TOTAL) break;
    pickFromBank(cat, count(cat) + (TARGET_TOTAL - chosen.length));
  }
  // Remaining derived questions can still fit under the maximum.
  for (const c of derived) {
    if (!taken.has(c.key) && chosen.length < TARGET_TOTAL + 2 && count(c.category) <= QUOTA[c.category]) take(c);
  }

  const rank = (c: Candidate) => (c.source === "bank" ? 1 : 0);
  const ordered = chosen
    .map((c, i) => ({ c, i }))
    .sort(
      (a, b) =>
        CATEGORY_ORDER.indexOf(a.c.category) - CATEGORY_ORDER.indexOf(b.c.category) ||
        rank(a.c) - rank(b.c) ||
        (rank(a.c) === 1 ? a.c.difficulty - b.c.difficulty : 0) ||
        a.i - b.i,
    )
    .slice(0, MAX_TOTAL)
    .map(({ c }) => ({
      category: c.category,
      question: c.question,
      why: c.why,
      answerOutline: c.answerOutline,
      difficulty: c.difficulty,
    }));
  if (ordered.length < MIN_TOTAL) {
    // Cannot happen with the shipped bank; kept as a guard for edited banks.
    throw new Error(`question bank too small for family ${role.family}`);
  }
  return {
    questions: ordered,
    meta: { engine: ENGINE_NAME, rubricVersion: RUBRIC_VERSION, promptVersion: PROMPT_VERSION },
  };
}
