import { describe, expect, it } from "vitest";
import { CATEGORY_ORDER, predictQuestions, RUBRIC_VERSION } from "../../../worker/modules/analysis/engine";
import { PrepResultSchema } from "../../../worker/modules/analysis/schemas";
import { EN_JD, EN_RESUME, ZH_JD, ZH_RESUME } from "./fixtures";

const ZH_INPUT = {
  text: ZH_RESUME,
  sections: [],
  targetRole: "高级前端开发工程师",
  jobDescription: ZH_JD,
  company: "字节跳动",
  locale: "zh-CN" as const,
};

describe("predictQuestions", () => {
  it("returns 12–20 valid questions, sorted by category, covering all categories", () => {
    const r = predictQuestions(ZH_INPUT);
    expect(PrepResultSchema.parse(r)).toEqual(r);
    expect(r.questions.length).toBeGreaterThanOrEqual(12);
    expect(r.questions.length).toBeLessThanOrEqual(20);
    const order = r.questions.map((q) => CATEGORY_ORDER.indexOf(q.category));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    for (const cat of CATEGORY_ORDER)
      expect(r.questions.filter((q) => q.category === cat).length).toBeGreaterThanOrEqual(2);
    expect(new Set(r.questions.map((q) => q.question)).size).toBe(r.questions.length);
    expect(r.meta).toEqual({ engine: "offline", rubricVersion: RUBRIC_VERSION, promptVersion: "offline" });
  });

  it("is deterministic", () => {
    expect(predictQuestions(ZH_INPUT)).toEqual(predictQuestions({ ...ZH_INPUT }));
  });

  it("builds questions from the résumé's own projects and achievements", () => {
    const qs = predictQuestions(ZH_INPUT).questions;
    const project = qs.filter((q) => q.category === "project").map((q) => q.question);
    expect(project.some((q) => q.includes("「智能客服工作台」") && q.includes("60%"))).toBe(true);
    expect(project.some((q) => q.includes("首屏时间降低 40%"))).toBe(true);
    // A weak verb ("参与") becomes a question about personal contribution.
    expect(project.some((q) => q.includes("参与需求评审") && q.includes("独立负责"))).toBe(true);
    // The timeline gap and the company become HR questions.
    const hr = qs.filter((q) => q.category === "hr").map((q) => q.question);
    expect(hr.some((q) => q.includes("空档"))).toBe(true);
    expect(hr.some((q) => q.includes("字节跳动"))).toBe(true);
  });

  it("builds questions from JD keywords present and missing in the résumé", () => {
    const tech = predictQuestions(ZH_INPUT).questions.filter((q) => q.category === "technical");
    expect(tech.some((q) => q.question.includes("Docker") && q.question.includes("没有体现"))).toBe(true);
    expect(tech.some((q) => q.question.includes("岗位要求 JavaScript") && q.question.includes("javascript"))).toBe(
      true,
    );
    const en = predictQuestions({
      text: EN_RESUME,
      sections: [],
      targetRole: "Data Analyst",
      jobDescription: EN_JD,
      locale: "en",
    });
    const enTech = en.questions.filter((q) => q.category === "technical").map((q) => q.question);
    expect(enTech.some((q) => q.includes("pandas") && q.includes("doesn't show"))).toBe(true);
    expect(enTech.some((q) => q.includes("The role requires SQL"))).toBe(true);
    expect(en.questions.some((q) => q.question.includes("12%"))).toBe(true);
  });

  it("writes every question, reason and outline in the requested locale", () => {
    const en = predictQuestions({ ...ZH_INPUT, locale: "en" });
    for (const q of en.questions) {
      expect(q.why).not.toMatch(/[\u3400-\u9fff]/);
      expect(q.answerOutline.length).toBeGreaterThan(20);
    }
    const zh = predictQuestions(ZH_INPUT);
    for (const q of zh.questions) expect(q.question + q.why).toMatch(/[\u3400-\u9fff]/);
  });

  it.each([
    ["前端开发工程师", /JavaScript|TypeScript|CSS|React|Vue/],
    ["Java 后端工程师", /Java|JVM|Redis|MySQL|InnoDB/],
    ["产品经理", /PRD|原型|竞品|A\/B|需求/],
    ["Data Analyst", /SQL|A\/B|指标|统计/],
    ["UI 设计师", /设计/],
    ["新媒体运营", /公众号|小红书|抖音|运营/],
    ["大客户销售", /客户|谈判|成交/],
    ["HRBP", /HRBP/],
  ])("draws from the %s bank when there is little to build on", (targetRole, hint) => {
    const r = predictQuestions({ text: "", sections: [], targetRole, locale: "zh-CN" });
    expect(r.questions.length).toBeGreaterThanOrEqual(12);
    for (const cat of CATEGORY_ORDER) expect(r.questions.some((q) => q.category === cat)).toBe(true);
    const technical = r.questions
      .filter((q) => q.category === "technical")
      .map((q) => `${q.question}${q.answerOutline}`);
    expect(technical.join("\n")).toMatch(hint);
  });

  it("favours bank questions about the JD's skills", () => {
    const jd = "招聘前端工程师：精通 Vue 及其响应式原理，熟悉微信小程序开发。";
    const r = predictQuestions({
      text: "",
      sections: [],
      targetRole: "前端开发工程师",
      jobDescription: jd,
      locale: "zh-CN",
    });
    const tech = r.questions.filter((q) => q.category === "technical").map((q) => q.question);
    // Besides the JD-gap questions, the bank contributes questions on the same skills.
    expect(tech.some((q) => q.includes("Vue") && !q.includes("没有体现"))).toBe(true);
    expect(tech.some((q) => q.includes("微信小程序的运行机制"))).toBe(true);
  });
});
