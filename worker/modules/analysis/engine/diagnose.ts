/**
 * Résumé diagnosis (简历诊断) by the offline engine. Eight dimensions, each scored 0–100 from what the
 * résumé actually contains, weighted into the overall score (DIMENSION_WEIGHTS). Every issue quotes its
 * evidence from the résumé text. Deterministic: no clock, no randomness, stable ordering.
 */

import type { ResumeSection } from "../../resumes/schemas";
import type { DiagnosisResult } from "../schemas";
import { type DateRange, formatMonth } from "./dates";
import type { RoleFamily } from "./families";
import { type KeywordMatch, matchKeywords, requirementLabel } from "./keywords";
import { foldText } from "./lexicon";
import { detectRoleFamily } from "./roles";
import { type Bullet, type Entry, type ResumeView, type SectionKind, viewResume } from "./sections";
import {
  CN_ID_NUMBER,
  EMAIL,
  findMiscasedTerms,
  isQuantified,
  PHONE,
  PROFILE_LINK,
  readVerb,
  VERB_WEIGHT,
  type VerbReading,
} from "./signals";
import { cjkCount, clamp, clipQuote, type Locale, latinWords, tr } from "./text";
import { ENGINE_NAME, PROMPT_VERSION, RUBRIC_VERSION } from "./version";

export interface DiagnoseInput {
  text: string;
  sections: ResumeSection[];
  targetRole?: string;
  jobDescription?: string;
  locale: Locale;
  /** Page count of the original file, when known: refines the density check. */
  pages?: number;
}

export const DIMENSION_KEYS = [
  "sections",
  "contact",
  "quantified",
  "verbs",
  "length",
  "timeline",
  "terms",
  "keywords",
] as const;
export type DimensionKey = (typeof DIMENSION_KEYS)[number];

/**
 * Weights of the overall score (sum 1). Quantified results weigh most: they are what recruiters look for
 * first; completeness, verbs and keyword match next; terminology least.
 */
export const DIMENSION_WEIGHTS: Record<DimensionKey, number> = {
  sections: 0.15,
  contact: 0.1,
  quantified: 0.2,
  verbs: 0.15,
  length: 0.1,
  timeline: 0.1,
  terms: 0.05,
  keywords: 0.15,
};

const LABELS: Record<DimensionKey, [zh: string, en: string]> = {
  sections: ["模块完整度", "Section completeness"],
  contact: ["联系方式", "Contact details"],
  quantified: ["量化成果", "Quantified achievements"],
  verbs: ["动词表达", "Action verbs"],
  length: ["篇幅与密度", "Length & density"],
  timeline: ["时间线", "Timeline"],
  terms: ["术语规范", "Terminology"],
  keywords: ["关键词匹配", "Keyword match"],
};

type Severity = "high" | "medium" | "low";
interface Finding {
  severity: Severity;
  dimension: DimensionKey;
  section?: SectionKind;
  evidence: string;
  suggestion: string;
  /** Position in the résumé for ordering (-1: none). */
  at: number;
}
interface DimensionResult {
  score: number;
  comment: string;
  findings: Finding[];
}

const SECTION_NAMES: Record<SectionKind, [string, string]> = {
  contact: ["联系方式", "contact details"],
  summary: ["个人简介", "summary"],
  education: ["教育背景", "education"],
  experience: ["工作/实习经历", "work experience"],
  projects: ["项目经历", "projects"],
  skills: ["专业技能", "skills"],
  awards: ["获奖情况", "awards"],
  certificates: ["证书", "certificates"],
  languages: ["语言能力", "languages"],
  other: ["其他", "other"],
};

class Context {
  readonly view: ResumeView;
  readonly locale: Locale;
  readonly text: string;
  readonly targetRole?: string;
  constructor(input: DiagnoseInput) {
    this.text = input.text;
    this.targetRole = input.targetRole;
    this.locale = input.locale;
    this.view = viewResume(input.text, input.sections);
  }
  t(zh: string, en: string): string {
    return tr(this.locale, zh, en);
  }
  /** The first non-empty line (usually the name): the anchor for findings about something missing. */
  get headerLine(): string {
    const line = this.text.split("\n").find((l) => l.trim()) ?? "";
    return clipQuote(line, 40);
  }
  /** A heading present in the text, for findings about what a part of the résumé lacks. */
  anchor(...kinds: SectionKind[]): { evidence: string; at: number } {
    for (const kind of kinds) {
      const s = this.view.sections.find((x) => x.kind === kind && x.title.trim());
      if (s) {
        const at = this.text.indexOf(s.title.trim());
        if (at >= 0) return { evidence: s.title.trim(), at };
      }
    }
    return { evidence: this.headerLine, at: 0 };
  }
  sectionName(kind: SectionKind): string {
    const [zh, en] = SECTION_NAMES[kind];
    return this.t(zh, en);
  }
}

// —— Dimensions ——

