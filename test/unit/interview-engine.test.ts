import { describe, expect, it } from "vitest";
import {
  type Assessment,
  assessAnswer,
  interviewReport,
  type PlannedQuestion,
  planInterview,
  type ReportTurn,
} from "../../worker/modules/interviews/engine";
import { InterviewResultSchema, STAR_PARTS } from "../../worker/modules/interviews/schemas";
import { EN_JD, EN_RESUME, ZH_JD, ZH_RESUME } from "../analysis/engine/fixtures";

const CJK = /[\u3400-\u9fff]/;

const ZH_PLAN = {
  seed: "session-1",
  targetRole: "高级前端开发工程师",
  jobDescription: ZH_JD,
  resume: { text: ZH_RESUME, sections: [] },
  style: "neutral" as const,
  questionCount: 8,
  language: "zh-CN" as const,
};

const ZH_STORY: PlannedQuestion = {
  id: "common-02",
  text: "讲一个你遇到过的最困难的挑战，你是怎么解决的？",
  category: "behavioral",
  outline: "STAR",
  tags: [],
};
const EN_STORY: PlannedQuestion = {
  id: "common-02",
  text: "Tell me about the hardest challenge you have faced and how you handled it.",
  category: "behavioral",
  outline: "STAR",
  tags: [],
};
const ZH_TECH: PlannedQuestion = {
  id: "frontend-01",
  text: "讲讲你做过的一次前端性能优化。",
  category: "technical",
  outline: "",
  tags: ["performance"],
};

const ZH_RICH =
  "当时我在一家电商公司做前端，商品详情页首屏加载要 4 秒多，用户投诉很多。我负责性能优化，目标是两周内把首屏降到 2 秒以内。" +
  "首先我用 Lighthouse 和 Performance 面板定位瓶颈，发现主要是图片过大和首屏 JS 包太大。然后我把图片改成 WebP 并做了懒加载，" +
  "又用 webpack 做了代码分割，把非首屏组件异步加载。最终首屏时间从 4.2 秒降到 1.6 秒，跳出率下降了 18%，这个方案后来也推广到了其他三个页面。";
const EN_RICH =
  "At the time I was the only backend engineer on a payments team, and our checkout API was timing out during sales events. " +
  "My task was to get p95 latency under 300ms before Black Friday, six weeks away. First, I profiled the service and found that " +
  "most of the time went into N+1 queries against MySQL. Then I rewrote the hot queries, added a Redis cache for product prices " +
  "and moved receipt emails to a queue. As a result, p95 latency dropped from 1.8s to 240ms and we handled 3x the previous peak " +
  "traffic with zero timeouts. I learned to load-test before every major event.";
/** Context, task and actions, but no result. */
const ZH_NO_RESULT =
  "当时商品详情页打开很慢，用户经常投诉。我负责前端性能这块，首先我把图片改成 WebP 并做了懒加载，然后用 webpack 做了代码分割，把非首屏组件改为异步加载。";

const assess = (question: PlannedQuestion, answer: string, extra: Partial<Parameters<typeof assessAnswer>[0]> = {}) =>
  assessAnswer({
    question,
    answer,
    isFollowUp: false,
    style: "neutral",
    language: CJK.test(question.text) ? "zh-CN" : "en",
    ...extra,
  });

/** Every quoted piece of evidence is a verbatim substring of one of the answers. */
function expectVerbatim(a: Assessment, ...answers: string[]) {
  for (const part of STAR_PARTS) {
    const { present, evidence } = a.star[part];
    expect(present).toBe(evidence !== null);
    if (evidence !== null) {
      expect(evidence.length).toBeGreaterThan(0);
      expect(answers.some((x) => x.includes(evidence))).toBe(true);
    }
  }
}

const sentences = (s: string) => s.split(/(?<=[。！？!?])|(?<=\.)\s+/).filter((x) => x.trim()).length;

