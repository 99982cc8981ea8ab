import { describe, expect, it } from "vitest";
import { isQuestion, type SuggestInput, suggestAnswer, summarizeMeeting } from "../../worker/modules/meetings/engine";
import { MeetingResultSchema, type TranscriptLine } from "../../worker/modules/meetings/schemas";
import { EN_RESUME, ZH_JD, ZH_RESUME } from "../analysis/engine/fixtures";

/** A career changer: sales first, then backend. Questions about Kubernetes must not land on the sales lines. */
const BACKEND_RESUME = `李娜
邮箱：lina@example.com

工作经历
2017.07 - 2020.06  北京某贸易公司  销售代表
• 负责华东区渠道销售，季度签约客户 12 家
• 维护重点客户关系，续约率保持在 90% 以上

2020.07 - 至今  上海某云计算公司  后端工程师
• 基于 k8s 搭建微服务发布流水线，发布耗时从 2 小时缩短到 15 分钟
• 使用 Redis 缓存热点商品数据，接口延迟降低 35%

项目经历
「订单中心重构」 2021.03 - 2021.12
• 主导订单服务拆分，用 Kafka 解耦库存与支付，峰值吞吐提升 3 倍

专业技能
• 熟悉 Java、Spring Boot、MySQL
`;

const zhInput = (question: string, extra: Partial<SuggestInput> = {}): SuggestInput => ({
  question,
  recent: [],
  resume: { text: ZH_RESUME, sections: [] },
  context: ZH_JD,
  title: "前端二面",
  language: "zh-CN",
  ...extra,
});
const enInput = (question: string, extra: Partial<SuggestInput> = {}): SuggestInput => ({
  question,
  recent: [],
  resume: { text: EN_RESUME, sections: [] },
  context: "Growth team: SQL, Python, A/B testing, Looker dashboards",
  title: "Data analyst screening",
  language: "en",
  ...extra,
});

/** Quotes the suggestion marks as from the résumé, without the ellipses that mark a clipped quote. */
function resumeQuotes(text: string): string[] {
  const zh = [...text.matchAll(/「([^」]*)」（简历）/g)].map((m) => m[1]!);
  const en = [...text.matchAll(/“([^”]*)” \(résumé\)/g)].map((m) => m[1]!);
  return [...zh, ...en].map((q) => q.replace(/^…|…$/g, ""));
}

const numbers = (s: string): string[] => s.match(/\d+(?:\.\d+)?/g) ?? [];