function sectionsDimension(c: Context, hasContact: boolean): DimensionResult {
  const p = c.view.present;
  const findings: Finding[] = [];
  const has = {
    contact: hasContact,
    education: p.has("education"),
    experience: p.has("experience"),
    projects: p.has("projects"),
    skills: p.has("skills"),
  };
  let score = 0;
  score += has.contact ? 20 : 0;
  score += has.education ? 20 : 0;
  score += has.experience ? 25 : has.projects ? 12 : 0;
  score += has.projects ? 15 : has.experience ? 8 : 0;
  score += has.skills ? 20 : 0;
  if (!has.experience) {
    const a = c.anchor("projects", "education");
    findings.push({
      severity: has.projects ? "medium" : "high",
      dimension: "sections",
      section: "experience",
      ...a,
      suggestion: c.t(
        "没有找到「工作/实习经历」模块。即使是在校生，也应单独列出实习、助教、学生组织中承担具体职责的经历：按时间倒序，每段写公司/组织、职位、起止时间和 3–5 条成果要点。",
        "No work experience section was found. Even as a student, list internships, teaching assistant roles or society positions with real responsibilities: reverse-chronological, each with organisation, title, dates and 3–5 result-focused bullets.",
      ),
    });
  }
  if (!has.education) {
    const a = c.anchor("experience", "projects");
    findings.push({
      severity: "high",
      dimension: "sections",
      section: "education",
      ...a,
      suggestion: c.t(
        "缺少「教育背景」：写明学校、专业、学历和起止时间；应届生可补充 GPA/专业排名、核心课程和奖学金。",
        "Add an education section: school, major, degree and dates; recent graduates can add GPA or class rank, core courses and scholarships.",
      ),
    });
  }
  if (!has.projects) {
    const a = c.anchor("experience", "skills");
    findings.push({
      severity: has.experience ? "low" : "medium",
      dimension: "sections",
      section: "projects",
      ...a,
      suggestion: c.t(
        "没有单独的「项目经历」。挑 2–3 个与目标岗位最相关的项目，写清背景、你的角色、关键动作和可量化的结果，面试官最常从这里提问。",
        "There is no projects section. Pick 2–3 projects most relevant to the target role and state the context, your role, the key actions and a measurable result — interviewers draw most questions from here.",
      ),
    });
  }
  if (!has.skills) {
    const a = c.anchor("projects", "experience", "education");
    findings.push({
      severity: "medium",
      dimension: "sections",
      section: "skills",
      ...a,
      suggestion: c.t(
        "缺少「专业技能」模块。按类别列出（如 编程语言 / 框架 / 工具 / 语言证书），用词与目标岗位 JD 保持一致，便于 HR 和 ATS 按关键词筛选。",
        "Add a skills section grouped by category (languages / frameworks / tools / certifications), using the same words as the job description so recruiters and ATS filters find them.",
      ),
    });
  }
  const missing = (["contact", "education", "experience", "projects", "skills"] as const).filter((k) => !has[k]);
  const comment = missing.length
    ? c.t(
        `缺少：${missing.map((k) => c.sectionName(k)).join("、")}。完整的简历应包含联系方式、教育背景、工作/实习经历、项目经历和专业技能。`,
        `Missing: ${missing.map((k) => c.sectionName(k)).join(", ")}. A complete résumé has contact details, education, experience, projects and skills.`,
      )
    : c.t(
        "联系方式、教育背景、经历、项目和技能五个核心模块齐全。",
        "All five core sections are present: contact, education, experience, projects and skills.",
      );
  return { score, comment, findings };
}

function contactDimension(c: Context, family: string): DimensionResult & { hasContact: boolean } {
  const email = c.text.match(EMAIL);
  const phone = c.text.match(PHONE);
  const link = PROFILE_LINK.test(c.text);
  const findings: Finding[] = [];
  const a = c.anchor("contact");
  if (!email) {
    findings.push({
      severity: "high",
      dimension: "contact",
      section: "contact",
      ...a,
      suggestion: c.t(
        "没有找到邮箱。在姓名下方写上常用、正式的邮箱（避免昵称式地址），HR 发面试邀请和 offer 通常走邮件。",
        "No email address was found. Put a professional address under your name — interview invitations and offers usually come by email.",
      ),
    });
  }
  if (!phone) {
    findings.push({
      severity: "high",
      dimension: "contact",
      section: "contact",
      ...a,
      suggestion: c.t(
        "没有找到手机号。写上能随时接通的手机号（如 138-0000-0000 这样分段更易读），否则 HR 无法电话约面。",
        "No phone number was found. Add a number you answer (with country code if applying abroad) so recruiters can call you.",
      ),
    });
  }
  if (!link && ["frontend", "backend", "data", "design"].includes(family)) {
    findings.push({
      severity: "low",
      dimension: "contact",
      section: "contact",
      ...a,
      suggestion:
        family === "design"
          ? c.t(
              "没有作品集链接。设计岗位几乎都会先看作品集：附上站酷/Behance/个人网站链接，或注明「作品集见附件」。",
              "No portfolio link. Design roles look at the portfolio first: add a Behance/Dribbble/personal site link or note that it is attached.",
            )
          : c.t(
              "没有 GitHub/技术博客等链接。附上能体现代码或技术积累的主页，会让技术面试官更快了解你。",
              "No GitHub or blog link. A profile that shows your code or writing helps technical interviewers know you faster.",
            ),
    });
  }
  const id = c.text.match(CN_ID_NUMBER);
  if (id) {
    findings.push({
      severity: "medium",
      dimension: "contact",
      section: "contact",
      evidence: id[0],
      at: id.index ?? 0,
      suggestion: c.t(
        "简历中出现了身份证号。身份证号属于敏感个人信息，投递阶段不需要，建议删除以防泄露。",
        "The résumé contains a national ID number. It is sensitive and not needed when applying — remove it.",
      ),
    });
  }
  const score = (email ? 50 : 0) + (phone ? 50 : 0);
  const comment =
    email && phone
      ? c.t(
          `已包含邮箱和手机号${link ? "，并附有个人主页/作品链接" : ""}。`,
          `Email and phone are present${link ? ", plus a profile or portfolio link" : ""}.`,
        )
      : c.t(
          `缺少${[!email ? "邮箱" : "", !phone ? "手机号" : ""].filter(Boolean).join("和")}，HR 可能无法联系到你。`,
          `Missing ${[!email ? "an email address" : "", !phone ? "a phone number" : ""].filter(Boolean).join(" and ")}: recruiters may not be able to reach you.`,
        );
  return { score, comment, findings, hasContact: Boolean(email || phone) };
}