describe("planInterview", () => {
  it("returns exactly the number of questions asked for, each complete and distinct", () => {
    for (let n = 3; n <= 15; n++) {
      for (const input of [
        { ...ZH_PLAN, questionCount: n },
        {
          seed: "s",
          targetRole: "Product Manager",
          style: "friendly" as const,
          questionCount: n,
          language: "en" as const,
        },
      ]) {
        const plan = planInterview(input);
        expect(plan).toHaveLength(n);
        expect(new Set(plan.map((q) => q.id)).size).toBe(n);
        expect(new Set(plan.map((q) => q.text)).size).toBe(n);
        for (const q of plan) {
          expect(q.text.length).toBeGreaterThan(5);
          expect(q.outline.length).toBeGreaterThan(10);
          expect(["behavioral", "technical", "project", "hr"]).toContain(q.category);
        }
      }
    }
  });

  it("opens with the self-introduction, mixes the middle and keeps HR questions last", () => {
    const plan = planInterview({ ...ZH_PLAN, questionCount: 12 });
    expect(plan[0]!.id).toBe("common-01");
    expect(plan[0]!.text).toContain("自我介绍");
    expect(plan[0]!.text).toContain("高级前端开发工程师");
    const firstHr = plan.findIndex((q) => q.category === "hr");
    expect(firstHr).toBeGreaterThan(0);
    expect(plan.slice(firstHr).every((q) => q.category === "hr")).toBe(true);
    expect(plan.at(-1)!.text).toMatch(/^最后一个问题/);
    const middle = new Set(plan.slice(1, firstHr).map((q) => q.category));
    expect(middle).toEqual(new Set(["project", "technical", "behavioral"]));
    // No question about salary, start dates or "any questions for us?": nothing to assess there.
    expect(plan.some((q) => /期望薪资|薪资结构|什么时候可以入职|还有什么问题/.test(q.text))).toBe(false);
  });

  it("is deterministic per seed, and the seed varies the choice", () => {
    expect(planInterview(ZH_PLAN)).toEqual(planInterview({ ...ZH_PLAN }));
    const input = {
      targetRole: "Java 后端工程师",
      style: "neutral" as const,
      questionCount: 8,
      language: "zh-CN" as const,
    };
    const plans = new Set(
      Array.from({ length: 8 }, (_, i) => JSON.stringify(planInterview({ ...input, seed: `seed-${i}` }))),
    );
    expect(plans.size).toBeGreaterThan(1);
  });

  it("asks about the résumé's own projects and the JD's requirements", () => {
    const plan = planInterview(ZH_PLAN);
    const texts = plan.map((q) => q.text).join("\n");
    expect(texts).toMatch(/「(?:智能客服工作台|北京某互联网公司|武汉某科技有限公司)」/);
    expect(plan.some((q) => q.id.startsWith("derived-"))).toBe(true);
    // Questions built from the posting mention what it asks for.
    expect(texts).toMatch(/岗位(?:要求|需要)|JavaScript|React|Docker/);
  });

  it("favours bank questions on the JD's skills", () => {
    const base = { seed: "jd", targetRole: "后端开发工程师", style: "neutral" as const, questionCount: 10 };
    const jd = "招聘后端工程师：熟悉 Redis 缓存与分布式锁，熟悉 Kafka 消息队列，有高并发系统经验。";
    const tagged = (plan: PlannedQuestion[]) =>
      plan.filter((q) => q.tags.some((t) => ["redis", "kafka", "message-queue", "caching"].includes(t))).length;
    const withJd = planInterview({ ...base, jobDescription: jd, language: "zh-CN" });
    const without = planInterview({ ...base, language: "zh-CN" });
    expect(tagged(withJd)).toBeGreaterThan(tagged(without));
    // Without a résumé, nothing claims "your résumé doesn't show…".
    expect(withJd.some((q) => q.text.includes("简历"))).toBe(false);
  });

  it("speaks the requested language", () => {
    const en = planInterview({
      seed: "en",
      targetRole: "Data Analyst",
      jobDescription: EN_JD,
      resume: { text: EN_RESUME, sections: [] },
      style: "pressure",
      questionCount: 10,
      language: "en",
    });
    for (const q of en) expect(`${q.text} ${q.outline}`).not.toMatch(CJK);
    expect(en.some((q) => q.text.includes("12%") || q.text.includes("Acme Retail"))).toBe(true);
    const zh = planInterview({ ...ZH_PLAN, resume: undefined, jobDescription: undefined });
    for (const q of zh) expect(`${q.text}${q.outline}`).toMatch(CJK);
  });

  it("phrases questions in the style of the session", () => {
    const friendly = planInterview({ ...ZH_PLAN, style: "friendly" });
    const pressure = planInterview({ ...ZH_PLAN, style: "pressure" });
    expect(friendly.map((q) => q.id)).toEqual(pressure.map((q) => q.id));
    expect(friendly[0]!.text).toContain("放轻松");
    expect(pressure[0]!.text).toContain("时间有限");
    expect(friendly[1]!.text).not.toBe(pressure[1]!.text);
  });
});

