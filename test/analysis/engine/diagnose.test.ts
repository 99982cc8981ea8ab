import { describe, expect, it } from "vitest";
import {
  DIMENSION_KEYS,
  DIMENSION_WEIGHTS,
  diagnose,
  ENGINE_VERSION,
  inferSections,
  RUBRIC_VERSION,
} from "../../../worker/modules/analysis/engine";
import { DiagnosisResultSchema } from "../../../worker/modules/analysis/schemas";
import { EN_JD, EN_RESUME, ZH_JD, ZH_RESUME } from "./fixtures";

const CJK = /[\u3400-\u9fff]/;

/** A résumé whose experience bullets are given; everything else fixed. */
function zhResume(bullets: string[]): string {
  return `李娜
电话：139-0000-1111  邮箱：lina@example.com

教育背景
2013.09 - 2017.06  浙江大学  软件工程  本科

工作经历
2017.07 - 至今  杭州某电商公司  后端工程师
${bullets.map((b) => `• ${b}`).join("\n")}

项目经历
订单中心重构 2020.03 - 2020.12
• 设计订单状态机并拆分订单服务

专业技能
Java、Spring Boot、MySQL、Redis、Kafka、Docker
`;
}

const PLAIN = [
  "设计并实现订单查询接口，优化慢查询",
  "主导支付链路的重构，提升系统稳定性",
  "搭建基于 Kafka 的异步消息平台",
  "优化商品详情页缓存策略，降低数据库压力",
  "推动服务接入链路追踪和监控告警",
  "重构库存服务，解决超卖问题",
];
const QUANTIFIED = [
  "设计并实现订单查询接口，P99 从 800ms 降到 120ms",
  "主导支付链路的重构，支付成功率提升至 99.95%",
  "搭建基于 Kafka 的异步消息平台，日均处理 2 亿条消息",
  "优化商品详情页缓存策略，数据库 QPS 降低 70%",
  "推动服务接入链路追踪和监控告警，故障定位时间缩短 80%",
  "重构库存服务，大促期间 0 超卖，支撑 3 万 QPS",
];

const dim = (r: ReturnType<typeof diagnose>, key: string) => r.dimensions.find((d) => d.key === key)!;