/** A suggestion for adding numbers that fits what the bullet is about. */
function quantSuggestion(c: Context, bullet: string, verb: VerbReading, family: RoleFamily): string {
  const b = bullet.toLowerCase();
  const lead = verb.verb
    ? c.t(`这条写了「${verb.verb}」，但没有说明效果。`, `This bullet says “${verb.verb}” but not what came of it. `)
    : "";
  const kind = /优化|性能|提速|加载|耗时|延迟|optimi[sz]|performance|latency|speed|faster/.test(b)
    ? "perf"
    : family === "operations" || (family === "general" && /活动|运营|campaign/.test(b))
      ? "ops"
      : family === "sales"
        ? "sales"
        : family === "design"
          ? "design"
          : family === "data"
            ? "data"
            : family === "product"
              ? "product"
              : family === "frontend" || family === "backend"
                ? "tech"
                : "default";
  if (kind === "perf")
    return (
      lead +
      c.t(
        "补充优化前后的对比数据，如「接口 P99 从 800ms 降到 200ms」「首屏时间降低 40%」，并说明测量方式。",
        "Add before/after numbers, e.g. “cut p99 latency from 800 ms to 200 ms” or “first paint 40% faster”, and how you measured it.",
      )
    );
  if (kind === "ops")
    return (
      lead +
      c.t(
        "补充规模与效果：覆盖/参与人数、转化率、留存或 GMV 的变化，例如「活动参与 2.3 万人，转化率提升 15%」。",
        "Add reach and impact: participants, conversion, retention or revenue change — e.g. “23k participants, conversion up 15%”.",
      )
    );
  if (kind === "sales")
    return (
      lead +
      c.t(
        "补充业绩数字：签约金额、目标完成率、客户数或排名，例如「年度签约 560 万元，完成率 128%，团队第 1」。",
        "Add the numbers: contract value, attainment, accounts won or ranking — e.g. “closed ¥5.6M, 128% of quota, #1 in team”.",
      )
    );
  if (kind === "design")
    return (
      lead +
      c.t(
        "补充设计带来的可衡量变化，如任务完成率、点击率、满意度（NPS）或设计交付效率的提升。",
        "Add a measurable change from the design: task success, click-through, NPS or delivery speed.",
      )
    );
  if (kind === "data")
    return (
      lead +
      c.t(
        "补充分析或模型的规模与影响：数据量、准确率/AUC、节省的人力时间，或结论带来的业务指标变化。",
        "Add scale and impact: data volume, accuracy/AUC, hours saved, or the business metric your finding moved.",
      )
    );
  if (kind === "product")
    return (
      lead +
      c.t(
        "补充功能上线后的数据：使用率/渗透率、转化或留存的变化、服务的用户规模，例如「新功能周活渗透率 35%，次周留存提升 4 个百分点」。",
        "Add post-launch numbers: adoption, change in conversion or retention, users served — e.g. “35% weekly adoption, +4 pts week-2 retention”.",
      )
    );
  if (kind === "tech")
    return (
      lead +
      c.t(
        "补充规模和效果：服务的用户量/PV、QPS 或数据量，上线后的性能、稳定性或研发效率变化，例如「支撑日均 50 万 PV」「接口错误率降至 0.1%」。",
        "Add scale and effect: users or page views served, QPS or data volume, and the change in performance, reliability or team velocity — e.g. “served 500k daily page views”, “error rate down to 0.1%”.",
      )
    );
  return (
    lead +
    c.t(
      "补充结果数字：规模（用户量、数据量、QPS）、提升幅度（%、倍）或节省的时间/成本，让成果可验证。",
      "Add a number: scale (users, data, requests), improvement (% or ×) or time/cost saved, so the result can be checked.",
    )
  );
}

function quantifiedDimension(
  c: Context,
  bullets: Bullet[],
  family: RoleFamily,
): DimensionResult & { quantified: number } {
  const n = bullets.length;
  const flags = bullets.map((b) => isQuantified(b.text));
  const q = flags.filter(Boolean).length;
  if (n === 0) {
    const a = c.anchor("experience", "projects");
    return {
      score: 30,
      quantified: 0,
      comment: c.t(
        "没有识别到经历或项目要点，无法评估成果的量化程度。",
        "No experience or project bullets were found, so results cannot be assessed.",
      ),
      findings: [
        {
          severity: "medium",
          dimension: "quantified",
          section: "experience",
          ...a,
          suggestion: c.t(
            "用要点（• 开头的短句）描述每段经历，每条写「动作 + 结果」，并尽量带上数字。",
            "Describe each role with bullet points, each an action plus a result, with numbers where possible.",
          ),
        },
      ],
    };
  }
  const r = q / n;
  const score = Math.round(15 + 85 * (1 - (1 - r) ** 1.5));
  const severity: Severity = r < 0.3 ? "medium" : "low";
  const findings: Finding[] = bullets
    // Bullets led by a weak verb get their own finding (verbs), which also asks for the result.
    .filter((b, i) => !flags[i] && b.index >= 0 && (cjkCount(b.text) >= 8 || latinWords(b.text).length >= 5))
    .filter((b) => readVerb(b.text).strength !== "weak")
    .slice(0, 4)
    .map((b) => ({
      severity,
      dimension: "quantified" as const,
      section: b.section,
      evidence: clipQuote(b.quote),
      at: b.index,
      suggestion: quantSuggestion(c, b.text, readVerb(b.text), family),
    }));
  const pct = Math.round(r * 100);
  const comment = c.t(
    `${n} 条经历/项目要点中有 ${q} 条包含数字或量化结果（${pct}%）。${r >= 0.5 ? "量化充分，成果可信。" : "建议至少一半的要点写明规模、提升幅度或节省的时间。"}`,
    `${q} of ${n} experience/project bullets state a number or measurable result (${pct}%). ${r >= 0.5 ? "Well quantified." : "Aim for at least half of the bullets to show scale, improvement or time saved."}`,
  );
  return { score, comment, findings, quantified: q };
}

