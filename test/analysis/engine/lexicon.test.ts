import { describe, expect, it } from "vitest";
import {
  detectRoleFamily,
  FAMILY_CORE_SKILLS,
  familyFromTitle,
  findSkills,
  foldText,
  inferSections,
  ROLE_FAMILIES,
  SKILLS,
} from "../../../worker/modules/analysis/engine";
import { findDateRanges } from "../../../worker/modules/analysis/engine/dates";
import {
  isQuantified,
  quantifiedClause,
  quantStrength,
  readVerb,
} from "../../../worker/modules/analysis/engine/signals";

const ids = (text: string) => findSkills(foldText(text)).map((h) => h.skill.id);

describe("skill lexicon", () => {
  it("has at least 150 canonical skills with unique ids, covering every family", () => {
    expect(SKILLS.length).toBeGreaterThanOrEqual(150);
    expect(new Set(SKILLS.map((s) => s.id)).size).toBe(SKILLS.length);
    for (const family of ROLE_FAMILIES) {
      expect(SKILLS.filter((s) => s.families.includes(family)).length, family).toBeGreaterThanOrEqual(10);
      for (const id of FAMILY_CORE_SKILLS[family])
        expect(
          SKILLS.some((s) => s.id === id),
          id,
        ).toBe(true);
    }
  });

  it.each([
    ["熟悉 k8s 集群运维", "kubernetes"],
    ["Kubernetes operators", "kubernetes"],
    ["js/ts 开发", "javascript"],
    ["js/ts 开发", "typescript"],
    ["负责前端开发", "frontend"],
    ["Front-end engineer", "frontend"],
    ["机器学习模型", "machine-learning"],
    ["machine learning models", "machine-learning"],
    ["担任产品经理", "product-management"],
    ["Product Manager at X", "product-management"],
    ["Vue3 + Vite", "vue"],
    ["HTML5/CSS3", "html"],
    ["C++ 和 C# 开发", "cpp"],
    ["C++ 和 C# 开发", "csharp"],
    ["Node.js 服务", "nodejs"],
    ["做过 A/B 测试", "ab-testing"],
    ["熟练使用ＭｙＳＱＬ", "mysql"],
  ])("%s → %s", (text, id) => {
    expect(ids(text)).toContain(id);
  });

  it.each([
    ["javascript", "java"],
    ["Node.js 服务", "javascript"],
    ["https://github.com/x", "network"],
    ["Power BI 报告", "bi-reporting"],
    ["React Native 开发", "react"],
    ["Google 搜索", "go"],
  ])("%s does not match %s", (text, id) => {
    expect(ids(text)).not.toContain(id);
  });

  it("quotes what the text says, with offsets into the source", () => {
    const text = "技能：熟悉 K8S 与 docker";
    const hits = findSkills(foldText(text));
    const k8s = hits.find((h) => h.skill.id === "kubernetes")!;
    expect(k8s.quote).toBe("K8S");
    expect(text.slice(k8s.index, k8s.index + k8s.quote.length)).toBe("K8S");
  });
});

describe("role family detection", () => {
  it.each([
    ["前端开发工程师", "frontend"],
    ["高级前端开发工程师（React）", "frontend"],
    ["Data Analyst", "data"],
    ["数据分析师", "data"],
    ["算法工程师", "data"],
    ["产品经理", "product"],
    ["数据产品经理", "product"],
    ["Senior Product Manager", "product"],
    ["产品运营", "operations"],
    ["新媒体运营", "operations"],
    ["UI设计师", "design"],
    ["Product Designer", "design"],
    ["Java后端开发", "backend"],
    ["Senior Backend Engineer", "backend"],
    ["软件开发工程师", "backend"],
    ["大客户销售经理", "sales"],
    ["Account Executive", "sales"],
    ["HRBP", "general"],
    ["招聘专员", "general"],
  ])("%s → %s", (title, family) => {
    expect(familyFromTitle(title)).toBe(family);
  });

  it("falls back to the job description, then the résumé", () => {
    expect(detectRoleFamily({ jobDescription: "岗位：前端工程师\n熟悉 React" }).family).toBe("frontend");
    expect(
      detectRoleFamily({
        targetRole: "想找份好工作",
        jobDescription: "熟悉 SQL、Python、pandas、Tableau，会做 A/B 测试和统计分析",
      }),
    ).toEqual({ family: "data", source: "jd" });
    expect(detectRoleFamily({ text: "精通 Figma、交互设计、视觉设计和设计系统" }).family).toBe("design");
    expect(detectRoleFamily({})).toEqual({ family: "general", source: "default" });
  });
});

describe("dates and sections", () => {
  it.each([
    ["2019.07–2021.03", 2019 * 12 + 6, 2021 * 12 + 2],
    ["2019年7月-至今", 2019 * 12 + 6, undefined],
    ["Jul 2019 – Present", 2019 * 12 + 6, undefined],
    ["July 2019 to March 2021", 2019 * 12 + 6, 2021 * 12 + 2],
    ["07/2019 - 03/2021", 2019 * 12 + 6, 2021 * 12 + 2],
    ["2019/7~2021/3", 2019 * 12 + 6, 2021 * 12 + 2],
    ["2019-07 ~ 2021-03", 2019 * 12 + 6, 2021 * 12 + 2],
    ["2015年9月 — 2019年6月", 2015 * 12 + 8, 2019 * 12 + 5],
  ])("parses %s", (text, start, end) => {
    const [r] = findDateRanges(text);
    expect(r?.start.month).toBe(start);
    expect(r?.end?.month).toBe(end);
    expect(r?.text).toBe(text);
  });

  it("infers sections from zh and en headings", () => {
    const s = inferSections(
      "张三\n138-0000-0000\n\n一、教育背景\nX大学\n【工作经历】\nY公司\n项目经历：\nZ项目\nSKILLS\nJava\n",
    );
    expect(s.map((x) => x.kind)).toEqual(["contact", "education", "experience", "projects", "skills"]);
    expect(s[1]!.title).toBe("一、教育背景");
    expect(s[2]!.text).toBe("Y公司");
  });
});

describe("signals", () => {
  it.each([
    ["主导支付链路重构", "strong"],
    ["负责设计并实现订单服务", "strong"],
    ["负责学习 App 的用户增长", "neutral"],
    ["负责订单模块的日常维护", "neutral"],
    ["参与需求评审", "weak"],
    ["协助运营团队策划活动", "weak"],
    ["用户中心：重构登录流程", "strong"],
    ["Led the migration to Kubernetes", "strong"],
    ["Optimized query latency by 40%", "strong"],
    ["Helped the team with reports", "weak"],
    ["Responsible for data quality", "weak"],
    ["Maintained the CI pipeline", "neutral"],
  ])("%s → %s", (bullet, strength) => {
    expect(readVerb(bullet).strength).toBe(strength);
  });

  it("prefers a stated change over a bare count when quoting a result", () => {
    expect(quantifiedClause("支持 2000+ 坐席同时在线，消息延迟降低 60%")).toBe("消息延迟降低 60%");
    expect(quantStrength("新用户 7 日留存从 18% 提升至 26%")).toBeGreaterThan(quantStrength("带领 3 人产品小组"));
    expect(isQuantified("2019.07 - 2021.03 使用 Vue3 开发 H5 页面")).toBe(false);
    expect(isQuantified("用户量翻了一倍")).toBe(true);
  });
});
