/** Product management. */
import { defineBank } from "./types";

export const PRODUCT = defineBank("product", [
  {
    c: "technical",
    d: 2,
    tags: ["requirements"],
    zh: [
      "你是如何收集和判断需求优先级的？请结合一个例子说明。",
      "需求管理是产品经理的核心工作，考察是否有清晰的判断框架而不是「谁声音大做谁」。",
      "1) 需求来源：用户反馈、数据、业务方、竞品、战略；2) 挖掘真实需求（5 Why、用户场景）；3) 优先级框架：RICE/ICE、价值 vs 成本矩阵、KANO；4) 与业务目标对齐，说明取舍理由；5) 例子：砍掉或延后某需求的决策及结果。",
    ],
    en: [
      "How do you gather requirements and decide priorities? Use an example.",
      "Requirements management is core PM work; this checks for a clear framework rather than 'whoever shouts loudest'.",
      "1) Sources: user feedback, data, stakeholders, competitors, strategy; 2) dig for the real need (5 whys, scenarios); 3) frameworks: RICE/ICE, value vs effort, Kano; 4) tie to business goals and explain trade-offs; 5) an example of cutting or deferring something and the outcome.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["prd"],
    zh: [
      "一份好的 PRD 应该包含哪些内容？你如何确保研发准确理解需求？",
      "考察需求表达和文档能力，PRD 质量直接影响研发效率和返工率。",
      "1) 背景与目标（要解决什么问题、成功指标）；2) 用户与场景、用户故事；3) 功能描述、流程图、原型、交互说明；4) 边界情况、异常流程、非功能需求（性能、权限、埋点）；5) 需求评审、答疑记录、验收标准，上线前走查。",
    ],
    en: [
      "What belongs in a good PRD, and how do you make sure engineers understand it correctly?",
      "Tests how well you express requirements; PRD quality drives engineering efficiency and rework.",
      "1) Background and goals (the problem, success metrics); 2) users, scenarios, user stories; 3) functionality, flows, prototypes, interaction notes; 4) edge cases, error paths, non-functional needs (performance, permissions, tracking); 5) review sessions, Q&A log, acceptance criteria, pre-launch walkthrough.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["user-research"],
    zh: [
      "你如何做用户调研？定性和定量方法各适合什么场景？",
      "考察理解用户的方法，以及能否把调研转化为产品决策。",
      "1) 明确调研目标和假设；2) 定性：用户访谈、可用性测试、实地观察，适合探索「为什么」；3) 定量：问卷、数据分析、A/B 测试，适合验证「有多少」；4) 样本选择与避免引导性提问；5) 调研结论如何影响了产品方案。",
    ],
    en: [
      "How do you run user research? When do qualitative and quantitative methods fit?",
      "Tests how you understand users and turn research into product decisions.",
      "1) Set goals and hypotheses; 2) qualitative — interviews, usability tests, field observation — to explore why; 3) quantitative — surveys, analytics, A/B tests — to measure how many; 4) sampling and avoiding leading questions; 5) how findings changed the product.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["competitive-analysis"],
    zh: [
      "请对我们的产品和一个主要竞品做一个简要的竞品分析。",
      "考察分析框架、行业理解和面试准备是否充分。",
      "1) 明确分析目的；2) 维度：目标用户、核心功能、用户体验、商业模式、运营策略、数据表现；3) 差异化优劣势；4) 机会点与可借鉴之处；5) 给出 1–2 个具体的产品建议。",
    ],
    en: [
      "Give a brief competitive analysis of our product against a main competitor.",
      "Tests your framework, industry understanding and preparation.",
      "1) State the purpose; 2) compare target users, core features, UX, business model, growth tactics, traction; 3) differentiated strengths and weaknesses; 4) opportunities and what to borrow; 5) one or two concrete product recommendations.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["metrics", "data-analysis"],
    zh: [
      "你负责的产品核心指标是什么？如何搭建指标体系？",
      "考察数据驱动意识：能否把业务目标拆解为可衡量、可行动的指标。",
      "1) 北极星指标及其选择理由；2) 指标拆解（如 GMV = 流量 × 转化率 × 客单价）；3) 过程指标与健康度指标；4) 埋点方案与数据口径统一；5) 用指标发现问题并驱动迭代的例子。",
    ],
    en: [
      "What is the core metric of the product you own, and how do you build a metrics system?",
      "Tests data-driven thinking: turning business goals into measurable, actionable metrics.",
      "1) The north-star metric and why; 2) decomposition (GMV = traffic × conversion × order value); 3) input and health metrics; 4) tracking plan and consistent definitions; 5) an example of metrics exposing a problem and driving iteration.",
    ],
  },
  {
    c: "technical",
    d: 3,
    tags: ["data-analysis", "metrics"],
    zh: [
      "如果产品的日活（DAU）突然下降了 10%，你会如何分析原因？",
      "经典分析题，考察结构化拆解问题的能力。",
      "1) 先确认数据真实性（埋点、口径、统计延迟）；2) 时间维度：突降还是趋势、是否节假日/季节性；3) 维度拆解：新老用户、渠道、平台/版本、地区；4) 内部因素（发版、活动结束、bug）与外部因素（竞品、政策、舆情）；5) 定位原因后给出应对方案并验证。",
    ],
    en: [
      "DAU suddenly drops 10%. How do you find out why?",
      "A classic analysis question testing structured problem decomposition.",
      "1) Verify the data (tracking, definitions, delays); 2) time: sudden or gradual, holidays or seasonality; 3) break down by new vs returning users, channel, platform/version, region; 4) internal causes (release, campaign ended, bugs) vs external (competitors, policy, news); 5) act on the cause and verify.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["ab-testing"],
    zh: [
      "你如何设计一个 A/B 测试？如何判断实验结果是否可信？",
      "考察科学决策能力，避免凭感觉上线功能。",
      "1) 明确假设和核心指标、护栏指标；2) 流量分配与随机分组、最小样本量估算；3) 实验周期（覆盖完整周期、避免新奇效应）；4) 显著性检验与置信区间，不要中途偷看结果；5) 结果解读：统计显著 vs 业务显著，分群差异。",
    ],
    en: [
      "How do you design an A/B test, and how do you know the result is trustworthy?",
      "Tests scientific decision-making instead of shipping on gut feel.",
      "1) Hypothesis, primary and guardrail metrics; 2) traffic split, randomisation, minimum sample size; 3) duration covering full cycles and novelty effects; 4) significance and confidence intervals — no peeking; 5) interpretation: statistical vs practical significance, segment differences.",
    ],
  },
  {
    c: "technical",
    d: 3,
    tags: ["roadmap"],
    zh: [
      "如果让你负责一个新产品从 0 到 1，你会怎么做？",
      "考察完整的产品思维：从市场判断到 MVP 验证再到迭代。",
      "1) 市场和用户洞察：目标用户、痛点、市场规模；2) 价值主张和差异化；3) MVP 定义：最小可验证的核心功能；4) 验证指标（留存、付费意愿）和快速迭代；5) 资源规划、里程碑和风险。",
    ],
    en: [
      "How would you take a new product from zero to one?",
      "Tests end-to-end product thinking: from market judgement to MVP validation and iteration.",
      "1) Market and user insight: target users, pain points, market size; 2) value proposition and differentiation; 3) define the MVP — the smallest thing that tests the core value; 4) validation metrics (retention, willingness to pay) and fast iteration; 5) resources, milestones and risks.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["b2c-product"],
    zh: [
      "你最喜欢的一款 App 是什么？如果你是它的产品经理，你会做什么改进？",
      "经典题，考察产品感觉、用户洞察和表达能力。",
      "1) 选一个你真正深度使用的产品；2) 说明它的目标用户和核心价值；3) 它做得好的设计及背后的原因；4) 发现的问题或机会（结合用户场景和数据假设）；5) 改进方案、预期指标和验证方式。",
    ],
    en: [
      "What's your favourite app, and what would you improve if you were its PM?",
      "A classic that tests product sense, user insight and communication.",
      "1) Pick something you genuinely use a lot; 2) its target users and core value; 3) a design it gets right and why; 4) a problem or opportunity, grounded in scenarios and data hypotheses; 5) your improvement, expected metric impact and how you'd validate it.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["prototyping", "interaction-design"],
    zh: [
      "你如何画原型？低保真和高保真原型分别在什么阶段使用？",
      "考察把想法转化为可沟通方案的能力。",
      "1) 低保真（草图、线框）用于早期快速探索和对齐方向；2) 高保真用于细节评审和用户测试；3) 工具：Axure、墨刀、Figma；4) 原型中要体现的关键：信息层级、主流程、异常状态；5) 与设计师的分工协作。",
    ],
    en: [
      "How do you prototype? When do you use low- vs high-fidelity prototypes?",
      "Tests turning ideas into something the team can discuss.",
      "1) Low fidelity (sketches, wireframes) to explore and align early; 2) high fidelity for detailed review and user testing; 3) tools: Axure, Figma and similar; 4) show information hierarchy, the main flow and error states; 5) how you split work with designers.",
    ],
  },
  {
    c: "technical",
    d: 3,
    tags: ["growth", "retention"],
    zh: [
      "如何提升一个产品的用户留存？",
      "留存是产品健康度的核心，考察增长方法论。",
      "1) 分析留存曲线，找到流失的关键节点；2) 找到「Aha 时刻」并缩短新用户到达路径；3) 分群：不同用户的留存差异与原因；4) 手段：新手引导、个性化推荐、消息触达、习惯养成（签到、连续使用激励）；5) 实验验证和长期指标。",
    ],
    en: [
      "How would you improve a product's retention?",
      "Retention is the core of product health; tests growth methodology.",
      "1) Read the retention curve and find where users drop; 2) identify the 'aha moment' and shorten the path to it; 3) segment users and explain retention differences; 4) levers: onboarding, personalisation, notifications, habit loops; 5) validate with experiments and long-term metrics.",
    ],
  },
  {
    c: "technical",
    d: 3,
    tags: ["commercialization"],
    zh: [
      "如何为一个产品设计商业化方案？如何平衡用户体验和收入？",
      "考察商业思维，产品最终要为业务负责。",
      "1) 可选模式：广告、会员订阅、增值服务、交易佣金；2) 结合用户画像和付费意愿选择；3) 定价策略（分层、锚定、试用）；4) 体验平衡：广告频控、免费与付费的边界；5) 用实验验证 ARPU 和留存的变化。",
    ],
    en: [
      "How would you design monetisation for a product while balancing user experience and revenue?",
      "Tests commercial thinking — a product is ultimately accountable to the business.",
      "1) Models: ads, subscriptions, paid features, transaction fees; 2) choose based on users and willingness to pay; 3) pricing: tiers, anchoring, trials; 4) balance: ad frequency caps, the free/paid line; 5) test the effect on ARPU and retention.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["b2b-product"],
    zh: [
      "B 端产品和 C 端产品的设计思路有什么不同？",
      "考察对不同产品类型的理解，B 端岗位必问。",
      "1) 用户与决策者分离：使用者、采购者、管理者诉求不同；2) 效率和稳定性优先于新奇体验；3) 权限体系、流程配置、数据报表的重要性；4) 定制化与标准化的平衡；5) 价值衡量：降本增效的量化、续费率。",
    ],
    en: [
      "How does designing B2B products differ from consumer products?",
      "Tests understanding of product types; a must-ask for B2B roles.",
      "1) Users, buyers and admins are different people with different needs; 2) efficiency and reliability over novelty; 3) permissions, configurable workflows and reporting matter; 4) balancing customisation against standardisation; 5) value measured in cost and time saved, and renewal rate.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["user-profiling"],
    zh: [
      "你如何构建用户画像？用户画像在产品决策中怎么用？",
      "考察用户洞察和数据结合的能力。",
      "1) 数据来源：基础属性、行为数据、调研；2) 分层方法：按价值（RFM）、生命周期、使用场景；3) 典型用户（Persona）的描述要素；4) 应用：功能优先级、个性化、运营策略；5) 避免画像与真实用户脱节，定期校准。",
    ],
    en: [
      "How do you build user personas and use them in product decisions?",
      "Tests combining user insight with data.",
      "1) Sources: demographics, behaviour, research; 2) segmentation by value (RFM), lifecycle, scenario; 3) what a good persona describes; 4) uses: prioritisation, personalisation, campaigns; 5) keep personas grounded by re-validating with real users.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["project-management"],
    zh: [
      "项目开发过程中出现延期风险，你作为产品经理会怎么做？",
      "考察项目推进和风险管理能力。",
      "1) 尽早识别：每日同步、燃尽图；2) 分析原因（需求变更、技术难点、资源不足）；3) 应对：砍范围（保核心）、调整优先级、争取资源、分期上线；4) 及时向相关方同步并管理预期；5) 复盘改进排期方法。",
    ],
    en: [
      "Your project is at risk of slipping. What do you do as the PM?",
      "Tests delivery management and risk handling.",
      "1) Spot it early: stand-ups, burndown; 2) find the cause (scope change, technical difficulty, resourcing); 3) respond: cut scope to the core, re-prioritise, get resources, ship in phases; 4) tell stakeholders early and reset expectations; 5) improve estimation afterwards.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["data-driven"],
    zh: [
      "上线一个新功能后，你如何评估它是否成功？",
      "考察闭环意识：产品经理要对结果负责，而不只是上线。",
      "1) 上线前定义成功指标和预期值；2) 埋点验证与数据看板；3) 评估维度：使用率/渗透率、对核心指标的影响、用户反馈；4) 区分功能影响与其他因素（实验或对照）；5) 根据结果决定迭代、推广还是下线。",
    ],
    en: [
      "After launching a feature, how do you judge whether it succeeded?",
      "Tests closing the loop — PMs own outcomes, not just launches.",
      "1) Define success metrics and targets before launch; 2) verify tracking and build a dashboard; 3) look at adoption, effect on core metrics and user feedback; 4) separate the feature's effect from other factors (experiment or control); 5) decide to iterate, scale or remove it.",
    ],
  },
  {
    c: "technical",
    d: 3,
    tags: ["ai-product", "llm"],
    zh: [
      "如果要在我们的产品中加入 AI 能力，你会从哪里入手？如何评估 AI 功能的效果？",
      "AI 产品化是热点，考察是否能从用户价值而非技术出发。",
      "1) 找到高频、痛点明显、容错度合适的场景；2) 评估模型能力边界和成本；3) 设计人机协作方式（建议而非替代、可编辑、可反馈）；4) 效果评估：离线评测集、线上采纳率、满意度；5) 风险：幻觉、隐私、合规、内容安全。",
    ],
    en: [
      "If we added AI to our product, where would you start, and how would you measure whether it works?",
      "AI productisation is hot; tests starting from user value rather than technology.",
      "1) Find frequent, painful scenarios with tolerable error; 2) assess model capability and cost; 3) design human-in-the-loop interaction (suggest, editable, feedback); 4) measure with offline eval sets, online adoption and satisfaction; 5) risks: hallucination, privacy, compliance, content safety.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["growth"],
    zh: [
      "如何为一个新功能设计冷启动方案？",
      "考察增长和运营结合的能力。",
      "1) 明确目标用户和种子用户来源；2) 入口与曝光策略（不伤害核心体验）；3) 激励与引导设计；4) 小范围灰度验证，迭代后扩大；5) 关键指标监控与放量节奏。",
    ],
    en: [
      "How would you plan the cold start for a new feature?",
      "Tests combining growth and operations thinking.",
      "1) Target users and where the first ones come from; 2) entry points and exposure without hurting the core experience; 3) incentives and guidance; 4) a small gradual rollout, iterate, then expand; 5) metrics and the ramp-up schedule.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["ecommerce"],
    zh: [
      "分析一下电商下单流程中可能影响转化的环节，以及优化方法。",
      "考察漏斗分析和体验优化能力，交易类产品常问。",
      "1) 漏斗：浏览 → 详情 → 加购 → 下单 → 支付；2) 逐环节找流失：价格信息不透明、运费、强制注册、支付失败；3) 优化：信息前置、一键下单、多种支付方式、失败重试与挽回；4) 用数据和实验验证；5) 关注售后与复购。",
    ],
    en: [
      "Walk through an e-commerce checkout and where conversion leaks, and how you'd fix it.",
      "Tests funnel analysis and UX optimisation; common for transaction products.",
      "1) Funnel: browse → product page → cart → order → payment; 2) find leaks at each step: unclear pricing, shipping fees, forced sign-up, payment failures; 3) fixes: surface information early, one-click ordering, more payment methods, retry and recovery; 4) validate with data and experiments; 5) don't forget after-sales and repeat purchase.",
    ],
  },
  {
    c: "technical",
    d: 1,
    tags: ["product-management"],
    zh: [
      "你认为一个优秀的产品经理需要具备哪些能力？你自己最强和最需要提升的是哪项？",
      "考察对岗位的理解和自我认知。",
      "1) 能力模型：用户洞察、逻辑与数据分析、沟通协调、商业思维、执行推动；2) 你最强的一项 + 证据；3) 需要提升的一项 + 改进计划；4) 与应聘岗位的匹配。",
    ],
    en: [
      "What makes an excellent PM? Which of those is your strongest, and which needs work?",
      "Tests your understanding of the role and self-awareness.",
      "1) The model: user insight, logic and data, communication, business sense, execution; 2) your strongest with evidence; 3) the one to improve and your plan; 4) how it maps to this role.",
    ],
  },
  {
    c: "technical",
    d: 3,
    tags: ["roadmap", "product-management"],
    zh: [
      "如果资源只够做一件事，你会如何在「提升新用户转化」和「提升老用户留存」之间做选择？",
      "考察取舍和战略判断，没有标准答案，看思考过程。",
      "1) 看产品阶段和当前最大瓶颈（增长曲线、留存曲线）；2) 估算两者对核心指标的影响和投入成本；3) 留存不佳时拉新是「漏水桶」；4) 给出决策及理由；5) 说明如何验证和何时重新评估。",
    ],
    en: [
      "If you could only do one thing, how would you choose between improving new-user conversion and existing-user retention?",
      "Tests trade-offs and strategic judgement; the reasoning matters more than the answer.",
      "1) Look at the product stage and the current bottleneck (growth and retention curves); 2) estimate impact on the core metric and cost of each; 3) acquiring users into poor retention fills a leaky bucket; 4) decide and justify; 5) how you'd validate and when you'd revisit.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["requirements"],
    zh: [
      "用户提出「希望增加某个功能」，你会如何判断是否要做？",
      "考察需求甄别能力：用户说的不一定是真正需要的。",
      "1) 追问场景和动机，找到背后的真实问题；2) 评估覆盖面：是个例还是普遍需求（数据、调研）；3) 与产品定位和目标是否一致；4) 是否有更简单的解决方式；5) 投入产出比，决定做、不做或换方式做。",
    ],
    en: [
      "A user asks for a new feature. How do you decide whether to build it?",
      "Tests requirement triage: what users ask for isn't always what they need.",
      "1) Ask about the scenario and motive to find the real problem; 2) gauge how widespread it is (data, research); 3) check fit with positioning and goals; 4) look for a simpler solution; 5) weigh cost and value, then build, decline or solve differently.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["data-driven"],
    zh: [
      "你会写 SQL 吗？平时如何自己获取和分析数据？",
      "越来越多产品岗位要求数据自助能力，考察动手能力。",
      "1) 说明 SQL 熟练度（多表关联、分组聚合、窗口函数）；2) 常用的数据工具（BI 看板、埋点平台）；3) 举一个自己取数分析并推动决策的例子；4) 数据口径核对的习惯。",
    ],
    en: [
      "Can you write SQL? How do you get and analyse data yourself?",
      "More and more PM roles expect self-serve data skills.",
      "1) Your SQL level (joins, aggregation, window functions); 2) tools you use (BI dashboards, analytics platforms); 3) an example of pulling data yourself and driving a decision; 4) your habit of checking metric definitions.",
    ],
  },
  {
    c: "technical",
    d: 3,
    tags: ["product-management"],
    zh: [
      "估算一下：一个城市一天有多少杯咖啡被卖出？（或类似的市场规模估算题）",
      "费米估算题，考察结构化思考和逻辑推理，而非准确数字。",
      "1) 明确估算口径和边界；2) 选择拆解路径（需求侧：人口 × 饮用比例 × 频次；供给侧：门店数 × 单店杯量）；3) 每个假设给出依据；4) 两种方法交叉验证；5) 说明结果的误差范围及如何用数据校准。",
    ],
    en: [
      "Estimate how many cups of coffee are sold in a city per day (or a similar market-sizing question).",
      "A Fermi estimate testing structured reasoning, not the exact number.",
      "1) Define scope and boundaries; 2) choose a decomposition — demand side (population × drinkers × frequency) or supply side (outlets × cups per outlet); 3) justify each assumption; 4) cross-check both ways; 5) give an error range and how you'd calibrate with data.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["usability", "ux-design"],
    zh: [
      "你如何评估一个功能的用户体验好不好？",
      "考察体验判断的标准与方法，而不只是个人喜好。",
      "1) 定性：可用性测试、用户反馈、启发式评估（尼尔森十原则）；2) 定量：任务完成率、耗时、错误率、满意度（NPS/CSAT）；3) 行为数据：路径、漏斗、停留；4) 与设计师共同迭代；5) 举一个体验优化前后的对比。",
    ],
    en: [
      "How do you judge whether a feature's user experience is good?",
      "Tests criteria and method rather than personal taste.",
      "1) Qualitative: usability tests, feedback, heuristic evaluation (Nielsen's ten); 2) quantitative: task success, time on task, error rate, NPS/CSAT; 3) behavioural data: paths, funnels, dwell time; 4) iterate with designers; 5) a before/after example.",
    ],
  },
  // —— Project ——
  {
    c: "project",
    d: 2,
    zh: [
      "介绍一个你主导的产品功能，从发现问题到上线效果完整讲一遍。",
      "产品面试主线，考察完整的产品闭环能力和个人贡献。",
      "1) 问题如何被发现（数据/反馈）；2) 需求分析与方案设计、考虑过的备选；3) 推动研发和设计落地的过程；4) 上线效果（核心指标变化）；5) 复盘：做得好和可以改进的地方。",
    ],
    en: [
      "Walk me through a feature you led, from spotting the problem to results after launch.",
      "The backbone of a PM interview: the full loop and your own contribution.",
      "1) How the problem surfaced (data, feedback); 2) analysis, design and alternatives considered; 3) driving design and engineering to delivery; 4) impact on core metrics; 5) what went well and what you'd change.",
    ],
  },
  {
    c: "project",
    d: 3,
    zh: [
      "讲一个你做过但效果不好（或失败）的产品决策，你从中学到了什么？",
      "考察复盘能力和对结果的担当。",
      "1) 决策背景和当时的判断依据；2) 实际结果与预期的差距（数据）；3) 失败原因分析（假设错误、执行问题、外部变化）；4) 如何止损；5) 之后在决策方法上的改变。",
    ],
    en: [
      "Tell me about a product decision that didn't work out. What did you learn?",
      "Tests reflection and ownership of outcomes.",
      "1) Context and what your judgement was based on; 2) the gap between expected and actual results; 3) why — wrong assumption, execution, external change; 4) how you limited the damage; 5) how you decide differently now.",
    ],
  },
  {
    c: "project",
    d: 2,
    zh: [
      "在你的项目中，你是如何与研发、设计、运营等团队协作的？遇到过冲突吗？",
      "产品经理没有直接权力，考察影响力和协作方式。",
      "1) 协作机制：需求评审、站会、周报、验收；2) 一个具体冲突（排期、方案、资源）；3) 如何基于目标和数据达成一致；4) 结果；5) 你建立的信任关系。",
    ],
    en: [
      "How did you work with engineering, design and operations on your projects? Any conflicts?",
      "PMs lead without authority; tests influence and collaboration.",
      "1) Mechanisms: reviews, stand-ups, weekly updates, acceptance; 2) a specific conflict (schedule, approach, resources); 3) reaching agreement through goals and data; 4) the outcome; 5) the trust you built.",
    ],
  },
  {
    c: "project",
    d: 2,
    zh: [
      "你的项目上线后，核心数据变化是多少？你怎么确认这个变化是你的功能带来的？",
      "检验简历中数据的真实性和归因能力。",
      "1) 具体数字和时间范围；2) 归因方法：A/B 实验、对照组、前后对比并排除季节性和其他改动；3) 数据口径；4) 如果不能严格归因，坦诚说明并给出合理推断。",
    ],
    en: [
      "How much did the core metric move after your launch, and how do you know your feature caused it?",
      "Tests the honesty of your numbers and your attribution skills.",
      "1) Specific numbers and time frame; 2) attribution: A/B test, control group, before/after excluding seasonality and other changes; 3) metric definitions; 4) if strict attribution wasn't possible, say so and reason carefully.",
    ],
  },
  // —— Behavioural ——
  {
    c: "behavioral",
    d: 2,
    zh: [
      "老板提了一个你认为不合理的需求，你会怎么处理？",
      "考察向上管理和独立思考。",
      "1) 先理解老板的目标和背景信息；2) 用数据和用户证据分析方案的风险；3) 提出能达成同样目标的替代方案；4) 如果决定仍要做，如何降低风险（小范围试验）；5) 举例。",
    ],
    en: [
      "Your boss asks for something you think doesn't make sense. How do you handle it?",
      "Tests managing up and independent thinking.",
      "1) Understand the goal and context behind it; 2) analyse risks with data and user evidence; 3) propose alternatives that reach the same goal; 4) if it goes ahead, reduce risk with a small test; 5) an example.",
    ],
  },
  {
    c: "behavioral",
    d: 2,
    zh: [
      "研发说你的需求做不了或者要很久，你会怎么办？",
      "考察与技术团队沟通的能力和技术理解力。",
      "1) 了解具体的技术难点和成本构成；2) 回到需求目标，讨论能否简化或分期；3) 寻找技术上更优的替代方案；4) 评估价值后决定是否争取资源；5) 维护长期合作关系。",
    ],
    en: [
      "Engineering says your request can't be done or will take far too long. What do you do?",
      "Tests working with engineers and technical understanding.",
      "1) Understand the specific difficulty and where the cost lies; 2) go back to the goal and discuss simplifying or phasing; 3) look for a technically better alternative; 4) decide whether the value justifies fighting for resources; 5) protect the long-term relationship.",
    ],
  },
  {
    c: "behavioral",
    d: 1,
    zh: [
      "你平时如何保持对行业和用户的敏感度？",
      "考察产品经理的自我成长习惯。",
      "1) 体验大量产品并做拆解笔记；2) 定期和用户交流、看用户反馈；3) 行业信息源（报告、播客、社区）；4) 一个最近的观察及对产品的启发。",
    ],
    en: [
      "How do you stay sharp about your industry and users?",
      "Tests a PM's growth habits.",
      "1) Use many products and write teardown notes; 2) talk to users and read feedback regularly; 3) sources: reports, podcasts, communities; 4) a recent observation and what it means for a product.",
    ],
  },
  {
    c: "behavioral",
    d: 2,
    zh: [
      "多个业务方同时向你提需求且都说很紧急，你怎么处理？",
      "考察需求管理和利益相关方管理。",
      "1) 统一收集，了解各自背后的业务目标；2) 用统一的优先级标准评估；3) 公开透明地对齐排序（评审会）；4) 对延后的需求给出明确时间和理由；5) 必要时上升到共同上级决策。",
    ],
    en: [
      "Several stakeholders bring you urgent requests at once. How do you handle it?",
      "Tests requirement and stakeholder management.",
      "1) Collect them in one place and understand each business goal; 2) evaluate with one prioritisation standard; 3) align openly in a review; 4) give clear timing and reasons for what's deferred; 5) escalate to a shared manager when needed.",
    ],
  },
]);