function verbsDimension(c: Context, bullets: Bullet[]): DimensionResult {
  const n = bullets.length;
  if (n === 0)
    return {
      score: 40,
      comment: c.t("没有识别到经历要点，无法评估动词表达。", "No bullets were found to assess the verbs."),
      findings: [],
    };
  const readings = bullets.map((b) => readVerb(b.text));
  let score = (100 * readings.reduce((s, r) => s + VERB_WEIGHT[r.strength], 0)) / n;
  const findings: Finding[] = [];
  const weakIdx = readings.map((r, i) => (r.strength === "weak" ? i : -1)).filter((i) => i >= 0);
  for (const i of weakIdx.slice(0, 4)) {
    const b = bullets[i]!;
    if (b.index < 0) continue;
    const verb = readings[i]!.verb ?? "";
    findings.push({
      severity: "medium",
      dimension: "verbs",
      section: b.section,
      evidence: clipQuote(b.quote),
      at: b.index,
      suggestion: c.t(
        `以「${verb}」开头会弱化你的贡献，面试官会追问「你具体做了什么」。改写为你本人承担的动作，如「主导 / 设计 / 实现 / 推动 …」，并写出结果。`,
        `Opening with “${verb}” hides your contribution and invites “what exactly did you do?”. Lead with what you did yourself — “Designed”, “Implemented”, “Drove” — and state the result.`,
      ),
    });
  }
  // Monotony: the same opening verb on most bullets reads like a job description.
  const counts = new Map<string, number[]>();
  readings.forEach((r, i) => {
    if (!r.verb) return;
    const key = r.verb.toLowerCase();
    counts.set(key, [...(counts.get(key) ?? []), i]);
  });
  const [topVerb, topIdx] =
    [...counts.entries()].sort((a, b) => b[1].length - a[1].length || a[1][0]! - b[1][0]!)[0] ?? [];
  if (topVerb && topIdx && n >= 4 && topIdx.length / n > 0.4 && topIdx.length >= 3) {
    score -= 10;
    const b = bullets[topIdx[0]!]!;
    if (b.index >= 0)
      findings.push({
        severity: "low",
        dimension: "verbs",
        section: b.section,
        evidence: clipQuote(b.quote),
        at: b.index,
        suggestion: c.t(
          `${topIdx.length} 条要点都以「${readings[topIdx[0]!]!.verb}」开头，读起来像岗位职责而不是成果。换成更具体的动作并带上结果，例如「负责支付模块」→「重构支付模块，下单成功率提升至 99.9%」。`,
          `${topIdx.length} bullets open with “${readings[topIdx[0]!]!.verb}”, which reads like a job description. Vary the verbs and lead with outcomes, e.g. “Responsible for payments” → “Rebuilt the payment flow, lifting checkout success to 99.9%”.`,
        ),
      });
  }
  const none = readings.map((r, i) => (r.strength === "none" ? i : -1)).filter((i) => i >= 0);
  if (n >= 3 && none.length / n > 0.3) {
    for (const i of none.slice(0, 2)) {
      const b = bullets[i]!;
      if (b.index < 0) continue;
      findings.push({
        severity: "low",
        dimension: "verbs",
        section: b.section,
        evidence: clipQuote(b.quote),
        at: b.index,
        suggestion: c.t(
          "这条没有以动作开头，读者很难看出你做了什么。用「动词 + 对象 + 结果」的结构改写，如「设计并实现 … ，使 … 提升 …」。",
          "This bullet does not start with an action. Rewrite as verb + object + result: “Designed and built …, improving … by …”.",
        ),
      });
    }
  }
  const strong = readings.filter((r) => r.strength === "strong").length;
  const comment = c.t(
    `${n} 条要点中 ${strong} 条以有力的动作开头，${weakIdx.length} 条使用「参与/协助」等弱动词。`,
    `${strong} of ${n} bullets open with a strong action verb; ${weakIdx.length} use weak openers such as “helped” or “worked on”.`,
  );
  return { score: clamp(Math.round(score)), comment, findings };
}