describe("diagnose: result contract and determinism", () => {
  it("returns a valid DiagnosisResult with every dimension, weighted score and versions", () => {
    const r = diagnose({
      text: ZH_RESUME,
      sections: [],
      targetRole: "前端开发工程师",
      jobDescription: ZH_JD,
      locale: "zh-CN",
    });
    expect(DiagnosisResultSchema.parse(r)).toEqual(r);
    expect(r.dimensions.map((d) => d.key)).toEqual([...DIMENSION_KEYS]);
    expect(Object.values(DIMENSION_WEIGHTS).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
    const weighted = r.dimensions.reduce(
      (s, d) => s + d.score * DIMENSION_WEIGHTS[d.key as keyof typeof DIMENSION_WEIGHTS],
      0,
    );
    expect(r.score).toBe(Math.round(weighted));
    expect(r.meta).toEqual({ engine: "offline", rubricVersion: RUBRIC_VERSION, promptVersion: "offline" });
    expect(ENGINE_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it("is deterministic: the same input gives deep-equal output", () => {
    const input = {
      text: ZH_RESUME,
      sections: [],
      targetRole: "前端开发工程师",
      jobDescription: ZH_JD,
      locale: "zh-CN" as const,
    };
    expect(diagnose(input)).toEqual(diagnose({ ...input }));
    const en = {
      text: EN_RESUME,
      sections: [],
      targetRole: "Data Analyst",
      jobDescription: EN_JD,
      locale: "en" as const,
    };
    expect(JSON.stringify(diagnose(en))).toBe(JSON.stringify(diagnose(en)));
  });

  it("gives the same result with the caller's sections as with inferred ones", () => {
    const input = { text: ZH_RESUME, targetRole: "前端开发工程师", jobDescription: ZH_JD, locale: "zh-CN" as const };
    expect(diagnose({ ...input, sections: inferSections(ZH_RESUME) })).toEqual(diagnose({ ...input, sections: [] }));
  });
});

describe("diagnose: quantified achievements", () => {
  it("more quantified bullets → higher quantified score and overall score", () => {
    const scores = [0, 2, 4, 6].map((k) => {
      const bullets = PLAIN.map((b, i) => (i < k ? QUANTIFIED[i]! : b));
      return diagnose({ text: zhResume(bullets), sections: [], locale: "zh-CN" });
    });
    for (let i = 1; i < scores.length; i++) {
      expect(dim(scores[i]!, "quantified").score).toBeGreaterThan(dim(scores[i - 1]!, "quantified").score);
      expect(scores[i]!.score).toBeGreaterThan(scores[i - 1]!.score);
    }
    expect(dim(scores[0]!, "quantified").comment).toContain("0 条");
  });

  it("does not count dates or versions (Vue3, H5) as numbers, but counts 2000+ users", () => {
    const r = diagnose({
      text: zhResume(["2019 年使用 Vue3 和 H5 开发活动页面", "支持 2000+ 商家同时在线"]),
      sections: [],
      locale: "zh-CN",
    });
    expect(dim(r, "quantified").comment).toMatch(/3 条要点中有 1 条|有 1 条/);
    expect(r.issues.some((i) => i.evidence.includes("Vue3 和 H5"))).toBe(true);
    expect(r.issues.some((i) => i.evidence.includes("2000+"))).toBe(false);
  });
});

describe("diagnose: keywords", () => {
  it("lists JD skills missing from the résumé and matches synonyms (k8s ↔ Kubernetes)", () => {
    const text = zhResume(["使用 k8s 部署微服务，发布时间缩短 50%", "负责 js 脚本和前端页面维护"]);
    const jd = "后端开发工程师\n要求：熟悉 Kubernetes 和 Docker；熟悉 GraphQL；熟悉 JavaScript；了解机器学习。";
    const r = diagnose({ text, sections: [], targetRole: "后端开发工程师", jobDescription: jd, locale: "zh-CN" });
    expect(r.keywords.matched).toEqual(expect.arrayContaining(["Kubernetes", "Docker", "JavaScript"]));
    expect(r.keywords.missing).toEqual(expect.arrayContaining(["GraphQL", "机器学习"]));
    expect(r.keywords.missing).not.toContain("Kubernetes");
    const missingIssue = r.issues.find((i) => i.suggestion.includes("GraphQL"));
    expect(missingIssue).toBeDefined();
    // Same skill, different words: the engine tells the user to use the posting's wording.
    expect(r.issues.some((i) => i.evidence === "k8s" && i.suggestion.includes("Kubernetes"))).toBe(true);
  });

  it("matches across languages: 前端 ↔ frontend, 机器学习 ↔ machine learning, 产品经理 ↔ product manager", () => {
    const text = `王芳\nwang@example.com 13800001111\n\n工作经历\n2020.01 - 至今 某公司 前端开发\n• 负责前端开发和机器学习平台的产品经理对接\n`;
    const jd = "Requirements: frontend experience, machine learning basics, work with the product manager.";
    const r = diagnose({ text, sections: [], jobDescription: jd, locale: "en" });
    expect(r.keywords.matched).toEqual(expect.arrayContaining(["Frontend", "Machine learning", "Product management"]));
    expect(r.keywords.missing).toEqual([]);
  });

  it("uses the role family's core skills when only a target role is given", () => {
    const r = diagnose({ text: EN_RESUME, sections: [], targetRole: "Data Analyst", locale: "en" });
    expect(r.keywords.matched).toEqual(expect.arrayContaining(["SQL", "Python", "Tableau"]));
    expect(r.keywords.missing.length).toBeGreaterThan(0);
    expect(dim(r, "keywords").comment).toMatch(/target-role keywords/);
  });
});

describe("diagnose: findings quote their evidence", () => {
  const cases = [
    { text: ZH_RESUME, targetRole: "前端开发工程师", jobDescription: ZH_JD, locale: "zh-CN" as const },
    { text: EN_RESUME, targetRole: "Data Analyst", jobDescription: EN_JD, locale: "en" as const },
    { text: "赵六\n\n工作经历\n2019.01-2019.05 某公司 运营\n参与活动执行\n", locale: "zh-CN" as const },
    { text: "", locale: "en" as const },
  ];
  it.each(cases.map((c, i) => [i, c] as const))(
    "case %i: every evidence is a substring of the text or a section title",
    (_, c) => {
      const r = diagnose({ ...c, sections: [] });
      const titles = inferSections(c.text).map((s) => s.title);
      expect(r.issues.length).toBeGreaterThan(0);
      for (const issue of r.issues) {
        expect(c.text.includes(issue.evidence) || titles.includes(issue.evidence)).toBe(true);
        expect(issue.suggestion.length).toBeGreaterThan(10);
      }
      const rank = { high: 0, medium: 1, low: 2 };
      const ranks = r.issues.map((i) => rank[i.severity]);
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    },
  );

  it("keeps evidence exact when the caller's sections differ from the text (normalised, reordered)", () => {
    const sections = inferSections(ZH_RESUME)
      .reverse()
      .map((s) => ({ ...s, text: s.text.replace(/ +/g, " ").replace(/•/g, "-") }));
    const r = diagnose({ text: ZH_RESUME, sections, jobDescription: ZH_JD, locale: "zh-CN" });
    expect(r.issues.length).toBeGreaterThan(0);
    for (const issue of r.issues) expect(ZH_RESUME).toContain(issue.evidence);
  });

  it("flags mis-cased technical terms with the term in the evidence", () => {
    const r = diagnose({ text: ZH_RESUME, sections: [], locale: "zh-CN" });
    for (const [wrong, right] of [
      ["javascript", "JavaScript"],
      ["mysql", "MySQL"],
      ["typescript", "TypeScript"],
      ["vue", "Vue"],
    ]) {
      const issue = r.issues.find((i) => i.suggestion.includes(`「${wrong}」应写作「${right}」`));
      expect(issue, wrong).toBeDefined();
      expect(issue!.evidence).toContain(wrong);
      expect(ZH_RESUME).toContain(issue!.evidence);
    }
    // Correct spellings and URLs are left alone.
    expect(r.issues.some((i) => i.suggestion.includes("「TypeScript」应写作"))).toBe(false);
    expect(r.issues.some((i) => i.suggestion.includes("「github」"))).toBe(false);
  });

  it("flags missing sections and contact details, anchored on text that exists", () => {
    const text = "赵六\n\n工作经历\n2019.01 - 2021.05 某公司 运营专员\n• 参与用户运营活动\n• 协助整理数据报表\n";
    const r = diagnose({ text, sections: [], locale: "zh-CN" });
    const bySection = (s: string) => r.issues.filter((i) => i.section === s);
    expect(bySection("education").some((i) => i.severity === "high")).toBe(true);
    expect(bySection("skills").length).toBeGreaterThan(0);
    expect(bySection("projects").length).toBeGreaterThan(0);
    const contact = bySection("contact").filter((i) => i.severity === "high");
    expect(contact.map((i) => i.suggestion).join()).toMatch(/邮箱/);
    expect(contact.map((i) => i.suggestion).join()).toMatch(/手机号/);
    expect(dim(r, "contact").score).toBe(0);
    // Weak verbs.
    expect(r.issues.some((i) => i.evidence === "参与用户运营活动" && i.suggestion.includes("「参与」"))).toBe(true);
    expect(r.issues.some((i) => i.evidence === "协助整理数据报表" && i.suggestion.includes("「协助」"))).toBe(true);
  });
});

describe("diagnose: timeline", () => {
  const resume = (jobs: string) => `周七
zhou@example.com 13700001111

教育背景
2014.09 - 2018.06 某大学 计算机 本科

工作经历
${jobs}
`;
  it("flags a gap longer than six months, quoting the entry after it", () => {
    const text = resume("2018.07 - 2019.03 甲公司 工程师\n• 开发接口\n2020.01 - 至今 乙公司 工程师\n• 开发服务");
    const r = diagnose({ text, sections: [], locale: "zh-CN" });
    const gap = r.issues.find((i) => i.suggestion.includes("空档"));
    expect(gap).toBeDefined();
    expect(gap!.evidence).toContain("2020.01 - 至今");
    expect(gap!.suggestion).toContain("9 个月");
    expect(dim(r, "timeline").score).toBeLessThan(100);
  });

  it("does not flag a gap of three months", () => {
    const text = resume("2018.07 - 2019.03 甲公司 工程师\n• 开发接口\n2019.07 - 至今 乙公司 工程师\n• 开发服务");
    const r = diagnose({ text, sections: [], locale: "zh-CN" });
    expect(r.issues.some((i) => i.suggestion.includes("空档"))).toBe(false);
    expect(dim(r, "timeline").score).toBe(100);
  });

  it("flags overlapping jobs", () => {
    const text = resume("2018.07 - 2020.06 甲公司 工程师\n• 开发接口\n2020.01 - 至今 乙公司 工程师\n• 开发服务");
    const r = diagnose({ text, sections: [], locale: "zh-CN" });
    const overlap = r.issues.find((i) => i.suggestion.includes("重叠"));
    expect(overlap).toBeDefined();
    expect(overlap!.evidence).toContain("乙公司");
  });

  it("reads English date ranges (Jul 2019 – Present) and flags gaps in English", () => {
    const text = `Sam Lee\nsam@example.com +1 415-555-0101\n\nEducation\nBSc, Some University — Sep 2010 – Jun 2014\n\nExperience\nEngineer, Foo Inc — Jul 2014 – Jan 2016\n- Built APIs\nEngineer, Bar Corp — Mar 2017 – Present\n- Built services\n`;
    const r = diagnose({ text, sections: [], locale: "en" });
    const gap = r.issues.find((i) => i.suggestion.includes("gap of about"));
    expect(gap?.evidence).toContain("Mar 2017 – Present");
  });
});

describe("diagnose: languages", () => {
  it("writes labels, comments and suggestions in the requested locale", () => {
    const zh = diagnose({ text: EN_RESUME, sections: [], jobDescription: EN_JD, locale: "zh-CN" });
    expect(zh.dimensions.every((d) => CJK.test(d.label) && CJK.test(d.comment))).toBe(true);
    expect(CJK.test(zh.summary)).toBe(true);
    const en = diagnose({ text: EN_RESUME, sections: [], jobDescription: EN_JD, locale: "en" });
    expect(en.dimensions.every((d) => !CJK.test(d.label) && !CJK.test(d.comment))).toBe(true);
    expect(CJK.test(en.summary)).toBe(false);
    expect(en.issues.every((i) => !CJK.test(i.suggestion))).toBe(true);
    expect(en.summary).toMatch(/^Overall \d+\/100/);
  });

  it("recognises weak English openers and strong verbs", () => {
    const r = diagnose({ text: EN_RESUME, sections: [], locale: "en" });
    expect(r.issues.some((i) => i.evidence.startsWith("Helped the marketing team"))).toBe(true);
    expect(r.issues.some((i) => i.evidence.startsWith("Responsible for data quality"))).toBe(true);
    expect(r.issues.some((i) => i.evidence.startsWith("Built a churn model"))).toBe(false);
  });
});
