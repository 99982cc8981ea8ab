/** Operations (运营): user, content, community, events, social media, growth and marketing. */
import { defineBank } from "./types";

export const OPERATIONS = defineBank("operations", [
  {
    c: "technical",
    d: 2,
    tags: ["user-operations", "growth"],
    zh: [
      "你如何理解用户运营？AARRR 模型在实际工作中怎么用？",
      "考察运营框架和实际应用能力。",
      "1) 用户运营目标：拉新、促活、留存、转化、召回；2) AARRR：获取、激活、留存、变现、推荐，每层的关键指标；3) 找到当前最薄弱的环节集中资源；4) 举例：针对某一环节的策略和数据结果；5) 用户分层精细化运营。",
    ],
    en: [
      "What does user operations mean to you, and how do you use the AARRR model in practice?",
      "Tests operating frameworks and applying them.",
      "1) Goals: acquire, activate, retain, monetise, win back; 2) AARRR — acquisition, activation, retention, revenue, referral — with key metrics at each stage; 3) focus resources on the weakest stage; 4) an example with strategy and numbers; 5) segment users for targeted operations.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["event"],
    zh: [
      "请完整讲一下你策划一场线上活动的流程。",
      "活动运营的核心能力，考察从目标到复盘的闭环。",
      "1) 目标和指标（拉新数、转化率、GMV、ROI）；2) 用户洞察与活动玩法设计（利益点、参与门槛、传播机制）；3) 预算、排期、资源协调（设计、研发、渠道）；4) 上线前测试、风控（防刷）、预案；5) 实时监控调整与复盘（数据、经验、下次改进）。",
    ],
    en: [
      "Walk me through how you plan an online campaign end to end.",
      "The core of event operations: the loop from goal to post-mortem.",
      "1) Goals and metrics (new users, conversion, GMV, ROI); 2) user insight and mechanics (incentive, entry barrier, sharing loop); 3) budget, timeline, coordinating design, engineering and channels; 4) pre-launch testing, anti-fraud and contingency plans; 5) live monitoring and adjustment, then a post-mortem with numbers and lessons.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["content-operations"],
    zh: [
      "如何做内容运营？如何判断一篇内容是否成功？",
      "考察内容策略和数据判断能力。",
      "1) 定位：目标用户、内容调性、差异化；2) 选题来源：用户需求、热点、搜索数据、竞品；3) 生产与分发：内容规划、标准化流程、多平台适配；4) 衡量：阅读/播放、完读率、互动率、转发、转化；5) 基于数据迭代选题和形式。",
    ],
    en: [
      "How do you run content operations, and how do you judge whether a piece succeeded?",
      "Tests content strategy and data judgement.",
      "1) Positioning: audience, tone, differentiation; 2) topic sources: user needs, trends, search data, competitors; 3) production and distribution: editorial calendar, standard workflow, per-platform adaptation; 4) measures: views, completion, engagement, shares, conversion; 5) iterate topics and formats on the data.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["social-media"],
    zh: [
      "如果让你从 0 开始运营一个公众号 / 小红书 / 抖音账号，你会怎么做？",
      "新媒体运营高频题，考察平台理解和实操经验。",
      "1) 账号定位：目标人群、人设、内容方向，对标账号分析；2) 平台规则与推荐机制（小红书搜索+推荐、抖音完播和互动）；3) 内容规划和更新频率；4) 冷启动：蹭热点、投放（薯条/DOU+）、社群导流；5) 数据复盘和变现路径。",
    ],
    en: [
      "How would you grow a WeChat official account / Xiaohongshu / Douyin account from zero?",
      "A frequent social-media question: platform understanding and hands-on experience.",
      "1) Positioning: audience, persona, content direction, benchmark accounts; 2) platform rules and algorithms (search plus feed on Xiaohongshu, completion and engagement on Douyin); 3) content plan and posting cadence; 4) cold start: trends, paid boosts, community traffic; 5) data reviews and the path to monetisation.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["community"],
    zh: [
      "如何做社群/私域运营？如何保持社群活跃度并实现转化？",
      "私域是很多企业的增长重点，考察实操方法。",
      "1) 社群定位和价值（福利、干货、交流、服务）；2) 引流入群路径与分层（新人群、会员群）；3) 活跃：固定栏目、话题、活动、KOC 培养，避免刷屏；4) 转化：信任建立、限时福利、一对一跟进；5) 指标：入群率、活跃率、转化率、退群率。",
    ],
    en: [
      "How do you run community / private-domain operations, keeping groups active and converting?",
      "Private traffic is a growth focus for many companies; tests practical method.",
      "1) The group's purpose and value (perks, expertise, peer exchange, service); 2) how users join and how groups are tiered; 3) activity: regular features, topics, events, cultivating active members, no spam; 4) conversion: trust, time-limited offers, one-to-one follow-up; 5) metrics: join, activity, conversion and exit rates.",
    ],
  },
  {
    c: "technical",
    d: 3,
    tags: ["retention", "user-operations"],
    zh: [
      "如何召回流失用户？",
      "考察用户生命周期管理和精细化运营。",
      "1) 定义流失（多少天未活跃）并分析流失原因（数据 + 调研）；2) 分层：高价值用户优先，按流失原因分群；3) 触达渠道：短信、Push、邮件、社群，注意频次和成本；4) 召回内容：个性化权益、新功能、未完成的任务；5) 衡量召回率、召回后留存和 ROI。",
    ],
    en: [
      "How would you win back churned users?",
      "Tests lifecycle management and targeted operations.",
      "1) Define churn (days inactive) and find reasons (data plus research); 2) segment — high-value users first, grouped by reason; 3) channels: SMS, push, email, communities, minding frequency and cost; 4) content: personalised offers, new features, unfinished tasks; 5) measure reactivation rate, retention after return and ROI.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["advertising"],
    zh: [
      "你做过信息流/效果广告投放吗？如何优化投放 ROI？",
      "投放岗位核心问题，考察数据驱动的优化能力。",
      "1) 平台与出价方式（oCPM、oCPC）；2) 定向：人群包、兴趣、相似人群；3) 素材：多版本测试、前 3 秒抓眼球、卖点清晰；4) 漏斗优化：点击率、落地页转化率、后端转化；5) 预算分配、起量与稳量、数据归因。",
    ],
    en: [
      "Have you run paid social / performance ads? How do you improve ROI?",
      "The core question for paid-media roles: data-driven optimisation.",
      "1) Platforms and bidding (oCPM, oCPC); 2) targeting: audiences, interests, lookalikes; 3) creative: test many versions, hook in the first three seconds, clear selling point; 4) funnel: CTR, landing-page conversion, downstream conversion; 5) budget allocation, scaling vs stabilising, attribution.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["ecommerce-operations", "ecommerce"],
    zh: [
      "电商店铺运营中，你如何提升店铺的销售额？",
      "电商运营核心问题，考察对平台和经营的理解。",
      "1) 公式拆解：销售额 = 访客数 × 转化率 × 客单价；2) 流量：搜索优化（标题、关键词）、付费推广、活动报名、内容种草；3) 转化：主图详情页、评价、价格策略、客服响应；4) 客单价：搭配套餐、满减；5) 复购：会员、老客营销；6) 库存与选品。",
    ],
    en: [
      "How would you grow an online store's sales?",
      "The core e-commerce operations question: understanding platforms and trading.",
      "1) Sales = visitors × conversion × order value; 2) traffic: search optimisation (titles, keywords), paid promotion, platform campaigns, content seeding; 3) conversion: main images and product pages, reviews, pricing, customer-service response; 4) order value: bundles, spend thresholds; 5) repeat purchase: membership, returning-customer marketing; 6) inventory and assortment.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["short-video"],
    zh: [
      "直播/短视频运营中，你最看重哪些数据？如何提升直播间的转化？",
      "直播电商和短视频是重要渠道，考察实操与数据能力。",
      "1) 核心数据：在线人数、停留时长、互动率、转化率、UV 价值、GPM；2) 流量来源：自然推荐、短视频引流、付费投放；3) 提升转化：话术脚本、排品节奏（引流款、利润款）、福利与逼单、场景布置；4) 复盘：按时间段分析流量和成交曲线。",
    ],
    en: [
      "In live-stream and short-video operations, which numbers matter most, and how do you lift live-room conversion?",
      "Live commerce and short video are key channels; tests hands-on and data skills.",
      "1) Core data: concurrent viewers, watch time, engagement, conversion, value per viewer, GPM; 2) traffic sources: organic feed, short-video funnelling, paid boosts; 3) conversion: scripts, product sequencing (traffic drivers vs margin items), offers and urgency, set design; 4) review traffic and sales curves by time segment.",
    ],
  },
  {
    c: "technical",
    d: 3,
    tags: ["data-analysis", "conversion"],
    zh: [
      "活动结束后数据没有达到预期，你会如何复盘？",
      "考察复盘方法论和从失败中学习的能力。",
      "1) 对比目标与实际，逐层拆解漏斗找到差距最大的环节；2) 分渠道、分人群看表现；3) 区分策略问题（玩法、利益点）和执行问题（时间、资源、技术）；4) 外部因素影响；5) 形成可执行的改进清单。",
    ],
    en: [
      "A campaign missed its targets. How do you run the post-mortem?",
      "Tests post-mortem method and learning from failure.",
      "1) Compare target vs actual and walk the funnel to find the biggest gap; 2) break down by channel and audience; 3) separate strategy issues (mechanics, incentive) from execution issues (timing, resources, technical); 4) external factors; 5) produce an actionable improvement list.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["growth"],
    zh: [
      "你如何设计一个裂变拉新活动？如何防止薅羊毛？",
      "裂变是低成本获客的重要手段，考察机制设计和风控意识。",
      "1) 裂变机制：邀请有礼、拼团、助力、分销；2) 激励设计：双向奖励、阶梯奖励，奖励与产品价值相关；3) 传播链路：分享素材、落地页、新用户首单体验；4) 风控：设备/手机号校验、奖励延迟发放、异常行为识别；5) 衡量 K 因子、获客成本和新用户留存。",
    ],
    en: [
      "How would you design a referral (viral) acquisition campaign, and how do you stop reward abuse?",
      "Referral loops are a key low-cost channel; tests mechanism design and risk awareness.",
      "1) Mechanics: invite rewards, group buying, 'help me' boosts, affiliate; 2) incentives: two-sided, tiered, tied to product value; 3) the sharing path: assets, landing page, new-user first experience; 4) anti-abuse: device/phone checks, delayed rewards, anomaly detection; 5) measure K-factor, acquisition cost and new-user retention.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["kol"],
    zh: [
      "如何选择和评估 KOL/达人合作？",
      "达人营销是品牌和电商的重要渠道，考察判断和数据能力。",
      "1) 匹配度：粉丝画像与目标用户、内容调性；2) 数据真实性：互动率、评论质量、历史带货数据，识别刷量；3) 组合策略：头部造势 + 腰部/尾部铺量；4) 合作形式与 brief；5) 效果评估：曝光、互动、搜索增量、转化和 ROI。",
    ],
    en: [
      "How do you choose and evaluate influencer partnerships?",
      "Influencer marketing is a key channel for brands and e-commerce; tests judgement and data skills.",
      "1) Fit: audience vs target users, content tone; 2) authenticity: engagement rate, comment quality, past sales, spotting fake numbers; 3) mix: top creators for buzz plus mid/long-tail for reach; 4) formats and briefs; 5) evaluate exposure, engagement, search uplift, conversion and ROI.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["seo"],
    zh: [
      "SEO/ASO 的核心是什么？你如何提升自然流量？",
      "考察搜索流量获取能力。",
      "1) 关键词研究：搜索量、竞争度、意图；2) 内容优化：标题、描述、结构、高质量原创；3) 技术 SEO：页面速度、移动适配、结构化数据、站点地图；4) 外链与权威度；5) ASO：应用名称关键词、截图、评分评论；6) 数据监控与迭代。",
    ],
    en: [
      "What are the fundamentals of SEO/ASO, and how do you grow organic traffic?",
      "Tests acquiring search traffic.",
      "1) Keyword research: volume, competition, intent; 2) content: titles, descriptions, structure, original quality; 3) technical SEO: speed, mobile, structured data, sitemaps; 4) backlinks and authority; 5) ASO: keywords in the app name, screenshots, ratings; 6) monitor and iterate.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["copywriting"],
    zh: [
      "如何写出高转化的文案？请现场为我们的产品写一句推广文案。",
      "考察文案能力和对用户心理的理解。",
      "1) 明确目标用户和使用场景；2) 从卖点转化为用户利益点；3) 常用方法：痛点刺激、场景代入、数字具体化、社会认同、紧迫感；4) 不同渠道的文案差异；5) 通过 A/B 测试选择更优文案。",
    ],
    en: [
      "How do you write high-converting copy? Write a promotional line for our product now.",
      "Tests copywriting and understanding of user psychology.",
      "1) Know the audience and usage scenario; 2) turn features into user benefits; 3) techniques: pain points, scenarios, concrete numbers, social proof, urgency; 4) adapt per channel; 5) pick winners with A/B tests.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["user-operations"],
    zh: [
      "如何搭建会员体系或积分体系？",
      "考察用户激励机制设计能力。",
      "1) 目标：提升留存、复购和用户价值；2) 成长体系：等级、成长值来源与门槛；3) 权益设计：与用户需求匹配、成本可控、有差异化；4) 付费会员与免费会员的区别；5) 衡量会员与非会员的留存、ARPU 差异，避免只是「补贴」。",
    ],
    en: [
      "How would you build a membership or loyalty-points programme?",
      "Tests incentive mechanism design.",
      "1) Goals: retention, repeat purchase, user value; 2) progression: tiers, how points are earned, thresholds; 3) benefits that match needs, control cost and differentiate tiers; 4) paid vs free membership; 5) compare retention and ARPU of members vs non-members — make sure it isn't just a subsidy.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["marketing", "brand-design"],
    zh: [
      "品牌营销和效果营销有什么区别？如何衡量品牌活动的效果？",
      "考察营销全局认知。",
      "1) 品牌营销：建立认知和心智，长期；效果营销：直接转化，短期可衡量；2) 二者协同：品效合一；3) 品牌效果衡量：曝光、声量、搜索指数、品牌认知度调研、社媒情感分析；4) 长期对效果转化成本的影响。",
    ],
    en: [
      "How do brand and performance marketing differ, and how do you measure a brand campaign?",
      "Tests a full view of marketing.",
      "1) Brand builds awareness and mental availability over time; performance drives measurable conversions now; 2) how they work together; 3) brand measures: reach, share of voice, search interest, brand-lift surveys, social sentiment; 4) the long-term effect on acquisition cost.",
    ],
  },
  {
    c: "technical",
    d: 3,
    tags: ["public-relations"],
    zh: [
      "如果我们的产品在社交媒体上出现负面舆情，你会怎么处理？",
      "考察危机公关意识和应急处理能力。",
      "1) 快速监测和评估：传播范围、真实性、影响程度；2) 内部对齐事实，确定口径和负责人；3) 回应原则：及时、真诚、有具体行动；4) 渠道选择与跟进；5) 事后复盘，改进产品或服务，建立舆情预警机制。",
    ],
    en: [
      "If negative sentiment about our product spread on social media, how would you handle it?",
      "Tests crisis-communication awareness and response.",
      "1) Monitor and assess fast: reach, accuracy, severity; 2) establish the facts internally, agree the message and owner; 3) respond promptly, sincerely and with concrete action; 4) choose channels and follow up; 5) review afterwards, fix the product or service and set up early warning.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["data-analysis", "excel"],
    zh: [
      "运营工作中你常用哪些数据工具和分析方法？",
      "数据能力是运营的核心竞争力之一。",
      "1) 工具：Excel（透视表、函数）、BI 看板、平台后台数据、SQL（加分）；2) 方法：对比分析、漏斗分析、分群分析、趋势分析；3) 日常监控指标和报表；4) 一个用数据发现问题并改进的例子。",
    ],
    en: [
      "Which data tools and analysis methods do you use in operations?",
      "Data skills are a core advantage for operations people.",
      "1) Tools: Excel (pivots, formulas), BI dashboards, platform analytics, SQL as a plus; 2) methods: comparison, funnels, segmentation, trends; 3) the metrics and reports you watch daily; 4) an example of finding and fixing a problem with data.",
    ],
  },
  {
    c: "technical",
    d: 3,
    tags: ["overseas", "marketing"],
    zh: [
      "如果公司要把产品推广到海外市场，运营上需要做哪些准备？",
      "出海是热门方向，考察跨文化运营思维。",
      "1) 市场调研：用户习惯、竞品、渠道生态（Google、Meta、TikTok）；2) 本地化：语言、文化、支付、合规（GDPR 等）；3) 冷启动渠道与 KOL；4) 本地团队或合作伙伴；5) 指标和预算规划。",
    ],
    en: [
      "If we took the product to overseas markets, what would operations need to prepare?",
      "Going global is a hot direction; tests cross-cultural operating.",
      "1) Market research: user habits, competitors, channel ecosystem (Google, Meta, TikTok); 2) localisation: language, culture, payments, compliance such as GDPR; 3) cold-start channels and creators; 4) local team or partners; 5) metrics and budget.",
    ],
  },
  {
    c: "technical",
    d: 1,
    tags: ["user-operations"],
    zh: [
      "你觉得一个优秀的运营需要具备哪些能力？",
      "考察对岗位的理解和自我评估。",
      "1) 用户洞察；2) 数据分析与结果导向；3) 内容和策划能力；4) 执行力和项目管理；5) 跨部门沟通；结合自身经历说明最强的两项。",
    ],
    en: [
      "What makes an excellent operations person?",
      "Tests understanding of the role and self-assessment.",
      "1) User insight; 2) data analysis and results focus; 3) content and planning; 4) execution and project management; 5) cross-team communication — illustrate your two strongest from experience.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["user-operations", "retention"],
    zh: [
      "新用户注册后的第一周，你会设计怎样的激活路径？",
      "激活是留存的前提，考察新手期运营设计。",
      "1) 找到产品的 Aha 时刻；2) 新手引导：任务清单、新人礼包；3) 分阶段触达（D0/D1/D3/D7）：Push、短信、站内信；4) 根据行为分流（已激活 vs 未激活）；5) 衡量激活率和次周留存。",
    ],
    en: [
      "What activation path would you design for a new user's first week?",
      "Activation comes before retention; tests onboarding design.",
      "1) Identify the product's aha moment; 2) onboarding: checklists, welcome offers; 3) staged touches (day 0/1/3/7) via push, SMS, in-app; 4) branch by behaviour (activated vs not); 5) measure activation and week-2 retention.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["content-operations", "social-media"],
    zh: [
      "如何追热点？怎样判断一个热点值不值得跟？",
      "考察内容敏感度与品牌风险意识。",
      "1) 热点监测渠道（微博热搜、抖音热榜、行业动态）；2) 判断标准：与品牌/用户的相关性、时效性、风险（敏感话题不碰）；3) 快速产出流程；4) 角度差异化；5) 复盘热点内容的数据表现。",
    ],
    en: [
      "How do you ride trending topics, and how do you decide whether one is worth it?",
      "Tests content instinct and brand-risk awareness.",
      "1) Where you monitor trends (Weibo, Douyin charts, industry news); 2) criteria: relevance to brand and users, timing, risk — avoid sensitive topics; 3) a fast production workflow; 4) a distinctive angle; 5) review how trend-driven content performed.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["event", "marketing"],
    zh: [
      "给你 10 万元预算做一次品牌推广，你会如何分配？",
      "考察预算规划和渠道判断能力。",
      "1) 先明确目标（曝光、拉新、转化）和目标人群；2) 渠道组合及比例（内容种草、投放、KOL、线下）并说明理由；3) 预留测试预算，小规模验证后加码；4) 效果衡量和止损标准；5) 预期产出估算。",
    ],
    en: [
      "With a ¥100k budget for brand promotion, how would you allocate it?",
      "Tests budgeting and channel judgement.",
      "1) Clarify the goal (awareness, acquisition, conversion) and audience; 2) channel mix and shares (content seeding, paid ads, creators, offline) with reasons; 3) hold back a test budget and scale what works; 4) success measures and stop-loss rules; 5) estimated outcome.",
    ],
  },
  // —— Project ——
  {
    c: "project",
    d: 2,
    zh: [
      "讲一个你负责过的、数据最好的运营项目，你具体做了什么？",
      "运营面试主线，考察个人贡献和结果。",
      "1) 背景与目标；2) 策略制定的依据（用户洞察、数据）；3) 你亲自执行的关键动作；4) 结果数据（拉新、转化、GMV、ROI）；5) 可复用的方法论。",
    ],
    en: [
      "Tell me about your best-performing operations project and exactly what you did.",
      "The backbone of an operations interview: your contribution and results.",
      "1) Context and goal; 2) what the strategy was based on (insight, data); 3) the key actions you personally took; 4) results (new users, conversion, GMV, ROI); 5) the reusable method.",
    ],
  },
  {
    c: "project",
    d: 2,
    zh: [
      "你做过的活动/内容中，有没有「爆款」？你认为它成功的原因是什么？能否复制？",
      "考察总结规律的能力，区分运气和方法。",
      "1) 爆款数据表现；2) 成功因素拆解（选题、时机、形式、渠道、传播机制）；3) 哪些是可控因素；4) 是否尝试复制及结果；5) 沉淀的方法论。",
    ],
    en: [
      "Have you had a breakout hit campaign or post? Why did it work, and can it be repeated?",
      "Tests extracting patterns — separating luck from method.",
      "1) The numbers; 2) break down the factors (topic, timing, format, channel, sharing mechanics); 3) which were controllable; 4) whether you tried to repeat it and how it went; 5) the method you kept.",
    ],
  },
  {
    c: "project",
    d: 2,
    zh: [
      "在你的项目中，运营和产品、市场、销售是怎么配合的？",
      "运营需要大量跨部门协作，考察协同能力。",
      "1) 各方职责边界；2) 你推动协作的方式（需求提报、周会、共享看板）；3) 一次资源或目标冲突及解决；4) 最终结果。",
    ],
    en: [
      "On your projects, how did operations work with product, marketing and sales?",
      "Operations depends on cross-team collaboration.",
      "1) Each team's responsibilities; 2) how you drove collaboration (requests, weekly syncs, shared dashboards); 3) a conflict over resources or goals and its resolution; 4) the result.",
    ],
  },
  {
    c: "project",
    d: 3,
    zh: [
      "你的运营成果中，哪些是你的策略带来的，哪些是自然增长或其他因素带来的？",
      "检验成果归因的客观性。",
      "1) 基线和自然增长趋势；2) 对照组或分渠道数据；3) 剔除其他活动、季节性的影响；4) 给出相对可信的增量估算；5) 坦诚说明不确定性。",
    ],
    en: [
      "Of your results, how much came from your strategy and how much from organic growth or other factors?",
      "Tests objectivity in attribution.",
      "1) Baseline and organic trend; 2) control groups or per-channel data; 3) remove effects of other campaigns and seasonality; 4) a credible estimate of the increment; 5) honesty about the uncertainty.",
    ],
  },
  // —— Behavioural ——
  {
    c: "behavioral",
    d: 2,
    zh: [
      "活动上线当天出现了重大问题（如奖品发错、页面崩溃），你怎么处理？",
      "考察应急处理能力和用户沟通。",
      "1) 立即止损：暂停活动或入口；2) 评估影响范围和用户损失；3) 协调技术修复；4) 对用户的公告与补偿方案；5) 复盘，完善上线检查清单和预案。",
    ],
    en: [
      "On launch day a campaign has a serious problem (wrong prizes, page crashes). What do you do?",
      "Tests incident handling and user communication.",
      "1) Stop the damage: pause the campaign or entry point; 2) assess impact and user losses; 3) coordinate the technical fix; 4) announce and compensate users; 5) post-mortem, improve the launch checklist and contingency plans.",
    ],
  },
  {
    c: "behavioral",
    d: 1,
    zh: [
      "运营工作琐碎且经常需要加班，你怎么看？",
      "考察对岗位的真实预期和稳定性。",
      "1) 理解运营的节奏（大促、活动期）；2) 通过流程化、模板化、自动化提升效率；3) 在琐碎中关注数据和结果带来的成就感；4) 举例说明你如何提升效率。",
    ],
    en: [
      "Operations work is fiddly and often means overtime. How do you feel about that?",
      "Tests realistic expectations and staying power.",
      "1) Accept the rhythm of peaks and campaigns; 2) improve efficiency with processes, templates and automation; 3) find satisfaction in the data and results; 4) an example of making your work more efficient.",
    ],
  },
  {
    c: "behavioral",
    d: 2,
    zh: [
      "你如何保持对用户和流行趋势的敏感度？",
      "运营需要贴近用户，考察学习和洞察习惯。",
      "1) 高频使用目标平台，关注用户评论和反馈；2) 定期和用户面对面交流；3) 关注行业案例和报告；4) 建立灵感库；5) 最近一个观察及如何用到工作中。",
    ],
    en: [
      "How do you stay close to users and trends?",
      "Operations must stay close to users; tests learning and insight habits.",
      "1) Use the target platforms heavily and read user comments; 2) talk to users regularly; 3) follow industry cases and reports; 4) keep an inspiration library; 5) a recent observation and how you used it.",
    ],
  },
]);