function lengthDimension(c: Context, bullets: Bullet[], pages?: number): DimensionResult {
  const cjk = cjkCount(c.text);
  const words = latinWords(c.text).length;
  const zh = cjk >= words;
  const units = zh ? cjk + words : words;
  const perPage = pages && pages > 0 ? units / pages : undefined;
  const [lo, hi] = perPage !== undefined ? (zh ? [350, 1300] : [250, 700]) : zh ? [500, 1800] : [300, 900];
  const measured = perPage ?? units;
  let score: number;
  if (measured < lo) score = 100 * (measured / lo) ** 0.8;
  else if (measured > hi) score = 100 - ((measured - hi) / hi) * 80;
  else score = 100;
  score = Math.max(score, 20);
  const findings: Finding[] = [];
  const bulletLen = (b: Bullet) => (zh ? cjkCount(b.text) + latinWords(b.text).length : latinWords(b.text).length);
  const longMax = zh ? 90 : 35;
  const long = bullets.filter((b) => bulletLen(b) > longMax);
  const short = bullets.filter((b) => bulletLen(b) < (zh ? 6 : 4));
  if (bullets.length) {
    score -= (40 * long.length) / bullets.length;
    score -= (20 * short.length) / bullets.length;
  }
  if (measured < lo) {
    const a = c.anchor("experience", "projects");
    findings.push({
      severity: "medium",
      dimension: "length",
      section: "experience",
      ...a,
      suggestion: c.t(
        `简历内容偏少（约 ${units} ${zh ? "字" : "词"}）。补充每段经历的具体做法和结果，项目写清背景、难点和你的贡献，一页简历通常需要 600–1200 字。`,
        `The résumé is thin (about ${units} words). Add what you did and achieved in each role; a one-page résumé usually runs 350–650 words.`,
      ),
    });
  } else if (measured > hi) {
    const longest = [...c.view.sections].sort((a, b) => b.text.length - a.text.length)[0];
    const a =
      longest?.title.trim() && c.text.includes(longest.title.trim())
        ? { evidence: longest.title.trim(), at: c.text.indexOf(longest.title.trim()) }
        : { evidence: c.headerLine, at: 0 };
    findings.push({
      severity: pages && pages > 2 ? "medium" : "low",
      dimension: "length",
      section: longest?.kind,
      ...a,
      suggestion: c.t(
        `篇幅偏长（约 ${units} 字${pages ? `，${pages} 页` : ""}）。删去与目标岗位无关的经历和重复描述，${longest ? `尤其是「${longest.title.trim() || c.sectionName(longest.kind)}」部分，` : ""}控制在 1–2 页。`,
        `Too long (about ${units} words${pages ? `, ${pages} pages` : ""}). Cut experience unrelated to the target role and repeated points${longest ? `, especially under “${longest.title.trim() || c.sectionName(longest.kind)}”` : ""}; keep it to 1–2 pages.`,
      ),
    });
  }
  for (const b of long.slice(0, 3)) {
    if (b.index < 0) continue;
    findings.push({
      severity: "low",
      dimension: "length",
      section: b.section,
      evidence: clipQuote(b.quote),
      at: b.index,
      suggestion: c.t(
        `这条要点过长（约 ${bulletLen(b)} 字），HR 平均只看几秒。拆成 2 条，每条一句话：做了什么 + 结果。`,
        `This bullet is long (about ${bulletLen(b)} words); recruiters skim. Split it into two one-line bullets: action + result.`,
      ),
    });
  }
  const comment = c.t(
    `全文约 ${units} ${zh ? "字" : "词"}${perPage !== undefined ? `（每页约 ${Math.round(perPage)}）` : ""}，${measured < lo ? "内容偏少" : measured > hi ? "内容偏多" : "篇幅合适"}；${bullets.length} 条要点中 ${long.length} 条过长。`,
    `About ${units} words${perPage !== undefined ? ` (${Math.round(perPage)} per page)` : ""} — ${measured < lo ? "on the thin side" : measured > hi ? "on the long side" : "a good length"}; ${long.length} of ${bullets.length} bullets are too long.`,
  );
  return { score: clamp(Math.round(score)), comment, findings };
}

interface Period {
  entry: Entry;
  range: DateRange;
  start: number;
  /** Infinity: present. */
  end: number;
}

function entryQuote(c: Context, p: Period): { evidence: string; at: number } {
  const header = p.entry.header;
  if (header && header.length <= 80 && p.entry.headerIndex >= 0) return { evidence: header, at: p.entry.headerIndex };
  const at = c.text.indexOf(p.range.text);
  return { evidence: p.range.text, at: Math.max(at, 0) };
}

