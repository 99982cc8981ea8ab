/** Sales, business development, account management and customer success. */
import { defineBank } from "./types";

export const SALES = defineBank("sales", [
  {
    c: "technical",
    d: 1,
    tags: ["presentation"],
    zh: [
      "请现场向我推销一下这支笔（或我们的产品）。",
      "经典销售题，考察需求挖掘意识和表达能力，而不是背诵卖点。",
      "1) 先提问了解对方需求（用笔的场景、痛点、现在用什么）；2) 把产品特点转化为对方关心的利益；3) 处理异议；4) 尝试成交（给出明确的下一步）；5) 注意倾听多于介绍。",
    ],
    en: [
      "Sell me this pen (or our product).",
      "The classic sales question: it tests discovery and communication, not reciting features.",
      "1) Ask questions first — when they use a pen, pain points, what they use now; 2) translate features into benefits they care about; 3) handle objections; 4) ask for the close with a clear next step; 5) listen more than you pitch.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["lead-generation"],
    zh: [
      "你是如何开发新客户的？线索从哪里来？",
      "考察获客能力和方法。",
      "1) 线索来源：市场活动、转介绍、行业展会、线上渠道、陌拜/电话、合作伙伴；2) 目标客户画像（ICP）与筛选；3) 首次触达话术和价值主张；4) 跟进节奏与转化率数据；5) 最有效的渠道及原因。",
    ],
    en: [
      "How do you find new customers? Where do your leads come from?",
      "Tests prospecting ability and method.",
      "1) Sources: marketing events, referrals, trade shows, online channels, cold outreach, partners; 2) your ideal customer profile and qualification; 3) first-touch message and value proposition; 4) follow-up cadence and conversion rates; 5) your most effective channel and why.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["key-accounts"],
    zh: [
      "大客户销售的流程是怎样的？一个大单通常如何推进？",
      "B2B 销售核心问题，考察复杂销售的推进能力。",
      "1) 线索识别与资格判断（BANT：预算、决策权、需求、时间）；2) 需求调研与决策链分析（使用者、决策者、影响者、采购）；3) 方案呈现、试用/POC；4) 商务谈判与合同；5) 交付与客户成功；6) 每个阶段的关键动作和风险。",
    ],
    en: [
      "What does the key-account sales process look like, and how do you move a large deal forward?",
      "The core B2B sales question: managing complex sales.",
      "1) Qualify leads (BANT: budget, authority, need, timing); 2) discovery and mapping the buying committee (users, decision-makers, influencers, procurement); 3) solution presentation, trial or POC; 4) negotiation and contract; 5) delivery and customer success; 6) key actions and risks at each stage.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["negotiation"],
    zh: [
      "客户说「你们的价格太贵了」，你会怎么回应？",
      "最常见的异议处理，考察价值销售能力。",
      "1) 先认同并探询：贵是和谁比、预算多少、最看重什么；2) 重新强调价值和投资回报（ROI 测算、隐性成本对比）；3) 提供选项：调整配置、分期、长期合作优惠，而不是直接降价；4) 守住底线；5) 举例。",
    ],
    en: [
      "A customer says, 'Your price is too high.' How do you respond?",
      "The most common objection; tests value selling.",
      "1) Acknowledge and probe: compared with what, what budget, what matters most; 2) re-anchor on value and ROI (a calculation, hidden costs of alternatives); 3) offer options — scope, phasing, multi-year terms — rather than discounting; 4) hold your floor; 5) an example.",
    ],
  },
  {
    c: "technical",
    d: 3,
    tags: ["negotiation"],
    zh: [
      "讲讲你的谈判技巧。在谈判中你如何做让步？",
      "考察商务谈判的策略性。",
      "1) 谈判前准备：目标、底线（BATNA）、对方诉求和决策人；2) 先探询后报价，锚定效应；3) 让步原则：有条件交换、幅度递减、不轻易首先让步；4) 寻找双赢的交换点（付款周期、合同年限、案例授权）；5) 一个实际谈判案例及结果。",
    ],
    en: [
      "Talk me through your negotiation approach. How do you make concessions?",
      "Tests strategic negotiation.",
      "1) Prepare: goals, walk-away point (BATNA), the other side's interests and decision-makers; 2) discover before quoting; anchoring; 3) concessions: always trade, shrinking steps, never concede first lightly; 4) find win-win trades (payment terms, contract length, case-study rights); 5) a real negotiation and its outcome.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["pipeline", "sales-performance"],
    zh: [
      "你如何管理自己的销售漏斗和业绩预测？",
      "考察销售管理的系统性和预测准确性。",
      "1) 漏斗阶段定义和各阶段转化率；2) 用 CRM 记录和更新商机；3) 根据阶段、金额、赢率加权预测；4) 定期清理停滞商机、聚焦高价值机会；5) 历史预测准确率和改进。",
    ],
    en: [
      "How do you manage your pipeline and forecast?",
      "Tests systematic sales management and forecast accuracy.",
      "1) Stage definitions and stage conversion rates; 2) keep opportunities current in the CRM; 3) weight the forecast by stage, value and win probability; 4) prune stalled deals and focus on high-value ones; 5) your historical forecast accuracy and how you improved it.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["key-accounts"],
    zh: [
      "如何找到并搞定客户内部的关键决策人？",
      "B2B 销售中多方决策是难点，考察客户关系经营能力。",
      "1) 绘制决策链：发起人、使用者、技术把关者、决策者、采购；2) 通过内线（教练）了解真实情况；3) 针对不同角色提供不同价值（业务收益、技术可行、成本合规）；4) 高层拜访与对等沟通；5) 防范反对者的影响。",
    ],
    en: [
      "How do you identify and win over the real decision-maker at a customer?",
      "Multi-party decisions are the hard part of B2B sales; tests relationship strategy.",
      "1) Map the chain: initiator, users, technical gatekeeper, economic buyer, procurement; 2) use an internal champion to learn what's really happening; 3) tailor value per role (business gains, technical fit, cost and compliance); 4) executive meetings between peers; 5) neutralise detractors.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["customer-success"],
    zh: [
      "成交之后，你如何维护客户关系并提升续约和增购？",
      "考察客户生命周期经营，SaaS 类销售尤其重要。",
      "1) 交付与上线陪跑，确保客户用起来并看到价值；2) 定期业务回顾（QBR），用数据展示价值；3) 健康度监测：使用率、活跃度、满意度；4) 风险预警与挽回；5) 识别新需求进行增购、争取转介绍。",
    ],
    en: [
      "After closing, how do you maintain the relationship and drive renewals and expansion?",
      "Tests managing the customer lifecycle; vital in SaaS sales.",
      "1) Support onboarding so customers actually use it and see value; 2) quarterly business reviews showing value in numbers; 3) health monitoring: usage, activity, satisfaction; 4) early warnings and save plays; 5) spot new needs for expansion and ask for referrals.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["channel"],
    zh: [
      "如何开发和管理渠道代理商？",
      "渠道销售核心能力。",
      "1) 渠道伙伴的选择标准（客户资源、行业覆盖、服务能力）；2) 合作政策：返点、区域保护、价格体系；3) 赋能：培训、市场支持、联合拜访；4) 考核与激励；5) 渠道冲突（直销与渠道、渠道之间）的处理。",
    ],
    en: [
      "How do you recruit and manage channel partners?",
      "The core skill in channel sales.",
      "1) Selection criteria: customer base, industry coverage, service capability; 2) programme terms: margins/rebates, territory protection, price structure; 3) enablement: training, marketing support, joint calls; 4) targets and incentives; 5) handling conflict between direct and channel sales and between partners.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["presentation", "presales"],
    zh: [
      "如何准备一次给客户高层的方案汇报？",
      "考察方案呈现和高层沟通能力。",
      "1) 会前了解高层关注点（战略、营收、成本、风险）；2) 结构：客户现状与挑战 → 方案 → 价值与 ROI → 成功案例 → 下一步；3) 用客户的语言和数据；4) 控制时间、准备问答；5) 会后跟进纪要和行动项。",
    ],
    en: [
      "How do you prepare a proposal presentation for a customer's executives?",
      "Tests solution presentation and executive communication.",
      "1) Learn what the executives care about (strategy, revenue, cost, risk); 2) structure: their situation and challenges → solution → value and ROI → reference cases → next steps; 3) their language and their numbers; 4) keep to time and prepare for questions; 5) follow up with notes and action items.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["bidding"],
    zh: [
      "你参与过招投标项目吗？如何提高中标率？",
      "政企和大客户销售常见场景。",
      "1) 提前介入：在招标前参与需求引导；2) 研读招标文件：资质、评分标准、废标条款；3) 标书的技术和商务部分针对评分项逐条响应；4) 报价策略；5) 讲标准备和复盘。",
    ],
    en: [
      "Have you worked on tenders? How do you raise your win rate?",
      "A common scenario in public-sector and enterprise sales.",
      "1) Get involved before the tender is issued and help shape requirements; 2) study the documents: qualifications, scoring criteria, disqualification clauses; 3) answer every scoring item in the technical and commercial sections; 4) pricing strategy; 5) prepare the presentation and review afterwards.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["key-accounts"],
    zh: [
      "你如何在第一次拜访中挖掘客户的真实需求？",
      "需求挖掘是顾问式销售的核心。",
      "1) 会前研究客户行业、业务和近期动态；2) SPIN 提问：背景问题、难点问题、暗示问题、需求-效益问题；3) 多听少说，记录关键信息；4) 确认理解并约定下一步；5) 举例。",
    ],
    en: [
      "How do you uncover a customer's real needs in the first meeting?",
      "Discovery is the core of consultative selling.",
      "1) Research their industry, business and recent news beforehand; 2) SPIN questions: situation, problem, implication, need-payoff; 3) listen more than you talk and take notes; 4) confirm understanding and agree next steps; 5) an example.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["business-development"],
    zh: [
      "BD（商务拓展）的核心工作是什么？如何谈成一个战略合作？",
      "考察商务合作的思路和资源整合能力。",
      "1) 明确合作目标（流量、资源、收入、品牌）；2) 寻找合作方并评估匹配度；3) 设计双方都能获益的合作模式；4) 推动内部审批和资源协调；5) 合作落地和效果评估。",
    ],
    en: [
      "What is the core of business development, and how do you land a strategic partnership?",
      "Tests partnership thinking and pulling resources together.",
      "1) Be clear on the goal (traffic, resources, revenue, brand); 2) find and assess partners for fit; 3) design a model where both sides win; 4) drive internal approvals and resources; 5) launch and measure the partnership.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["crm"],
    zh: [
      "你使用 CRM 的习惯是怎样的？CRM 对你的工作有什么帮助？",
      "考察销售过程管理的规范性。",
      "1) 及时录入客户信息、拜访记录、商机阶段；2) 用 CRM 安排跟进提醒和优先级；3) 通过数据分析自己的转化率和短板；4) 团队协作和交接；5) 使用过的系统（Salesforce、纷享销客、销售易等）。",
    ],
    en: [
      "How do you use a CRM, and how does it help your work?",
      "Tests discipline in managing the sales process.",
      "1) Log accounts, meetings and opportunity stages promptly; 2) use reminders and priorities for follow-ups; 3) analyse your own conversion rates and weak spots; 4) team collaboration and hand-overs; 5) systems you've used (Salesforce, HubSpot and local equivalents).",
    ],
  },
  {
    c: "technical",
    d: 3,
    tags: ["sales-performance"],
    zh: [
      "如果这个季度业绩完成率只有 60%，距离季末还有一个月，你会怎么做？",
      "考察压力下的业绩冲刺策略。",
      "1) 盘点漏斗：哪些商机可以在本季度成交，差距多大；2) 聚焦高赢率、高金额商机，加速推进（高层拜访、限时政策）；3) 挖掘老客户增购和续约提前；4) 寻求团队和上级支持；5) 同时为下季度储备，避免透支。",
    ],
    en: [
      "You're at 60% of quota with one month left in the quarter. What do you do?",
      "Tests closing strategy under pressure.",
      "1) Audit the pipeline: what can realistically close this quarter and how big the gap is; 2) focus on high-probability, high-value deals and accelerate (executive calls, time-bound terms); 3) pull forward expansions and renewals from existing customers; 4) ask your team and manager for help; 5) keep building next quarter's pipeline instead of mortgaging it.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["customer-service"],
    zh: [
      "客户对交付结果非常不满意并威胁解约，你会怎么处理？",
      "考察客诉处理和客户挽回能力。",
      "1) 先倾听和共情，不辩解；2) 了解问题事实和客户真实诉求；3) 协调内部资源给出补救方案和时间表；4) 持续跟进，定期同步进展；5) 事后复盘，改进交付流程，重建信任。",
    ],
    en: [
      "A customer is very unhappy with delivery and threatens to cancel. How do you handle it?",
      "Tests complaint handling and saving accounts.",
      "1) Listen and empathise — don't argue; 2) establish the facts and what they really need; 3) mobilise internal resources for a remedy with a timeline; 4) follow up and report progress regularly; 5) review afterwards, fix the delivery process and rebuild trust.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["b2b-product", "presales"],
    zh: [
      "你如何快速了解一个新行业并成为客户眼中的专家？",
      "换行业或做新产品线时的关键能力。",
      "1) 研读行业报告、政策、头部企业财报；2) 拜访行业客户和专家，学习业务流程和痛点；3) 整理常见问题和行业案例库；4) 参加行业会议；5) 用客户的业务语言沟通。",
    ],
    en: [
      "How do you get up to speed on a new industry quickly enough to be seen as an expert?",
      "Key when changing industries or product lines.",
      "1) Read industry reports, regulation and leading companies' results; 2) meet customers and experts to learn workflows and pain points; 3) build an FAQ and case library; 4) attend industry events; 5) talk in the customer's business language.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["competitive-analysis", "key-accounts"],
    zh: [
      "客户说「你们竞争对手的产品更便宜、功能也差不多」，你怎么应对？",
      "竞争性销售中的常见场景。",
      "1) 不贬低对手，先了解客户的比较维度；2) 突出差异化价值（服务、稳定性、行业经验、总拥有成本）；3) 用成功案例和客户证言；4) 提出客户可能忽略的评估标准；5) 必要时安排试用或对比测试。",
    ],
    en: [
      "A customer says a competitor is cheaper with similar features. How do you respond?",
      "A common moment in competitive deals.",
      "1) Don't disparage competitors — learn how they're comparing; 2) stress differentiated value (service, reliability, industry experience, total cost of ownership); 3) use case studies and references; 4) raise evaluation criteria they may have missed; 5) offer a trial or side-by-side test if needed.",
    ],
  },
  {
    c: "technical",
    d: 1,
    tags: ["sales-performance"],
    zh: [
      "你认为优秀的销售最重要的素质是什么？",
      "考察对销售职业的理解。",
      "1) 目标感和韧性（能承受拒绝）；2) 同理心与需求洞察；3) 专业度（产品与行业知识）；4) 自律和过程管理；5) 用自己的业绩和例子佐证。",
    ],
    en: [
      "What is the most important quality of a great salesperson?",
      "Tests how you understand the profession.",
      "1) Drive and resilience in the face of rejection; 2) empathy and insight into needs; 3) expertise in product and industry; 4) self-discipline and process; 5) back it with your own results and examples.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["lead-generation"],
    zh: [
      "打陌生电话时，对方在 30 秒内就想挂断，你怎么争取继续沟通的机会？",
      "考察开场能力和临场应变。",
      "1) 开场 10 秒说清你是谁、为什么找他、对他有什么价值；2) 用同行业案例或具体数据引起兴趣；3) 提一个开放式问题让对方参与；4) 目标是约下一步（会议/资料），而不是当场成交；5) 礼貌结束并跟进。",
    ],
    en: [
      "On a cold call, the prospect wants to hang up within 30 seconds. How do you earn more time?",
      "Tests openings and thinking on your feet.",
      "1) In ten seconds say who you are, why them and what's in it for them; 2) spark interest with a peer case or a specific number; 3) ask an open question to involve them; 4) aim for the next step (a meeting, materials), not a sale; 5) close politely and follow up.",
    ],
  },
  {
    c: "technical",
    d: 3,
    tags: ["leadership", "sales-performance"],
    zh: [
      "如果你带一个销售团队，如何提升团队整体业绩？",
      "销售管理岗位必问。",
      "1) 目标拆解到人和到周；2) 过程管理：拜访量、商机数、转化率等先行指标；3) 辅导：陪访、复盘、话术和案例分享；4) 激励机制与氛围；5) 识别并复制高绩效者的方法，帮扶后进。",
    ],
    en: [
      "If you led a sales team, how would you lift overall performance?",
      "A must-ask for sales management roles.",
      "1) Break targets down by person and week; 2) manage leading indicators: meetings, opportunities, conversion rates; 3) coach through ride-alongs, deal reviews, talk tracks and shared wins; 4) incentives and team spirit; 5) replicate what top performers do and support those behind.",
    ],
  },
  // —— Project ——
  {
    c: "project",
    d: 2,
    zh: [
      "讲一个你签下的最有代表性的单子：从接触到成交经历了什么？",
      "销售面试主线，考察真实的成单能力和个人贡献。",
      "1) 客户背景和金额；2) 线索来源和初期判断；3) 关键转折点（决策人、竞争、异议）及你的动作；4) 谈判与成交；5) 后续交付和复购/转介绍。",
    ],
    en: [
      "Tell me about your most representative deal, from first contact to close.",
      "The backbone of a sales interview: real deal-making and your own part in it.",
      "1) Customer and deal size; 2) lead source and early qualification; 3) turning points (decision-maker, competition, objections) and what you did; 4) negotiation and close; 5) delivery, renewal or referrals afterwards.",
    ],
  },
  {
    c: "project",
    d: 2,
    zh: [
      "讲一个你最终丢掉的单子，原因是什么？",
      "考察复盘能力和对失败的客观认识。",
      "1) 背景和丢单结果；2) 客观分析原因（需求判断、决策人覆盖、价格、竞争、时机）；3) 哪些是你可以做得更好的；4) 之后在销售方法上的调整；5) 与客户保持的关系。",
    ],
    en: [
      "Tell me about a deal you lost. Why did you lose it?",
      "Tests reflection and an honest view of failure.",
      "1) The situation and outcome; 2) an objective analysis (misread needs, missed decision-makers, price, competition, timing); 3) what you could have done better; 4) how you changed your approach; 5) the relationship you kept with the customer.",
    ],
  },
  {
    c: "project",
    d: 2,
    zh: [
      "你过去的业绩数据是怎样的？在团队中排名如何？",
      "检验业绩的真实性和可持续性。",
      "1) 年度/季度目标与完成率；2) 签约额、客户数、客单价、回款；3) 团队排名和市场环境；4) 业绩背后的方法；5) 数字要经得起背调。",
    ],
    en: [
      "What do your past sales numbers look like, and where did you rank on the team?",
      "Checks that results are real and repeatable.",
      "1) Annual/quarterly targets and attainment; 2) bookings, number of accounts, deal size, collections; 3) team ranking and market conditions; 4) the method behind the numbers; 5) figures that will survive a reference check.",
    ],
  },
  {
    c: "project",
    d: 3,
    zh: [
      "讲一次你通过扩大合作范围，把一个小客户做成大客户的经历。",
      "考察客户深耕和增长能力。",
      "1) 初始合作规模；2) 如何发现更多需求和其他部门机会；3) 建立信任和口碑的关键动作；4) 扩展的路径和阻力；5) 最终合作规模与增长倍数。",
    ],
    en: [
      "Tell me about growing a small account into a large one.",
      "Tests account development and growth.",
      "1) The starting size; 2) how you found further needs and other departments; 3) the key actions that built trust and reputation; 4) the expansion path and obstacles; 5) the final size and growth multiple.",
    ],
  },
  // —— Behavioural ——
  {
    c: "behavioral",
    d: 2,
    zh: [
      "销售经常被拒绝，你如何保持状态？",
      "考察抗压能力和自我激励。",
      "1) 正确看待拒绝：是筛选过程而非对个人的否定；2) 从每次拒绝中复盘改进；3) 关注过程指标，积小胜；4) 调节情绪的方式；5) 一个坚持后最终成交的例子。",
    ],
    en: [
      "Sales means constant rejection. How do you stay motivated?",
      "Tests resilience and self-motivation.",
      "1) See rejection as qualification, not a personal verdict; 2) learn something from each one; 3) track activity metrics and celebrate small wins; 4) how you manage your mood; 5) a deal you won by persisting.",
    ],
  },
  {
    c: "behavioral",
    d: 3,
    zh: [
      "客户提出的要求超出了公司政策（如额外折扣或特殊条款），你怎么处理？",
      "考察在客户利益和公司利益之间的平衡，以及合规意识。",
      "1) 了解客户要求背后的原因；2) 评估对公司的影响和先例风险；3) 内部申请时准备充分的商业理由；4) 寻找政策内的替代方案；5) 坚守合规底线。",
    ],
    en: [
      "A customer asks for something beyond company policy, such as an extra discount or special terms. What do you do?",
      "Tests balancing customer and company interests, and compliance.",
      "1) Understand why they want it; 2) assess the impact and the precedent it sets; 3) if you escalate, bring a solid business case; 4) look for alternatives within policy; 5) never cross compliance lines.",
    ],
  },
  {
    c: "behavioral",
    d: 2,
    zh: [
      "你和同事在争抢同一个客户时，会怎么处理？",
      "考察团队意识和规则意识。",
      "1) 遵循公司的客户归属规则（报备、CRM 记录）；2) 以客户利益和公司整体业绩为先；3) 主动沟通，必要时请上级裁决；4) 探讨合作分成的可能；5) 维护长期同事关系。",
    ],
    en: [
      "How would you handle a colleague competing with you for the same customer?",
      "Tests team spirit and respect for rules.",
      "1) Follow the company's account ownership rules (registration, CRM records); 2) put the customer and team results first; 3) talk it through and escalate if needed; 4) consider splitting credit; 5) protect the working relationship.",
    ],
  },
]);
