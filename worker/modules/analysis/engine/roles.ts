/**
 * Role family detection from a target role (zh or en) and, failing that, from the job description and
 * the résumé's skills. Chinese and English role names put the head noun last (数据产品经理 is a product
 * role, 产品运营 an operations role, "Product Designer" a design role), so the pattern that ends last wins.
 */
import type { RoleFamily } from "./families";
import { type FoldedText, findSkills, foldText } from "./lexicon";

// biome-ignore format: a table reads best one row a line
const ROLE_PATTERNS: [RoleFamily, RegExp][] = [
  ["frontend", /前端|web\s*前端|h5\s*开发|小程序开发|客户端|ios\s*开发|android\s*开发|安卓|移动端开发|大前端|front[\s-]?end|ui engineer|web developer|ios (?:developer|engineer)|android (?:developer|engineer)|mobile (?:developer|engineer)|react (?:developer|engineer)|vue (?:developer|engineer)/gi],
  ["backend", /后端|后台开发|服务端|服务器端|java\s*(?:开发|工程师)|go\s*(?:开发|工程师)|golang|c\+\+\s*(?:开发|工程师)|python\s*(?:开发|工程师)|php\s*(?:开发|工程师)|架构师|运维|devops|\bsre\b|测试开发|测试工程师|全栈|back[\s-]?end|server[\s-]side|infrastructure engineer|platform engineer|cloud engineer|site reliability|full[\s-]?stack|qa engineer|test engineer|java developer|golang developer|python developer/gi],
  ["data", /数据分析|数据科学|数据挖掘|数据工程|数据开发|数仓|大数据|算法|机器学习|深度学习|bi\s*(?:工程师|分析师)|商业分析|数据运营|data analyst|data analytics|data scientist|data science|data engineer|analytics engineer|machine learning|ml engineer|ai engineer|algorithm engineer|business intelligence|bi analyst|business analyst|quantitative analyst|research scientist/gi],
  ["product", /产品经理|产品助理|产品专员|产品总监|产品负责人|产品策划|产品实习|product manager|product owner|product lead|product management|associate pm|技术产品|\bpm\b/gi],
  ["design", /设计师|设计专员|ui\s*设计|ux\s*设计|交互设计|视觉设计|平面设计|美术|用户体验|用户研究员|designer|ux researcher|user researcher|design lead|art director/gi],
  ["operations", /运营|新媒体|社群|内容编辑|编辑|增长|市场专员|市场营销|市场推广|品牌|策划|投放|公关|电商|主播|operations|community manager|content manager|content strategist|social media|growth|marketing|brand manager|seo specialist|copywriter|editor|pr manager|e-?commerce/gi],
  ["sales", /销售|商务|客户经理|大客户|渠道|\bbd\b|招商|售前|客户成功|电销|置业顾问|sales|account executive|account manager|business development|bdr|sdr|customer success|pre-?sales|channel manager|key account/gi],
  ["general", /人力资源|人事|招聘|hrbp|\bhr\b|行政|助理|文员|前台|财务|会计|出纳|法务|培训|薪酬|human resources|recruiter|talent acquisition|administrative|office manager|executive assistant|accountant|finance|legal counsel|generalist/gi],
];
/** Generic engineering titles: used only when nothing more specific matches. */
const GENERIC_ENGINEERING =
  /软件工程师|软件开发|研发工程师|开发工程师|程序员|software (?:engineer|developer)|developer|programmer/i;

export interface RoleDetection {
  family: RoleFamily;
  /** Where the family came from. */
  source: "role" | "jd" | "resume" | "default";
}

/** The family named by a role title: the match that ends last wins (head-final), then the longer match. */
export function familyFromTitle(title: string): RoleFamily | undefined {
  const t = title.normalize("NFKC");
  let best: { family: RoleFamily; end: number; length: number } | undefined;
  for (const [family, re] of ROLE_PATTERNS) {
    for (const m of t.matchAll(re)) {
      const end = m.index + m[0].length;
      const length = m[0].length;
      if (!best || end > best.end || (end === best.end && length > best.length)) best = { family, end, length };
    }
  }
  if (best) return best.family;
  return GENERIC_ENGINEERING.test(t) ? "backend" : undefined;
}

/** Family scores from skills: each skill votes for its families (first family counts double). */
function familyFromSkills(ft: FoldedText): RoleFamily | undefined {
  const scores = new Map<RoleFamily, number>();
  for (const hit of findSkills(ft)) {
    if (hit.skill.kind === "soft") continue;
    hit.skill.families.forEach((f, i) => {
      scores.set(f, (scores.get(f) ?? 0) + (i === 0 ? 2 : 1));
    });
  }
  let best: RoleFamily | undefined;
  let bestScore = 0;
  for (const [family, score] of scores) {
    if (score > bestScore) {
      best = family;
      bestScore = score;
    }
  }
  return bestScore >= 3 ? best : undefined;
}

export function detectRoleFamily(input: {
  targetRole?: string;
  jobDescription?: string;
  text?: string;
}): RoleDetection {
  if (input.targetRole) {
    const family = familyFromTitle(input.targetRole);
    if (family) return { family, source: "role" };
  }
  if (input.jobDescription) {
    // The title usually sits in the first line of a posting.
    const firstLine = input.jobDescription.trim().split("\n")[0] ?? "";
    const fromTitle = firstLine.length <= 40 ? familyFromTitle(firstLine) : undefined;
    if (fromTitle) return { family: fromTitle, source: "jd" };
    const fromSkills = familyFromSkills(foldText(input.jobDescription));
    if (fromSkills) return { family: fromSkills, source: "jd" };
  }
  if (input.text) {
    const fromSkills = familyFromSkills(foldText(input.text));
    if (fromSkills) return { family: fromSkills, source: "resume" };
  }
  return { family: "general", source: "default" };
}
