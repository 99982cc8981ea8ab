/**
 * Keyword match between what a role asks for and what the résumé shows. Requirements come from the job
 * description (lexicon skills, unknown technical names, and Chinese terms the posting repeats, found with
 * Intl.Segmenter), or, with only a target role, from the role family's core skills.
 */
import type { RoleFamily } from "./families";
import {
  FAMILY_CORE_SKILLS,
  type FoldedText,
  findAlias,
  findAllSkillOccurrences,
  findSkills,
  foldText,
  SKILL_BY_ID,
  type Skill,
  type SkillHit,
  skillLabel,
} from "./lexicon";
import { cjkCount, hasCjk, LATIN_TOKEN, type Locale, segmentWords } from "./text";

export interface Requirement {
  /** Lexicon id, or "term:<folded>" for terms outside the lexicon. */
  key: string;
  skill?: Skill;
  /** A term outside the lexicon, as written in the posting. */
  term?: string;
  /** Where it came from. */
  source: "jd" | "role";
  /** The words the posting used. */
  jdQuote?: string;
}

export interface KeywordMatch {
  requirements: Requirement[];
  matched: { requirement: Requirement; quote: string; index: number }[];
  missing: Requirement[];
  /** Skills found in the résumé (whatever the role). */
  resumeSkills: SkillHit[];
  mode: "jd" | "role" | "none";
}

// biome-ignore format: word list
const EN_STOP = new Set(["the", "and", "for", "with", "you", "our", "are", "will", "have", "has", "this", "that", "from", "your", "who", "what", "job", "role", "team", "work", "years", "year", "experience", "skills", "ability", "strong", "good", "plus", "preferred", "required", "requirements", "responsibilities", "qualifications", "degree", "bachelor", "master", "knowledge", "understanding", "familiar", "proficient", "excellent", "etc", "we", "is", "in", "of", "to", "a", "an", "or", "on", "as", "be", "by", "at", "it", "jd", "hr", "ok", "pc", "eg", "ie", "vs", "about", "us", "join", "help", "build", "using", "use", "including", "such", "other", "more", "new", "all", "can", "must", "should", "highly", "able", "well", "based", "related", "relevant", "field", "other", "senior", "junior", "engineer", "manager", "developer", "analyst", "designer", "specialist", "lead", "level", "high", "quality", "company", "product", "products", "business", "data", "user", "users", "design", "development", "time", "full", "part"]);

// biome-ignore format: word list
const ZH_STOP = new Set(["负责", "熟悉", "经验", "以上", "优先", "能力", "相关", "工作", "进行", "具有", "良好", "具备", "要求", "岗位", "职责", "任职", "公司", "团队", "我们", "以及", "包括", "本科", "学历", "专业", "了解", "掌握", "精通", "参与", "完成", "通过", "提供", "支持", "业务", "技术", "项目", "一定", "较强", "优秀", "计算机", "能够", "可以", "需要", "使用", "开发", "设计", "产品", "用户", "数据", "系统", "工具", "方案", "问题", "解决", "推动", "对接", "合作", "沟通", "协作", "独立", "思维", "意识", "责任心", "积极", "主动", "热爱", "喜欢", "有", "年", "及", "等", "和", "或", "与", "的", "了", "在", "对", "为", "者", "以", "并", "及其", "其他", "方面", "领域", "行业", "内容", "相关专业", "不限", "薪资", "福利", "待遇", "地点", "职位", "描述", "要求", "加分", "加分项", "任职要求", "岗位职责", "工作职责", "基础", "扎实", "常用", "主流", "深入", "理解", "原理", "实践", "应用", "质量", "效率", "持续", "快速", "高效", "新", "好", "强", "高", "多", "大", "建设", "体系", "保障", "核心", "稳定性", "精神", "经验者", "负责人", "以上学历", "统招", "薪酬", "五险一金", "双休", "弹性", "办公", "上班", "候选人", "加入", "欢迎", "发展", "成长", "机会", "平台", "环境", "氛围", "具体", "主要", "日常", "相应", "各类", "各种", "一起", "共同", "更好", "持续优化"]);