describe("assessAnswer", () => {
  it.each([
    ["zh", ZH_STORY, ZH_RICH],
    ["en", EN_STORY, EN_RICH],
  ])("scores a rich STAR answer (%s) high, with every part quoted verbatim", (_, question, answer) => {
    const a = assess(question, answer);
    expect(a.score).toBeGreaterThanOrEqual(80);
    expect(a.missing).toEqual([]);
    expect(a.thin).toBe(false);
    expect(a.followUp).toBeNull();
    expectVerbatim(a, answer);
    expect(a.star.result.evidence).toMatch(/\d/);
    expect(sentences(a.feedback)).toBeGreaterThanOrEqual(2);
    expect(sentences(a.feedback)).toBeLessThanOrEqual(5);
  });

  it.each([
    ["zh", ZH_STORY, "我做过性能优化。", "我做过性能优化"],
    ["en", EN_STORY, "I fixed a bug once.", "I fixed a bug once"],
  ])("finds a one-liner (%s) thin and asks a follow-up that quotes it", (_, question, answer, quote) => {
    const a = assess(question, answer);
    expect(a.thin).toBe(true);
    expect(a.score).toBeLessThan(35);
    expect(a.missing).toContain("result");
    expect(a.followUp).toContain(quote);
    expectVerbatim(a, answer);
  });

  it("targets the missing result in the follow-up, and scores the follow-up answer with the first", () => {
    const first = assess(ZH_STORY, ZH_NO_RESULT);
    expect(first.thin).toBe(true);
    expect(first.missing).toEqual(["result"]);
    expect(first.followUp).toMatch(/结果/);
    // It picks up what the candidate said.
    expect(first.followUp).toMatch(/“[^”]*(?:WebP|webpack|负责)[^”]*”/);

    const addition = "最终首屏时间从 4.2 秒降到 1.6 秒，跳出率下降了 18%。";
    const second = assess(ZH_STORY, addition, { isFollowUp: true, previousAnswer: ZH_NO_RESULT });
    expect(second.score).toBeGreaterThan(first.score);
    expect(second.followUp).toBeNull();
    expect(second.star.result.present).toBe(true);
    expect(addition).toContain(second.star.result.evidence!);
    expectVerbatim(second, ZH_NO_RESULT, addition);
    expect(second.feedback).toContain("追问后");
  });

  it("never asks a second follow-up, however thin the follow-up answer", () => {
    const a = assess(ZH_STORY, "不清楚。", { isFollowUp: true, previousAnswer: "我做过性能优化。" });
    expect(a.thin).toBe(true);
    expect(a.followUp).toBeNull();
  });

  it("rewards a quantified result over a vague one, and a vague one over none", () => {
    const none = assess(ZH_STORY, ZH_NO_RESULT).score;
    const vague = assess(ZH_STORY, `${ZH_NO_RESULT}最后页面快了很多，用户反馈也变好了。`).score;
    const quantified = assess(ZH_STORY, `${ZH_NO_RESULT}最终首屏时间从 4.2 秒降到 1.6 秒，跳出率下降了 18%。`).score;
    expect(vague).toBeGreaterThan(none);
    expect(quantified).toBeGreaterThan(vague);
    const enBase =
      "Our checkout API was timing out during sales. I was responsible for fixing it before Black Friday. " +
      "First I profiled the service, then I rewrote the hot queries and added a Redis cache.";
    const enNone = assess(EN_STORY, enBase).score;
    const enQuant = assess(EN_STORY, `${enBase} As a result, p95 latency dropped from 1.8s to 240ms.`).score;
    expect(enQuant).toBeGreaterThan(enNone);
  });

  it("speaks bluntly under pressure and encouragingly when friendly", () => {
    const friendly = assess(ZH_STORY, ZH_NO_RESULT, { style: "friendly" });
    const pressure = assess(ZH_STORY, ZH_NO_RESULT, { style: "pressure" });
    expect(friendly.score).toBe(pressure.score);
    expect(friendly.feedback).not.toBe(pressure.feedback);
    expect(friendly.followUp).not.toBe(pressure.followUp);
    expect(friendly.feedback).toMatch(/很好|不错|会更完整|继续/);
    expect(pressure.feedback).toMatch(/无法判断|很难过关|继续深挖/);
    expect(pressure.followUp).toMatch(/没有结果/);
  });

  it("reads a technical answer with the technical rubric", () => {
    const a = assess(ZH_TECH, ZH_NO_RESULT);
    expect(a.missing).toEqual(["result"]);
    expect(a.feedback).toContain("效果与验证");
    expect(a.followUp).toMatch(/验证/);
    const rich = assess(ZH_TECH, ZH_RICH);
    expect(rich.score).toBeGreaterThanOrEqual(80);
    expectVerbatim(rich, ZH_RICH);
  });

  it("asks for a real event when the candidate answers a 'tell me about a time' question with a plan", () => {
    const plan = "我会先分析问题的原因。然后我会找领导沟通，争取资源。最后我会推动大家一起把问题解决。";
    const a = assess(ZH_STORY, plan);
    expect(a.thin).toBe(true);
    expect(a.followUp).toMatch(/真实/);
    // A "what would you do" question may be answered with a plan.
    const situational = { ...ZH_STORY, id: "common-20", text: "如果你的上级给出了一个你认为错误的决定，你会怎么做？" };
    expect(assess(situational, plan).followUp ?? "").not.toMatch(/真实遇到/);
  });

  it("offers a way forward on 'I don't know'", () => {
    const a = assess(ZH_STORY, "不知道，没遇到过。");
    expect(a.score).toBeLessThanOrEqual(10);
    expect(a.followUp).toMatch(/最接近的经历/);
    const en = assess(EN_STORY, "I don't know, I have no experience with that.");
    expect(en.followUp).toMatch(/closest/);
  });

  it("asks whose work it was when the answer only says 'we'", () => {
    const answer =
      "当时我们的订单系统在大促时经常超时，我们需要在两周内解决。我们首先分析了慢查询，然后加了 Redis 缓存，又把下单流程改成了异步。最终接口耗时从 800ms 降到了 120ms。";
    const a = assess(ZH_STORY, answer);
    expect(a.feedback).toMatch(/“我们”|“我”/);
  });

  it("reads unpunctuated speech-to-text", () => {
    const speech =
      "当时我们的商品详情页打开要四秒多用户投诉很多我负责性能优化目标是两周内降到两秒以内首先我用 Lighthouse 定位瓶颈然后把图片改成 WebP 并做了懒加载最后首屏时间从 4.2 秒降到 1.6 秒";
    const a = assess(ZH_STORY, speech);
    expect(a.missing).toEqual([]);
    expect(a.score).toBeGreaterThanOrEqual(75);
    expectVerbatim(a, speech);
    expect(new Set(STAR_PARTS.map((p) => a.star[p].evidence)).size).toBe(4);
    expect(a.star.result.evidence).toContain("1.6 秒");
  });

  it("always quotes evidence verbatim and keeps scores in range", () => {
    const answers = [
      ZH_RICH,
      EN_RICH,
      ZH_NO_RESULT,
      "当时，我负责。",
      "我们有 1,000 个用户\n我负责增长，目标是翻倍；首先我做了用户访谈，然后调整了新手引导。结果：次日留存提升了 12%！",
      "Ｗｅ ｈａｄ　ａ　ｐｒｏｂｌｅｍ。我通过　Ｒｅｄｉｓ　缓存解决了它，耗时降低５０％。",
      "First... then... finally.",
      "   ",
      "—— ",
    ];
    for (const answer of answers) {
      for (const question of [ZH_STORY, EN_STORY, ZH_TECH]) {
        const a = assess(question, answer);
        expect(Number.isInteger(a.score)).toBe(true);
        expect(a.score).toBeGreaterThanOrEqual(0);
        expect(a.score).toBeLessThanOrEqual(100);
        expectVerbatim(a, answer);
        expect(a.missing).toEqual(STAR_PARTS.filter((p) => !a.star[p].present));
        expect(a.feedback.length).toBeGreaterThan(10);
        if (a.followUp !== null) expect(a.thin).toBe(true);
      }
    }
  });

  it("writes in the requested language", () => {
    const en = assess(EN_STORY, "I fixed a bug once.");
    expect(`${en.feedback} ${en.followUp}`).not.toMatch(CJK);
    const zh = assess(ZH_STORY, "我做过性能优化。");
    expect(`${zh.feedback}${zh.followUp}`).toMatch(CJK);
  });
});