function timelineDimension(c: Context): DimensionResult & { gaps: { from: string; to: string; months: number }[] } {
  const periods: Period[] = [];
  for (const e of c.view.entries) {
    if (e.section !== "experience" && e.section !== "education") continue;
    const range = e.ranges[0];
    if (!range) continue;
    periods.push({
      entry: e,
      range,
      start: range.start.month,
      end: range.end ? range.end.month : Number.POSITIVE_INFINITY,
    });
  }
  const findings: Finding[] = [];
  const gaps: { from: string; to: string; months: number }[] = [];
  if (periods.length === 0) {
    const hasEntries = c.view.present.has("experience") || c.view.present.has("education");
    const a = c.anchor("experience", "education");
    if (hasEntries)
      findings.push({
        severity: "medium",
        dimension: "timeline",
        section: "experience",
        ...a,
        suggestion: c.t(
          "经历和教育没有写起止时间。每段都应标注「2021.07 – 2023.03」这样的时间，HR 需要据此判断工作年限。",
          "Experience and education have no dates. Give each a range such as “Jul 2021 – Mar 2023”; recruiters use them to judge seniority.",
        ),
      });
    return {
      score: hasEntries ? 55 : 70,
      gaps,
      comment: c.t("没有识别到经历的起止时间。", "No date ranges were found in experience or education."),
      findings,
    };
  }
  let score = 100;
  // Ranges that end before they start.
  for (const p of periods) {
    if (p.end < p.start) {
      score -= 30;
      findings.push({
        severity: "high",
        dimension: "timeline",
        section: p.entry.section,
        ...entryQuote(c, p),
        suggestion: c.t(
          `时间「${p.range.text}」的结束早于开始，请核对。时间错误会让 HR 怀疑简历的严谨性。`,
          `The range “${p.range.text}” ends before it starts — check it; date errors make recruiters doubt the whole résumé.`,
        ),
      });
    }
  }
  const valid = periods.filter((p) => p.end >= p.start).sort((a, b) => a.start - b.start || a.end - b.end);
  // Gaps: uncovered stretches between one period and the next.
  let coveredTo = valid[0] ? valid[0].end : 0;
  for (let i = 1; i < valid.length; i++) {
    const p = valid[i]!;
    const precise = p.range.start.precise && (valid[i - 1]!.range.end?.precise ?? true);
    const gap = p.start - coveredTo - 1;
    const threshold = precise ? 6 : 12;
    if (Number.isFinite(coveredTo) && gap > threshold) {
      gaps.push({ from: formatMonth(coveredTo), to: formatMonth(p.start), months: gap });
      score -= gap > 12 ? 25 : 15;
      findings.push({
        severity: gap > 12 ? "high" : "medium",
        dimension: "timeline",
        section: p.entry.section,
        ...entryQuote(c, p),
        suggestion: c.t(
          `${formatMonth(coveredTo)} 到 ${formatMonth(p.start)} 之间有约 ${gap} 个月的空档。如果期间在备考、进修、创业或照顾家庭，可以简短注明；面试时也要准备好说明。`,
          `There is a gap of about ${gap} months between ${formatMonth(coveredTo)} and ${formatMonth(p.start)}. If you were studying, freelancing or caring for family, say so briefly — and be ready to explain it in interviews.`,
        ),
      });
    }
    coveredTo = Math.max(coveredTo, p.end);
  }
  // Overlaps between jobs (education alongside internships is normal).
  const jobs = valid.filter((p) => p.entry.section === "experience");
  for (let i = 0; i < jobs.length; i++) {
    for (let j = i + 1; j < jobs.length; j++) {
      const a = jobs[i]!;
      const b = jobs[j]!;
      const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start) + 1;
      const precise = a.range.start.precise && b.range.start.precise;
      if (overlap >= (precise ? 2 : 13)) {
        const partTime = /实习|兼职|intern|part-time|part time|freelance|自由职业/i.test(
          `${a.entry.header} ${a.entry.meta.join(" ")} ${b.entry.header} ${b.entry.meta.join(" ")}`,
        );
        const months = Number.isFinite(overlap) ? overlap : undefined;
        score -= partTime ? 5 : 15;
        findings.push({
          severity: partTime ? "low" : "medium",
          dimension: "timeline",
          section: "experience",
          ...entryQuote(c, b),
          suggestion: c.t(
            `这段经历与「${clipQuote(a.entry.header || a.range.text, 30)}」在时间上重叠${months ? `约 ${months} 个月` : ""}。如果是兼职、实习或交接期，请注明；否则核对日期，避免被认为信息不实。`,
            `This role overlaps “${clipQuote(a.entry.header || a.range.text, 30)}”${months ? ` by about ${months} months` : ""}. If one was part-time, an internship or a handover, say so; otherwise check the dates.`,
          ),
        });
      }
    }
  }
  const overlaps = findings.filter((f) => f.suggestion.includes("重叠") || f.suggestion.includes("overlaps")).length;
  const comment = c.t(
    `识别到 ${periods.length} 段带时间的经历/教育；${gaps.length ? `${gaps.length} 处超过 6 个月的空档` : "没有明显空档"}，${overlaps ? `${overlaps} 处时间重叠` : "没有时间重叠"}。`,
    `${periods.length} dated entries; ${gaps.length ? `${gaps.length} gap(s) longer than 6 months` : "no notable gaps"} and ${overlaps ? `${overlaps} overlap(s)` : "no overlaps"}.`,
  );
  return { score: clamp(score), comment, findings, gaps };
}

function termsDimension(c: Context, techSkills: number): DimensionResult {
  const skills = c.view.sections.filter((s) => s.kind === "skills" && s.start >= 0);
  const isSkillsLine = (i: number) => skills.some((s) => i >= s.start && i < s.start + s.text.length);
  const found = findMiscasedTerms(c.text, isSkillsLine);
  const distinct = new Map<string, (typeof found)[number]>();
  for (const f of found) if (!distinct.has(f.written)) distinct.set(f.written, f);
  const findings: Finding[] = [];
  for (const f of [...distinct.values()].slice(0, 8)) {
    const lineStart = c.text.lastIndexOf("\n", f.index) + 1;
    const nl = c.text.indexOf("\n", f.index);
    const lineEnd = nl < 0 ? c.text.length : nl;
    const line = c.text.slice(lineStart, lineEnd);
    let evidence = line.trim();
    if (evidence.length > 50) {
      let from = Math.max(lineStart, f.index - 15);
      let to = Math.min(lineEnd, f.index + f.written.length + 15);
      // Do not cut a word in half.
      while (from > lineStart && /[A-Za-z0-9]/.test(c.text[from - 1]!) && /[A-Za-z0-9]/.test(c.text[from]!)) from--;
      while (to < lineEnd && /[A-Za-z0-9]/.test(c.text[to - 1]!) && /[A-Za-z0-9]/.test(c.text[to]!)) to++;
      evidence = c.text.slice(from, to).trim();
    }
    findings.push({
      severity: "low",
      dimension: "terms",
      section: sectionAt(c, f.index),
      evidence,
      at: f.index,
      suggestion: c.t(
        `「${f.written}」应写作「${f.canonical}」。技术名词的大小写是面试官判断专业度的细节，也影响关键词检索。`,
        `Write “${f.canonical}”, not “${f.written}”. Correct casing of technical names signals care and helps keyword search.`,
      ),
    });
  }
  const n = distinct.size;
  const score = n === 0 ? 100 : Math.max(20, 100 - 12 * n);
  const comment =
    n === 0
      ? c.t(
          techSkills ? "技术名词书写规范。" : "没有发现需要规范的技术名词。",
          techSkills ? "Technical names are written correctly." : "No technical names needing correction.",
        )
      : c.t(
          `${n} 个技术名词大小写或拼写不规范，如「${[...distinct.values()][0]!.written}」→「${[...distinct.values()][0]!.canonical}」。`,
          `${n} technical name(s) mis-cased or misspelled, e.g. “${[...distinct.values()][0]!.written}” → “${[...distinct.values()][0]!.canonical}”.`,
        );
  return { score, comment, findings };
}