/** Latin names in a posting that the lexicon does not know (Flink-like names, product names, acronyms). */
function extraLatinTerms(
  jd: string,
  covered: (start: number, end: number) => boolean,
): { term: string; index: number }[] {
  const zhPosting = cjkCount(jd) > jd.length / 10;
  const out = new Map<string, { term: string; index: number }>();
  for (const m of jd.matchAll(new RegExp(LATIN_TOKEN.source, "g"))) {
    const term = m[0].replace(/[.\-/]+$/, "");
    const lower = term.toLowerCase();
    if (term.length < 2 || EN_STOP.has(lower) || covered(m.index, m.index + term.length)) continue;
    const techLooking = /[A-Z].*[A-Z]|[a-z][A-Z]|\d|[.+#/]/.test(term) || /^[A-Z]{2,6}$/.test(term);
    // In English, a capitalised word in mid-sentence is a name (Looker, Snowflake, Figma).
    const before = jd.slice(0, m.index).trimEnd();
    const midSentence = before.length > 0 && !/[.!?:;\n•\-*]$/.test(before);
    const properNoun = /^[A-Z][a-z]{2,}$/.test(term) && midSentence;
    if (!zhPosting && !techLooking && !properNoun) continue;
    if (zhPosting && !techLooking && !/^[A-Z]/.test(term)) continue;
    if (!out.has(lower)) out.set(lower, { term, index: m.index });
  }
  return [...out.values()];
}

/** Chinese terms the posting repeats (two or more times): segmented words and two-word compounds. */
function extraChineseTerms(
  jd: string,
  covered: (start: number, end: number) => boolean,
): { term: string; index: number }[] {
  const segs = segmentWords(jd);
  const counts = new Map<string, { count: number; index: number }>();
  const add = (term: string, index: number) => {
    if (!/^[\u3400-\u9fff]+$/.test(term) || term.length < 2 || term.length > 6 || ZH_STOP.has(term)) return;
    if (covered(index, index + term.length)) return;
    const c = counts.get(term);
    if (c) c.count++;
    else counts.set(term, { count: 1, index });
  };
  for (let i = 0; i < segs.length; i++) {
    const a = segs[i]!;
    if (!a.isWordLike) continue;
    add(a.segment, a.index);
    const b = segs[i + 1];
    if (
      b?.isWordLike &&
      a.segment.length >= 2 &&
      b.segment.length >= 2 &&
      !ZH_STOP.has(a.segment) &&
      !ZH_STOP.has(b.segment)
    )
      add(a.segment + b.segment, a.index);
  }
  const repeated = [...counts.entries()].filter(([, c]) => c.count >= 2);
  // Prefer compounds: drop a word when a chosen compound contains it and occurs as often.
  const chosen = repeated.filter(
    ([term, c]) => !repeated.some(([other, oc]) => other !== term && other.includes(term) && oc.count >= c.count),
  );
  return chosen
    .sort((x, y) => y[1].count - x[1].count || x[1].index - y[1].index)
    .slice(0, 5)
    .map(([term, c]) => ({ term, index: c.index }));
}

function findTerm(ft: FoldedText, term: string): { quote: string; index: number } | undefined {
  const found = findAlias(ft, term.toLowerCase()) ?? (hasCjk(term) ? plainFind(ft, term) : undefined);
  if (!found) return undefined;
  const start = ft.map[found[0]]!;
  const end = ft.map[found[1]] ?? ft.source.length;
  return { quote: ft.source.slice(start, end), index: start };
}
function plainFind(ft: FoldedText, term: string): [number, number] | undefined {
  const at = ft.lower.indexOf(term.toLowerCase());
  return at < 0 ? undefined : [at, at + term.length];
}

export function matchKeywords(input: {
  resume: FoldedText;
  jobDescription?: string;
  family?: RoleFamily;
  targetRole?: string;
}): KeywordMatch {
  const resumeSkills = findSkills(input.resume);
  const requirements: Requirement[] = [];
  let mode: KeywordMatch["mode"] = "none";
  const jd = input.jobDescription?.trim();
  if (jd) {
    mode = "jd";
    const jft = foldText(jd);
    const jdSkills = findSkills(jft);
    const spans = findAllSkillOccurrences(jft).map((h) => [h.index, h.index + h.quote.length] as const);
    const covered = (s: number, e: number) => spans.some(([a, b]) => s < b && a < e);
    const items: { req: Requirement; index: number }[] = jdSkills.map((h) => ({
      req: { key: h.skill.id, skill: h.skill, source: "jd", jdQuote: h.quote },
      index: h.index,
    }));
    for (const t of [...extraLatinTerms(jd, covered), ...extraChineseTerms(jd, covered)]) {
      items.push({
        req: { key: `term:${t.term.toLowerCase()}`, term: t.term, source: "jd", jdQuote: t.term },
        index: t.index,
      });
    }
    items.sort((a, b) => a.index - b.index || a.req.key.localeCompare(b.req.key));
    requirements.push(...items.map((i) => i.req));
  } else if (input.family && input.targetRole) {
    mode = "role";
    for (const id of FAMILY_CORE_SKILLS[input.family]) {
      const skill = SKILL_BY_ID.get(id);
      if (skill) requirements.push({ key: id, skill, source: "role" });
    }
  }
  const byId = new Map(resumeSkills.map((h) => [h.skill.id, h]));
  const matched: KeywordMatch["matched"] = [];
  const missing: Requirement[] = [];
  for (const req of requirements) {
    const hit = req.skill ? byId.get(req.skill.id) : findTerm(input.resume, req.term!);
    if (hit) matched.push({ requirement: req, quote: hit.quote, index: hit.index });
    else missing.push(req);
  }
  return { requirements, matched, missing, resumeSkills, mode };
}

export const requirementLabel = (req: Requirement, locale: Locale): string =>
  req.skill ? skillLabel(req.skill, locale) : req.term!;