describe("interviewReport", () => {
  const plan = planInterview({ ...ZH_PLAN, questionCount: 5 });
  const answers = [
    "我叫张伟，2018 年毕业于华中科技大学计算机专业，有五年前端开发经验。目前负责电商小程序，主导了首页性能优化，首屏时间降低 40%。我擅长 React，希望加入贵公司做前端架构，这也是我应聘这个岗位的原因。",
    "当时客服工作台消息延迟很高，坐席经常看不到新消息。我负责实时推送这块，目标是把延迟降到 1 秒以内。首先我用 WebSocket 替换了轮询，然后加了心跳和断线重连，又做了消息去重。最终消息延迟降低 60%，从 2.5 秒降到 1 秒。",
    "React 生态成熟，团队也熟悉。",
    "我们团队一起处理过一次线上白屏，大家排查了很久，最后解决了。",
    "我希望加入一个重视工程质量的团队，因为我想在前端架构上继续成长。比如上一份工作里，我主动推动了组件库建设，所以我对这个岗位很感兴趣。",
  ];
  const turnsOf = (n: number): ReportTurn[] =>
    answers.slice(0, n).map((answer, i) => ({
      question: plan[i]!,
      answer,
      assessment: assessAnswer({ question: plan[i]!, answer, isFollowUp: false, style: "neutral", language: "zh-CN" }),
    }));

  it("reports an empty interview as 0 with a clear message", () => {
    const r = interviewReport({ turns: [], plannedCount: 5, targetRole: "前端", language: "zh-CN" });
    expect(InterviewResultSchema.parse(r)).toEqual(r);
    expect(r.overallScore).toBe(0);
    expect(r.perQuestion).toEqual([]);
    expect(r.improvements.length).toBeGreaterThanOrEqual(1);
    expect(r.improvements[0]).toMatch(/没有回答/);
    const en = interviewReport({ turns: [], plannedCount: 5, targetRole: "x", language: "en" });
    expect(en.improvements.join(" ")).not.toMatch(CJK);
  });

  it("counts unanswered questions against the overall score and says so", () => {
    const turns = turnsOf(2);
    const r = interviewReport({ turns, plannedCount: 5, targetRole: "前端", language: "zh-CN" });
    expect(InterviewResultSchema.parse(r)).toEqual(r);
    expect(r.perQuestion).toHaveLength(2);
    const mean = turns.reduce((s, t) => s + t.assessment.score, 0) / turns.length;
    expect(r.overallScore).toBeLessThan(mean / 2);
    expect(r.improvements[0]).toContain("2/5");
    expect(r.strengths.length).toBeGreaterThanOrEqual(2);
  });

  it("derives strengths and improvements from patterns across a full interview, citing questions", () => {
    const turns = turnsOf(5);
    const fuAnswer =
      "我用 React Hooks 重构了状态管理，用虚拟列表解决了 2000+ 坐席列表的卡顿，上线后渲染耗时从 300ms 降到 50ms。";
    const followUp = { question: turns[2]!.assessment.followUp!, answer: fuAnswer };
    expect(followUp.question).toBeTruthy();
    turns[2] = {
      ...turns[2]!,
      followUp,
      assessment: assessAnswer({
        question: plan[2]!,
        answer: fuAnswer,
        previousAnswer: answers[2],
        isFollowUp: true,
        style: "neutral",
        language: "zh-CN",
      }),
    };
    const r = interviewReport({ turns, plannedCount: 5, targetRole: "前端", language: "zh-CN" });
    expect(InterviewResultSchema.parse(r)).toEqual(r);
    expect(r.perQuestion).toHaveLength(5);
    expect(r.perQuestion[2]!.followUp).toEqual(followUp);
    expect(r.perQuestion[1]!.star?.result.present).toBe(true);
    for (const list of [r.strengths, r.improvements]) {
      expect(list.length).toBeGreaterThanOrEqual(2);
      expect(list.length).toBeLessThanOrEqual(5);
      expect(new Set(list).size).toBe(list.length);
    }
    expect([...r.strengths, ...r.improvements].every((s) => /第 [\d、]+ 题/.test(s))).toBe(true);
    // The "we"-only answer and the quantified ones are called out.
    expect(r.improvements.join("\n")).toMatch(/第 4 题[^\n]*“我们”|“我们”[^\n]*第 4 题/);
    expect(r.strengths.join("\n")).toMatch(/数字/);
    const weighted = r.overallScore;
    expect(weighted).toBeGreaterThan(0);
    expect(weighted).toBeLessThanOrEqual(100);
    expect(interviewReport({ turns, plannedCount: 5, targetRole: "前端", language: "zh-CN" })).toEqual(r);
  });

  it("writes an English report for an English interview", () => {
    const question = { ...EN_STORY };
    const turns: ReportTurn[] = [EN_RICH, "I fixed a bug once.", EN_RICH.replace(/As a result.*$/, "")].map(
      (answer) => ({
        question,
        answer,
        assessment: assessAnswer({ question, answer, isFollowUp: false, style: "neutral", language: "en" }),
      }),
    );
    const r = interviewReport({ turns, plannedCount: 3, targetRole: "Backend Engineer", language: "en" });
    expect(InterviewResultSchema.parse(r)).toEqual(r);
    expect([...r.strengths, ...r.improvements].join(" ")).not.toMatch(CJK);
    expect([...r.strengths, ...r.improvements].some((s) => /Q\d/.test(s))).toBe(true);
  });
});