function sectionAt(c: Context, index: number): SectionKind | undefined {
  let best: SectionKind | undefined;
  for (const s of c.view.sections) if (s.start >= 0 && s.start <= index) best = s.kind;
  return best;
}

function keywordsDimension(c: Context, km: KeywordMatch): DimensionResult {
  const findings: Finding[] = [];
  const total = km.requirements.length;
  if (km.mode === "none" || total === 0) {
    const n = km.resumeSkills.filter((h) => h.skill.kind !== "soft").length;
    return {
      score: Math.min(100, 40 + 8 * n),
      comment: c.t(
        km.mode === "none"
          ? `未提供目标岗位或 JD，按技能覆盖度评估：识别到 ${n} 项专业技能。提供 JD 可以得到逐条的关键词匹配。`
          : `JD 中没有识别到明确的技能关键词，按技能覆盖度评估：识别到 ${n} 项专业技能。`,
        km.mode === "none"
          ? `No target role or job description given; scored on breadth: ${n} professional skills recognised. Add a job description for a keyword-by-keyword match.`
          : `No clear skill keywords found in the job description; scored on breadth: ${n} professional skills recognised.`,
      ),
      findings,
    };
  }
  const ratio = km.matched.length / total;
  const score = Math.round((km.mode === "jd" ? 20 : 30) + (km.mode === "jd" ? 80 : 70) * ratio);
  const labels = km.missing.map((r) => requirementLabel(r, c.locale));
  if (km.missing.length) {
    const a = c.anchor("skills", "projects", "experience");
    const shown = labels.slice(0, 8);
    const severity: Severity = km.mode === "jd" ? (ratio < 0.5 ? "high" : "medium") : ratio < 0.5 ? "medium" : "low";
    findings.push({
      severity,
      dimension: "keywords",
      section: "skills",
      ...a,
      suggestion:
        km.mode === "jd"
          ? c.t(
              `JD 中的 ${shown.join("、")}${labels.length > shown.length ? " 等" : ""} 在简历中没有出现。如果你具备这些能力，请在技能和项目描述中用与 JD 一致的说法写出来（HR 和 ATS 都按关键词筛选）；如果还不具备，面试前准备好学习计划和可迁移的经验。`,
              `The job description asks for ${shown.join(", ")}${labels.length > shown.length ? " and more" : ""}, which the résumé never mentions. If you have them, name them in your skills and project bullets using the posting's words (recruiters and ATS filter on keywords); if not, prepare how you would close the gap.`,
            )
          : c.t(
              `「${c.targetRole ?? ""}」岗位常见的关键词中，${shown.join("、")} 没有在简历中出现。结合你的真实经历，挑相关的写进技能和项目要点。`,
              `Common keywords for “${c.targetRole ?? ""}” roles that the résumé does not show: ${shown.join(", ")}. Add the ones you genuinely have to your skills and project bullets.`,
            ),
    });
  }
  // Same skill, different words: ATS matches literally.
  let synonymNotes = 0;
  for (const m of km.matched) {
    if (synonymNotes >= 3) break;
    const jdWords = m.requirement.jdQuote;
    if (!jdWords || !m.requirement.skill) continue;
    if (jdWords.toLowerCase() === m.quote.toLowerCase()) continue;
    if (m.quote.toLowerCase().includes(jdWords.toLowerCase()) || jdWords.toLowerCase().includes(m.quote.toLowerCase()))
      continue;
    if (c.text.normalize("NFKC").toLowerCase().includes(jdWords.normalize("NFKC").toLowerCase())) continue;
    synonymNotes++;
    findings.push({
      severity: "low",
      dimension: "keywords",
      section: sectionAt(c, m.index),
      evidence: m.quote,
      at: m.index,
      suggestion: c.t(
        `JD 写的是「${jdWords}」，简历写的是「${m.quote}」。意思相同，但部分 ATS 按字面匹配，建议至少出现一次 JD 的原词。`,
        `The posting says “${jdWords}”, the résumé says “${m.quote}”. Same skill, but some ATS match literally — use the posting's wording at least once.`,
      ),
    });
  }
  const comment = c.t(
    `${km.mode === "jd" ? "JD " : "目标岗位"}的 ${total} 个关键词中命中 ${km.matched.length} 个（${Math.round(ratio * 100)}%）${labels.length ? `，缺少：${labels.slice(0, 5).join("、")}${labels.length > 5 ? " 等" : ""}` : ""}。`,
    `${km.matched.length} of ${total} ${km.mode === "jd" ? "job-description" : "target-role"} keywords found (${Math.round(ratio * 100)}%)${labels.length ? `; missing: ${labels.slice(0, 5).join(", ")}${labels.length > 5 ? "…" : ""}` : ""}.`,
  );
  return { score: clamp(score), comment, findings };
}

// —— Assembly ——

const SEVERITY_RANK: Record<Severity, number> = { high: 0, medium: 1, low: 2 };
const MAX_ISSUES = 25;