function expectShape(text: string) {
  const lines = text.split("\n");
  expect(lines[0]).toMatch(/^(?:思路：|Approach: )/);
  const bullets = lines.slice(1);
  expect(bullets.length).toBeGreaterThanOrEqual(2);
  expect(bullets.length).toBeLessThanOrEqual(4);
  for (const b of bullets) expect(b.startsWith("• ")).toBe(true);
  expect(text).not.toMatch(/^#|\*\*/m);
}

describe("isQuestion", () => {
  it.each([
    "你为什么离开上一家公司",
    "请介绍一下你自己",
    "简单介绍一下",
    "那你讲讲你在智能客服工作台里遇到的最大难点",
    "讲一个你遇到过的最大挑战。",
    "你用过 Kubernetes 吗",
    "你有没有带过团队",
    "说说 React hooks 的原理",
    "你觉得你最大的缺点是什么",
    "你有什么问题想问我们的吗",
    "那你呢",
    "我想知道你为什么选择前端",
    "你的期望薪资是多少？",
    "最后一个问题：你最快什么时候能入职？",
    "Redis 为什么快",
    "如果让你设计一个秒杀系统，你会怎么做",
    "我们来聊聊你的项目吧",
    "你怎么看“技术债”这个说法",
    "“你为什么离职？”",
    "好的。我看你上一份只做了一年，为什么走得这么快",
    "请问你的期望薪资",
    "那你对加班怎么看",
  ])("zh question: %s", (text) => {
    expect(isQuestion(text, "zh-CN")).toBe(true);
  });

  it.each([
    "嗯好的",
    "好的，谢谢",
    "嗯嗯，明白了。",
    "是吗？",
    "可以吗？",
    "我有个问题",
    "我想问你一个问题",
    "我先介绍一下我们公司",
    "我们团队主要做推荐系统。",
    "他说“你来吗”然后就走了。",
    "我不知道为什么会这样",
    "你好，能听到我说话吗？",
    "好，那我们今天就先到这里",
    "没问题，我们会在下周通知你结果",
    "我们为什么要招这个岗位呢，是因为业务扩张很快",
    "这就是为什么我们看重沟通能力",
    "麻烦你会后把作品集链接发我一下",
    "我们今天主要聊聊技术",
    "明白我的意思吗？",
  ])("zh not a question: %s", (text) => {
    expect(isQuestion(text, "zh-CN")).toBe(false);
  });

  it.each([
    "Tell me about yourself",
    "Walk me through your résumé",
    "Why do you want to leave your current job",
    "How would you design a rate limiter",
    "Describe a time you disagreed with your manager",
    "Have you used Kafka in production",
    "Do you have any questions for us",
    "What are your salary expectations?",
    "So, tell me about the hardest bug you fixed.",
    "I'd love to hear about your last project",
    "Could you explain how React reconciliation works",
    "Give me an example of a time you led a team",
    "Is there anything you would do differently",
    "Great. Now, what motivates you",
    "When you joined Acme, what was your role",
    "If you could redo the project, what would you change",
  ])("en question: %s", (text) => {
    expect(isQuestion(text, "en")).toBe(true);
  });

  it.each([
    "Okay, thanks",
    "Great, thank you so much.",
    "I have a question.",
    "Can I ask you a question?",
    "Let me tell you about our team.",
    "Right?",
    "Really?",
    "Can you hear me?",
    "Hi, how are you doing today?",
    "We'll get back to you next week.",
    "That's why we need strong engineers.",
    "What a great answer.",
    "Interesting.",
    "Next question.",
    "Could you send me your portfolio by Friday?",
    "When I was at Google, we used Spanner.",
    "So what I'm trying to say is we value ownership.",
    "Does that make sense?",
  ])("en not a question: %s", (text) => {
    expect(isQuestion(text, "en")).toBe(false);
  });

  it("reads each sentence by its own script, whatever the meeting language", () => {
    expect(isQuestion("那你 React hooks 用得多吗", "en")).toBe(true);
    expect(isQuestion("Tell me about a project you led", "zh-CN")).toBe(true);
    expect(isQuestion("嗯，okay", "en")).toBe(false);
  });
});

describe("suggestAnswer", () => {
  const zhQuestions = [
    "请先做一个自我介绍",
    "你用过 Kubernetes 吗？讲讲你是怎么部署的",
    "说说 React hooks 的原理",
    "你为什么离开上一家公司",
    "你最大的缺点是什么",
    "你的期望薪资是多少",
    "讲一个你遇到过的最大挑战",
    "介绍一个你最有代表性的项目",
    "你还有什么问题想问我们的吗",
    "Redis 为什么快",
    "你和同事意见不一致时怎么处理",
    "WebSocket 断线重连你是怎么做的",
    "你为什么选择前端",
    "你用过 Flink 吗",
    "你未来三到五年的职业规划是什么",
  ];
  const enQuestions = [
    "Tell me about yourself",
    "How did you reduce churn?",
    "Describe a time you disagreed with a stakeholder",
    "What's your experience with Looker?",
    "Walk me through a project you're proud of",
    "What are your salary expectations?",
    "What is your biggest weakness?",
    "How do you handle state management in a large React app?",
  ];

  it("returns an approach line and two to four bullets, in the requested language", () => {
    for (const q of zhQuestions) {
      const text = suggestAnswer(zhInput(q));
      expectShape(text);
      expect(text.startsWith("思路：")).toBe(true);
    }
    for (const q of enQuestions) {
      const text = suggestAnswer(enInput(q));
      expectShape(text);
      expect(text, q).not.toMatch(/[\u3400-\u9fff]/);
    }
    // The suggestion follows the requested language, not the question's.
    const en = suggestAnswer(zhInput("你为什么离开上一家公司", { language: "en" }));
    expect(en.startsWith("Approach: ")).toBe(true);
  });

  it("quotes résumé lines verbatim", () => {
    for (const [input, resume] of [
      ...zhQuestions.map((q) => [zhInput(q), ZH_RESUME] as const),
      ...enQuestions.map((q) => [enInput(q), EN_RESUME] as const),
    ]) {
      for (const quote of resumeQuotes(suggestAnswer(input))) {
        expect(quote.length).toBeGreaterThan(3);
        expect(resume.includes(quote), `${input.question}: ${quote}`).toBe(true);
      }
    }
    expect(resumeQuotes(suggestAnswer(zhInput("请先做一个自我介绍"))).length).toBeGreaterThanOrEqual(2);
  });

  it("states no number that is not in the résumé, the question or the context", () => {
    const cases = [
      ...zhQuestions.map((q) => zhInput(q)),
      ...zhQuestions.map((q) => zhInput(q, { resume: undefined })),
      ...enQuestions.map((q) => enInput(q)),
      ...enQuestions.map((q) => enInput(q, { resume: undefined })),
      zhInput("你们都是 Kubernetes 部署的，你有相关经验吗？", { resume: { text: BACKEND_RESUME, sections: [] } }),
      zhInput("MySQL 索引为什么用 B+ 树", { resume: { text: BACKEND_RESUME, sections: [] } }),
    ];
    for (const input of cases) {
      const allowed = new Set(
        numbers(`${input.resume?.text ?? ""}\n${input.question}\n${input.context ?? ""}\n${input.title}`),
      );
      for (const n of numbers(suggestAnswer(input))) expect(allowed.has(n), `${input.question}: ${n}`).toBe(true);
    }
  });

  it("cites the experience the question is about", () => {
    const resume = { text: BACKEND_RESUME, sections: [] };
    const k8s = suggestAnswer(zhInput("你们都是 Kubernetes 部署的，你有相关经验吗？", { resume, context: "" }));
    expect(k8s).toContain("基于 k8s 搭建微服务发布流水线");
    expect(k8s).not.toContain("渠道销售");
    const kafka = suggestAnswer(zhInput("Kafka 在你们项目里是怎么用的？", { resume, context: "" }));
    expect(kafka).toContain("用 Kafka 解耦库存与支付");
    expect(kafka).not.toContain("销售");
    const churn = suggestAnswer(enInput("How did you reduce churn?"));
    expect(churn).toContain("Built a churn model in python");
  });

  it("follows the conversation for 这个项目 / that", () => {
    const text = suggestAnswer(
      zhInput("那这个项目里你具体负责什么？", {
        recent: [
          { speaker: "other", text: "讲讲你做过的项目" },
          { speaker: "me", text: "我在智能客服工作台项目里用 WebSocket 做了消息实时推送" },
          { speaker: "other", text: "那这个项目里你具体负责什么？" },
        ],
      }),
    );
    expect(text).toContain("智能客服工作台");
    expect(text).toMatch(/WebSocket 实现消息实时推送|基于 React 和 typescript 重构客服工作台/);
    expect(text).not.toContain("监控平台");
  });

  it("uses the classic structure of classic questions", () => {
    const intro = suggestAnswer(zhInput("请先做一个自我介绍"));
    expect(intro).toContain("定位");
    expect(intro).toContain("亮点");
    expect(intro).toContain("为什么是这个岗位");
    const salary = suggestAnswer(zhInput("你的期望薪资是多少"));
    expect(salary).toContain("区间");
    expect(resumeQuotes(salary)).toEqual([]);
    const reverse = suggestAnswer(zhInput("你还有什么问题想问我们的吗"));
    expect(reverse).toContain("？");
    const weakness = suggestAnswer(enInput("What is your biggest weakness?"));
    expect(weakness).toMatch(/isn't core|avoid/i);
  });

  it("reads the sentence that asks, not the small talk around it", () => {
    const text = suggestAnswer(zhInput("我们这边加班不多。你为什么离开上一家公司？"));
    expect(text).toContain("正向表述");
    expect(text).not.toContain("加班");
  });

  it("frames a career change with the new work and the old", () => {
    const text = suggestAnswer(
      zhInput("你为什么从销售转做后端", {
        resume: { text: BACKEND_RESUME, sections: [] },
        context: "后端开发，要求 Java、Kubernetes、Kafka",
      }),
    );
    expect(text).toContain("契机");
    expect(text).toMatch(/准备和成果（[^）]+）：「[^」]*(?:k8s|Kafka)/);
    expect(text).toMatch(/过去的经验也是优势（北京某贸易公司）/);
  });

  it("gives technical key points from the question bank, without their version numbers", () => {
    const redis = suggestAnswer(zhInput("Redis 为什么快"));
    expect(redis).toContain("要点：");
    expect(redis).toMatch(/内存|单线程|多路复用/);
    expect(redis).not.toMatch(/6\.0/);
  });

  it("is honest when the résumé does not show what is asked", () => {
    const flink = suggestAnswer(zhInput("你用过 Flink 吗"));
    expect(flink).toContain("简历里没有");
    expect(flink).toContain("如实");
    const looker = suggestAnswer(enInput("What's your experience with Looker?"));
    expect(looker).toMatch(/doesn't show Looker/);
    // Listed only in the skills section: say how deep it goes.
    const k8s = suggestAnswer(zhInput("你用过 Kubernetes 吗"));
    expect(k8s).toContain("了解 Node.js 和 k8s 部署");
    expect(k8s).toContain("掌握程度");
  });

  it("without a résumé, gives the structure and says none is attached", () => {
    const zh = suggestAnswer(zhInput("请先做一个自我介绍", { resume: undefined }));
    expectShape(zh);
    expect(zh.split("\n")[0]).toContain("未附简历");
    expect(zh).toContain("准备两段");
    expect(zh).not.toContain("（简历）");
    const en = suggestAnswer(enInput("Tell me about a time you led a team", { resume: undefined }));
    expect(en.split("\n")[0]).toContain("No résumé attached");
    expect(en).toContain("Prepare");
    expect(en).not.toContain("(résumé)");
    // An empty résumé text counts as none.
    expect(suggestAnswer(zhInput("讲一个你遇到过的最大挑战", { resume: { text: "  ", sections: [] } }))).toContain(
      "未附简历",
    );
  });

  it("is deterministic", () => {
    for (const q of zhQuestions) expect(suggestAnswer(zhInput(q))).toBe(suggestAnswer(zhInput(q)));
    for (const q of enQuestions) expect(suggestAnswer(enInput(q))).toBe(suggestAnswer(enInput(q)));
  });
});

describe("summarizeMeeting", () => {
  const lines = (rows: [TranscriptLine["speaker"], string][]): TranscriptLine[] =>
    rows.map(([speaker, text], i) => ({ id: i + 1, speaker, text, at: 1_700_000_000_000 + i * 15_000 }));

  const ZH_TRANSCRIPT = lines([
    ["other", "你好，能听到我说话吗？"],
    ["me", "可以的，您好。"],
    ["other", "好的，那先请你做一个自我介绍吧。"],
    ["me", "我做了五年前端，最近负责电商小程序的性能优化，首屏时间降低了 40%。"],
    ["other", "你用过 Kubernetes 吗？"],
    ["me", "这个我不太了解。"],
    ["other", "嗯。"],
    ["other", "讲一个你遇到过的最大挑战。"],
    ["me", "我们在重构客服工作台的时候，坐席同时在线数上不去，我主导做了连接层的改造，最后效果还不错。"],
    ["other", "你为什么离开上一家公司？"],
    ["other", "好，今天就先到这里。麻烦你会后把作品集链接发我一下，我们下周会通知你面试结果。"],
    ["me", "好的，我下周一把作品集发给您。"],
  ]);
  const ZH_SUGGESTIONS = [
    { id: "s1", question: "好的，那先请你做一个自我介绍吧。", text: "…" },
    { id: "s2", question: "你用过 Kubernetes 吗？", text: "…" },
    { id: "s3", question: "SSR 和 CSR 的区别怎么回答", text: "…" },
  ];

  it("counts the questions and the suggestions, and lists the topics", () => {
    const r = summarizeMeeting({
      title: "前端二面",
      transcript: ZH_TRANSCRIPT,
      suggestions: ZH_SUGGESTIONS,
      language: "zh-CN",
    });
    expect(MeetingResultSchema.omit({ minutesBilled: true }).parse(r)).toEqual(r);
    expect(r.summary).toContain("「前端二面」共记录 12 条发言");
    // The call check and the filler are not questions.
    expect(r.summary).toContain("对方共提出 4 个问题，其中 2 个生成了建议回答");
    expect(r.summary).toContain("另有 1 条是你主动求助的建议");
    expect(r.summary).toContain("自我介绍");
    expect(r.summary).not.toContain("能听到");
    const sentences = r.summary.split("。").filter(Boolean).length;
    expect(sentences).toBeGreaterThanOrEqual(3);
    expect(sentences).toBeLessThanOrEqual(6);
  });

  it("finds promised follow-ups, requests and what to prepare", () => {
    const { actionItems } = summarizeMeeting({
      title: "前端二面",
      transcript: ZH_TRANSCRIPT,
      suggestions: ZH_SUGGESTIONS,
      language: "zh-CN",
    });
    expect(actionItems).toContain("兑现承诺：我下周一把作品集发给您");
    expect(actionItems.some((a) => a.startsWith("对方请你：") && a.includes("作品集链接"))).toBe(true);
    expect(actionItems.some((a) => a.startsWith("等对方：") && a.includes("通知你面试结果"))).toBe(true);
    // Unsure, unquantified and unanswered answers become preparation.
    expect(actionItems.some((a) => a.includes("Kubernetes") && a.includes("没有把握"))).toBe(true);
    expect(actionItems.some((a) => a.includes("带数据的例子"))).toBe(true);
    expect(actionItems.some((a) => a.includes("离职原因") && a.includes("没有作答"))).toBe(true);
    // The self-introduction had a number and enough substance.
    expect(actionItems.some((a) => a.includes("自我介绍"))).toBe(false);
    expect(actionItems.length).toBeLessThanOrEqual(8);
  });

  it("summarises an English meeting in English", () => {
    const r = summarizeMeeting({
      title: "Acme screening",
      transcript: lines([
        ["other", "Thanks for joining. Tell me about yourself."],
        ["me", "I'm a data analyst with five years in e-commerce analytics, most recently building churn models."],
        ["other", "How did you measure the impact of the churn model?"],
        ["me", "We compared cohorts."],
        ["other", "Have you used Looker?"],
        ["other", "Okay. The next step is a technical round with the team lead. Could you send me your portfolio?"],
        ["me", "Sure, I'll send it over tomorrow."],
      ]),
      suggestions: [{ id: "a", question: "Tell me about yourself.", text: "…" }],
      language: "en",
    });
    expect(r.summary).toContain("The other side asked 3 questions; 1 got a suggested answer");
    expect(r.summary).toContain("“Tell me about yourself”");
    expect(r.summary).not.toMatch(/[\u3400-\u9fff]/);
    expect(r.actionItems).toContain("Do what you promised: Sure, I'll send it over tomorrow.");
    expect(r.actionItems).toContain("Next step: A technical round with the team lead.");
    expect(r.actionItems.some((a) => a.startsWith("They asked you to:") && a.includes("portfolio"))).toBe(true);
    expect(r.actionItems).toContain("Prepare an answer on “Looker” (it went unanswered)");
  });

  it("does not judge answers when only the other side was transcribed", () => {
    const r = summarizeMeeting({
      title: "Call",
      transcript: lines([
        ["other", "你为什么离开上一家公司？"],
        ["other", "你的期望薪资是多少？"],
      ]),
      suggestions: [],
      language: "zh-CN",
    });
    expect(r.summary).toContain("转写里没有你的发言");
    expect(r.actionItems).toEqual([]);
  });

  it("says nothing was recorded for an empty transcript", () => {
    const zh = summarizeMeeting({ title: "周会", transcript: [], suggestions: [], language: "zh-CN" });
    expect(zh).toEqual({ summary: "「周会」没有记录到任何对话内容，因此没有可总结的要点。", actionItems: [] });
    const en = summarizeMeeting({
      title: "Standup",
      transcript: lines([["me", "  "]]),
      suggestions: [],
      language: "en",
    });
    expect(en.summary).toContain("Nothing was recorded");
    expect(en.actionItems).toEqual([]);
  });

  it("is deterministic", () => {
    const input = {
      title: "前端二面",
      transcript: ZH_TRANSCRIPT,
      suggestions: ZH_SUGGESTIONS,
      language: "zh-CN" as const,
    };
    expect(summarizeMeeting(input)).toEqual(summarizeMeeting({ ...input }));
  });
});