export function diagnose(input: DiagnoseInput): DiagnosisResult {
  const c = new Context(input);
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
  const bullets = c.view.bullets;
  const contact = contactDimension(c, role.family);
  const results: Record<DimensionKey, DimensionResult> = {
    sections: sectionsDimension(c, contact.hasContact),
    contact,
    quantified: quantifiedDimension(c, bullets, role.family),
    verbs: verbsDimension(c, bullets),
    length: lengthDimension(c, bullets, input.pages),
    timeline: timelineDimension(c),
    terms: termsDimension(c, km.resumeSkills.filter((h) => h.skill.kind === "tech").length),
    keywords: keywordsDimension(c, km),
  };
  const dimensions = DIMENSION_KEYS.map((key) => ({
    key,
    label: c.t(...LABELS[key]),
    score: clamp(Math.round(results[key].score)),
    comment: results[key].comment,
  }));
  const score = clamp(
    Math.round(dimensions.reduce((s, d) => s + d.score * DIMENSION_WEIGHTS[d.key as DimensionKey], 0)),
  );

  const seen = new Set<string>();
  const findings = DIMENSION_KEYS.flatMap((k) => results[k].findings)
    .filter((f) => input.text.includes(f.evidence))
    .map((f, order) => ({ f, order }))
    .sort(
      (a, b) =>
        SEVERITY_RANK[a.f.severity] - SEVERITY_RANK[b.f.severity] ||
        DIMENSION_KEYS.indexOf(a.f.dimension) - DIMENSION_KEYS.indexOf(b.f.dimension) ||
        a.f.at - b.f.at ||
        a.order - b.order,
    )
    .map(({ f }) => f)
    .filter((f) => {
      const key = `${f.dimension}|${f.evidence}|${f.suggestion}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, MAX_ISSUES);
  const issues = findings.map((f) => ({
    severity: f.severity,
    ...(f.section ? { section: f.section } : {}),
    evidence: f.evidence,
    suggestion: f.suggestion,
  }));

  const keywords =
    km.mode === "none" || km.requirements.length === 0
      ? {
          matched: unique(
            km.resumeSkills
              .filter((h) => h.skill.kind !== "soft")
              .map((h) => requirementLabel({ key: h.skill.id, skill: h.skill, source: "role" }, c.locale)),
          ).slice(0, 20),
          missing: [],
        }
      : {
          matched: unique(km.matched.map((m) => requirementLabel(m.requirement, c.locale))),
          missing: unique(km.missing.map((r) => requirementLabel(r, c.locale))),
        };

  return {
    score,
    dimensions,
    issues,
    keywords,
    summary: summarise(
      c,
      score,
      dimensions,
      findings,
      km,
      results.quantified as DimensionResult & { quantified: number },
      bullets.length,
    ),
    meta: { engine: ENGINE_NAME, rubricVersion: RUBRIC_VERSION, promptVersion: PROMPT_VERSION },
  };
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}

function summarise(
  c: Context,
  score: number,
  dimensions: { key: string; label: string; score: number }[],
  findings: Finding[],
  km: KeywordMatch,
  quant: { quantified: number },
  bulletCount: number,
): string {
  const ranked = [...dimensions].sort(
    (a, b) =>
      b.score - a.score ||
      DIMENSION_KEYS.indexOf(a.key as DimensionKey) - DIMENSION_KEYS.indexOf(b.key as DimensionKey),
  );
  const strengths = ranked.filter((d) => d.score >= 75).slice(0, 2);
  const weaknesses = [...ranked]
    .reverse()
    .filter((d) => d.score < 70)
    .slice(0, 2);
  const high = findings.filter((f) => f.severity === "high").length;
  const level =
    score >= 85
      ? c.t("整体质量优秀", "strong overall")
      : score >= 70
        ? c.t("整体良好，仍有提升空间", "good, with room to improve")
        : score >= 55
          ? c.t("基础尚可，需要重点修改", "workable but needs focused revision")
          : c.t("需要较大幅度的修改", "needs substantial revision");
  const parts: string[] = [];
  parts.push(c.t(`综合得分 ${score}/100，${level}。`, `Overall ${score}/100 — ${level}.`));
  if (strengths.length)
    parts.push(
      c.t(
        `优势：${strengths.map((d) => `${d.label}（${d.score}）`).join("、")}。`,
        `Strengths: ${strengths.map((d) => `${d.label} (${d.score})`).join(", ")}.`,
      ),
    );
  if (weaknesses.length)
    parts.push(
      c.t(
        `优先改进：${weaknesses.map((d) => `${d.label}（${d.score}）`).join("、")}。`,
        `Improve first: ${weaknesses.map((d) => `${d.label} (${d.score})`).join(", ")}.`,
      ),
    );
  if (bulletCount)
    parts.push(
      c.t(
        `${bulletCount} 条经历要点中 ${quant.quantified} 条带有量化结果。`,
        `${quant.quantified} of ${bulletCount} bullets carry a measurable result.`,
      ),
    );
  if ((km.mode === "jd" || km.mode === "role") && km.requirements.length) {
    const missing = km.missing.slice(0, 3).map((r) => requirementLabel(r, c.locale));
    parts.push(
      c.t(
        `${km.mode === "jd" ? "JD " : "岗位"}关键词命中 ${km.matched.length}/${km.requirements.length}${missing.length ? `，建议补充 ${missing.join("、")}` : ""}。`,
        `Keyword match ${km.matched.length}/${km.requirements.length}${missing.length ? `; consider adding ${missing.join(", ")}` : ""}.`,
      ),
    );
  }
  parts.push(
    c.t(
      `共发现 ${findings.length} 个问题${high ? `，其中 ${high} 个高优先级，建议先处理` : ""}。`,
      `${findings.length} issue(s) found${high ? `, ${high} of them high priority — fix those first` : ""}.`,
    ),
  );
  return parts.join(c.locale === "en" ? " " : "");
}
