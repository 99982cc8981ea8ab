/** General roles: HR (recruiting, HRBP, compensation, training, employee relations), administration, finance. */
import { defineBank } from "./types";

export const GENERAL = defineBank("general", [
  {
    c: "technical",
    d: 2,
    tags: ["recruiting"],
    zh: [
      "你如何完成一个紧急且难招的岗位？讲讲你的招聘流程。",
      "招聘岗位核心问题，考察渠道策略和全流程把控。",
      "1) 与用人部门澄清岗位画像（必备 vs 加分、薪资范围、团队情况）；2) 渠道组合：招聘网站、内推、猎头、人才库、社交平台主动寻访；3) 简历筛选与面试流程设计（结构化面试）；4) 候选人体验与 offer 谈判；5) 关键指标：到岗周期、渠道转化率、试用期通过率。",
    ],
    en: [
      "How do you fill an urgent, hard-to-fill role? Walk me through your recruiting process.",
      "The core recruiting question: channel strategy and control of the whole funnel.",
      "1) Calibrate the profile with the hiring manager (must-haves vs nice-to-haves, pay range, team); 2) channel mix: job boards, referrals, agencies, talent pools, proactive sourcing; 3) screening and a structured interview process; 4) candidate experience and offer negotiation; 5) metrics: time to fill, channel conversion, probation pass rate.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["recruiting"],
    zh: [
      "如何判断一个候选人是否合适？你常用哪些面试方法？",
      "考察识人能力和面试专业度。",
      "1) 基于岗位胜任力模型设计考察点；2) 行为面试法（STAR 追问细节）、情景模拟、专业测试；3) 识别夸大：追问具体数据、个人角色、他人评价；4) 文化匹配和动机判断；5) 与用人部门的评估校准。",
    ],
    en: [
      "How do you judge whether a candidate fits? Which interview methods do you use?",
      "Tests your eye for people and interviewing craft.",
      "1) Design the assessment around a competency model; 2) behavioural interviewing (STAR with probing), role plays, skills tests; 3) spot exaggeration by probing numbers, personal role and others' views; 4) assess motivation and culture fit; 5) calibrate with the hiring team.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["recruiting", "negotiation"],
    zh: [
      "候选人拿到 offer 后犹豫或想拒绝，你会怎么做？",
      "考察 offer 谈判和候选人关系管理。",
      "1) 了解真实顾虑（薪资、发展、通勤、其他 offer）；2) 针对性回应：澄清成长路径、团队、福利，必要时争取调整；3) 安排用人经理或团队沟通；4) 尊重候选人决定，不施压；5) 即使拒绝也保持关系，纳入人才库。",
    ],
    en: [
      "A candidate hesitates or wants to decline your offer. What do you do?",
      "Tests offer negotiation and candidate relationships.",
      "1) Find the real concern (pay, growth, commute, another offer); 2) address it — clarify growth path, team, benefits, and push for adjustments where justified; 3) arrange a conversation with the hiring manager or team; 4) respect their decision without pressure; 5) keep the relationship and add them to the talent pool.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["recruiting"],
    zh: [
      "如何策划一次校园招聘？",
      "校招是很多企业的重要人才来源，考察项目策划能力。",
      "1) 需求汇总与目标院校选择；2) 雇主品牌宣传（宣讲会、线上直播、社交媒体）；3) 流程设计：网申、笔试、多轮面试、offer 发放节奏；4) 时间线与资源协调；5) 效果评估：投递量、转化率、签约率、违约率。",
    ],
    en: [
      "How would you plan a campus recruiting season?",
      "Campus hiring is a major talent source; tests programme planning.",
      "1) Consolidate demand and choose target universities; 2) employer branding (info sessions, livestreams, social media); 3) process: online applications, tests, interview rounds, offer timing; 4) timeline and resources; 5) measure applications, conversion, acceptance and reneges.",
    ],
  },
  {
    c: "technical",
    d: 3,
    tags: ["hr-management"],
    zh: [
      "你怎么理解 HRBP 的角色？如何成为业务的伙伴而不是「事务执行者」？",
      "HRBP 岗位核心问题，考察业务理解和价值定位。",
      "1) HRBP 是连接业务战略和人力资源的桥梁；2) 深入理解业务：参加业务会议、了解核心指标；3) 从业务问题出发：组织设计、人才盘点、关键岗位招聘、激励；4) 用数据说话（人效、流失率）；5) 举例说明你推动的组织或人才项目及业务结果。",
    ],
    en: [
      "How do you see the HRBP role, and how do you become a business partner rather than an administrator?",
      "The core HRBP question: business understanding and where you add value.",
      "1) The HRBP links business strategy and people practice; 2) learn the business: attend its meetings, know its metrics; 3) start from business problems: org design, talent reviews, key hires, incentives; 4) use data (productivity per head, attrition); 5) an organisational or talent initiative you drove and its business result.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["performance-management"],
    zh: [
      "你如何设计或推行绩效管理体系？KPI 和 OKR 如何选择？",
      "绩效是人力资源的核心模块，考察方法论与推行经验。",
      "1) 绩效目的：对齐目标、激励、发展；2) KPI 适合结果可量化、稳定的岗位；OKR 适合创新、需要挑战和对齐的团队，通常不与薪酬强挂钩；3) 流程：目标设定、过程辅导、评估、校准、反馈面谈；4) 常见问题：形式化、强制分布的副作用；5) 推行中的沟通和培训。",
    ],
    en: [
      "How do you design or roll out performance management? How do you choose between KPIs and OKRs?",
      "Performance is a core HR module; tests method and rollout experience.",
      "1) Purpose: alignment, motivation, development; 2) KPIs fit stable, measurable roles; OKRs fit innovative teams needing stretch and alignment, usually decoupled from pay; 3) cycle: goal setting, coaching, review, calibration, feedback conversations; 4) pitfalls: box-ticking, side effects of forced distribution; 5) communication and training during rollout.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["performance-management", "employee-relations"],
    zh: [
      "如何与一位绩效不达标的员工进行绩效面谈？",
      "考察沟通技巧和对员工关系风险的把控。",
      "1) 准备事实和数据，提前与其上级对齐；2) 先听员工的看法，营造安全氛围；3) 就事论事，明确差距和期望；4) 共同制定改进计划（PIP）及支持措施、时间节点；5) 全程书面记录，符合劳动法要求。",
    ],
    en: [
      "How would you run a performance conversation with an underperforming employee?",
      "Tests communication skill and control of employee-relations risk.",
      "1) Prepare facts and data and align with their manager first; 2) hear their view and keep it safe; 3) focus on behaviour and results, and make gaps and expectations explicit; 4) agree an improvement plan with support and deadlines; 5) document everything in line with employment law.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["compensation"],
    zh: [
      "如何设计一套有竞争力又可控的薪酬体系？",
      "薪酬福利岗位核心问题。",
      "1) 岗位价值评估与职级体系；2) 市场薪酬调研，确定薪酬定位（如 P50/P75）；3) 薪酬结构：固定、绩效、长期激励；4) 宽带薪酬与调薪机制；5) 内部公平性、外部竞争性与成本预算的平衡。",
    ],
    en: [
      "How do you design a pay structure that is competitive yet affordable?",
      "The core compensation and benefits question.",
      "1) Job evaluation and a levelling framework; 2) market benchmarking and positioning (e.g. P50/P75); 3) structure: fixed pay, performance pay, long-term incentives; 4) pay bands and salary-review rules; 5) balancing internal equity, external competitiveness and budget.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["compensation"],
    zh: [
      "工资核算和社保公积金办理中，你如何保证准确无误？",
      "薪资核算出错影响大，考察严谨性和专业知识。",
      "1) 数据源核对：考勤、入离职、调薪、绩效；2) 社保公积金基数与比例的最新政策；3) 个税计算（专项附加扣除）；4) 多人复核与系统校验；5) 发放前抽查、异常说明和保密。",
    ],
    en: [
      "How do you ensure payroll and social insurance are processed without errors?",
      "Payroll errors hurt; tests rigour and technical knowledge.",
      "1) Reconcile inputs: attendance, joiners and leavers, pay changes, bonuses; 2) current contribution bases and rates for social insurance and housing fund; 3) income-tax calculation including special deductions; 4) double checks and system validation; 5) spot checks before payment, explained exceptions, confidentiality.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["training"],
    zh: [
      "如何搭建培训体系？怎么评估培训效果？",
      "培训发展岗位核心问题。",
      "1) 培训需求分析：组织、岗位、个人三个层面；2) 体系：新员工、专业技能、管理梯队、通用能力；3) 形式：课程、导师制、项目实践、在线学习；4) 内部讲师培养与课程沉淀；5) 柯氏四级评估：反应、学习、行为、结果。",
    ],
    en: [
      "How do you build a training system, and how do you evaluate training?",
      "The core learning-and-development question.",
      "1) Needs analysis at organisation, role and individual levels; 2) tracks: onboarding, professional skills, leadership pipeline, core skills; 3) formats: courses, mentoring, project work, e-learning; 4) developing internal trainers and reusable courses; 5) Kirkpatrick's four levels: reaction, learning, behaviour, results.",
    ],
  },
  {
    c: "technical",
    d: 3,
    tags: ["employee-relations"],
    zh: [
      "公司需要裁员或解除一名员工的劳动合同，你会如何处理以降低风险？",
      "考察劳动法知识和员工关系处理能力。",
      "1) 确认解除的法律依据（协商一致、过失性、非过失性、经济性裁员）和程序；2) 经济补偿金计算（N、N+1、2N 的适用）；3) 证据准备；4) 沟通面谈：尊重、清晰、保密；5) 交接、离职手续和舆情风险预案。",
    ],
    en: [
      "The company must let an employee go (or run layoffs). How do you handle it to minimise risk?",
      "Tests employment-law knowledge and handling of sensitive employee relations.",
      "1) Confirm the legal basis and procedure (mutual agreement, misconduct, incapacity, redundancy); 2) calculate statutory severance correctly; 3) prepare evidence; 4) hold the conversation respectfully, clearly and confidentially; 5) hand-over, exit formalities and plans for reputational risk.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["hr-management"],
    zh: [
      "某部门员工流失率明显偏高，你会怎么分析和改善？",
      "考察用数据诊断组织问题的能力。",
      "1) 数据分析：流失率按职级、司龄、绩效、主管分组，区分主动/被动、优秀员工流失；2) 离职面谈和在职员工调研找原因（薪酬、管理者、发展、工作负荷）；3) 与业务负责人共同制定措施；4) 重点人才保留计划；5) 跟踪指标变化。",
    ],
    en: [
      "One department's attrition is clearly too high. How do you analyse and fix it?",
      "Tests diagnosing organisational problems with data.",
      "1) Slice attrition by level, tenure, performance and manager; separate voluntary from involuntary and regretted losses; 2) exit interviews and stay surveys for causes (pay, manager, growth, workload); 3) agree actions with the business leader; 4) retention plans for key talent; 5) track the metrics.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["hr-management", "leadership"],
    zh: [
      "如何组织一次人才盘点？盘点结果如何应用？",
      "人才盘点是组织发展的重要工具。",
      "1) 明确目的和范围；2) 评估维度：绩效与潜力（九宫格）；3) 流程：数据准备、管理者评估、校准会；4) 应用：继任计划、高潜培养、晋升调薪、低绩效处理；5) 保密与沟通。",
    ],
    en: [
      "How do you run a talent review, and how are the results used?",
      "Talent reviews are a key organisational development tool.",
      "1) Define purpose and scope; 2) assess performance and potential (nine-box); 3) process: data, manager assessments, calibration sessions; 4) uses: succession plans, high-potential development, promotions and pay, handling low performers; 5) confidentiality and communication.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["administration"],
    zh: [
      "行政工作中，你如何控制成本并提升员工满意度？",
      "行政岗位核心问题，考察统筹和服务意识。",
      "1) 梳理主要支出（办公场地、采购、差旅、福利），制定预算；2) 供应商比价、集中采购、合同管理；3) 制度化与流程线上化；4) 收集员工反馈，优先改善高频痛点；5) 用数据展示节省金额和满意度变化。",
    ],
    en: [
      "In administration, how do you control costs while improving employee satisfaction?",
      "The core administration question: coordination and service mindset.",
      "1) Map the main spend (office, procurement, travel, perks) and budget it; 2) competitive quotes, consolidated purchasing, contract management; 3) clear policies and online workflows; 4) gather feedback and fix the most frequent pain points first; 5) show savings and satisfaction changes in numbers.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["administration", "event"],
    zh: [
      "如何组织一场几百人的公司年会或团建活动？",
      "考察项目统筹和执行细节能力。",
      "1) 明确目标、预算和时间；2) 方案策划：场地、流程、节目、餐饮、交通；3) 分工与时间表，供应商管理；4) 风险预案（天气、安全、设备）；5) 活动后满意度调查与复盘。",
    ],
    en: [
      "How would you organise an annual party or team event for several hundred people?",
      "Tests programme coordination and attention to detail.",
      "1) Clarify goals, budget and date; 2) plan venue, agenda, entertainment, catering, transport; 3) owners, timeline and vendor management; 4) contingency plans (weather, safety, equipment); 5) a satisfaction survey and review afterwards.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["finance"],
    zh: [
      "如何阅读一家公司的三张财务报表？你最关注哪些指标？",
      "财务相关岗位基础题。",
      "1) 利润表看盈利能力：收入增长、毛利率、费用率、净利率；2) 资产负债表看财务结构：资产负债率、流动比率、应收与存货；3) 现金流量表看造血能力：经营现金流与净利润的匹配；4) 三表勾稽关系；5) 结合行业特点判断。",
    ],
    en: [
      "How do you read a company's three financial statements, and which ratios matter most to you?",
      "A basic question for finance roles.",
      "1) Income statement for profitability: revenue growth, gross margin, expense ratios, net margin; 2) balance sheet for structure: leverage, current ratio, receivables and inventory; 3) cash-flow statement for cash generation: operating cash flow vs net income; 4) how the three link; 5) judge against industry norms.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["finance"],
    zh: [
      "如何编制部门预算并做好预算执行的跟踪？",
      "考察预算管理和成本控制能力。",
      "1) 基于业务目标和历史数据编制（增量预算 vs 零基预算）；2) 与业务部门沟通假设；3) 月度预实对比，分析差异原因；4) 超支预警与审批机制；5) 滚动预测与调整。",
    ],
    en: [
      "How do you build a department budget and track execution?",
      "Tests budget management and cost control.",
      "1) Build from business goals and history (incremental vs zero-based); 2) agree assumptions with the business; 3) monthly budget-vs-actual analysis and variance explanations; 4) overspend alerts and approvals; 5) rolling forecasts and adjustments.",
    ],
  },
  {
    c: "technical",
    d: 1,
    tags: ["office", "excel"],
    zh: [
      "你熟练使用哪些办公软件？举例说明你如何用它们提高效率。",
      "职能岗位的基本工具能力。",
      "1) Excel：函数、数据透视表、图表，处理考勤/薪资/报表；2) PPT：汇报结构和可视化；3) 协作工具：飞书/钉钉/企业微信的审批、多维表格；4) 自动化：模板、宏或简单脚本；5) 具体的提效案例。",
    ],
    en: [
      "Which office tools are you fluent in, and how have they made you more efficient?",
      "Basic tool skills for support functions.",
      "1) Excel: formulas, pivot tables, charts for attendance, payroll and reports; 2) PowerPoint: storyline and visuals; 3) collaboration suites: approvals, shared databases; 4) automation: templates, macros or simple scripts; 5) a concrete time-saving example.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["hr-management"],
    zh: [
      "如何提升企业的雇主品牌？",
      "雇主品牌影响招聘效率和人才质量。",
      "1) 提炼雇主价值主张（EVP）：成长、文化、薪酬、使命；2) 内部：员工体验和口碑，让员工成为代言人；3) 外部：招聘官网、社交媒体、员工故事、校园活动；4) 候选人体验（面试反馈及时）；5) 衡量：投递量、offer 接受率、雇主评价。",
    ],
    en: [
      "How would you strengthen our employer brand?",
      "Employer brand drives recruiting efficiency and talent quality.",
      "1) Define the employee value proposition (growth, culture, pay, mission); 2) internally: employee experience and advocacy; 3) externally: careers site, social media, employee stories, campus events; 4) candidate experience, including timely feedback; 5) measure applications, offer acceptance and employer reviews.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["training", "hr-management"],
    zh: [
      "如何设计新员工入职流程，让新人更快融入和产出？",
      "入职体验影响新人留存和产出速度。",
      "1) 入职前：资料、设备、账号提前准备，欢迎信；2) 第一天：介绍、导师分配、明确 30/60/90 天目标；3) 培训：公司文化、制度、业务和岗位技能；4) 定期回访和试用期评估；5) 衡量：试用期流失率、满意度、达成产出的时间。",
    ],
    en: [
      "How would you design onboarding so new hires settle in and become productive faster?",
      "Onboarding affects early attrition and time to productivity.",
      "1) Before day one: paperwork, equipment and accounts ready, a welcome note; 2) day one: introductions, a buddy, 30/60/90-day goals; 3) training on culture, policies, business and role skills; 4) regular check-ins and probation reviews; 5) measure early attrition, satisfaction and time to productivity.",
    ],
  },
  // —— Project ——
  {
    c: "project",
    d: 2,
    zh: [
      "讲一个你主导的人力资源（或职能）项目，从目标到结果。",
      "职能岗位的项目主线，考察推动力和业务价值。",
      "1) 背景与要解决的问题；2) 方案设计与利益相关方沟通；3) 推行过程中的阻力及应对；4) 结果数据（效率、成本、满意度、流失率）；5) 复盘与沉淀。",
    ],
    en: [
      "Tell me about an HR (or support-function) project you led, from goal to result.",
      "The project thread for support roles: drive and business value.",
      "1) Context and the problem; 2) design and stakeholder engagement; 3) resistance during rollout and how you handled it; 4) results (efficiency, cost, satisfaction, attrition); 5) reflection and what became standard.",
    ],
  },
  {
    c: "project",
    d: 2,
    zh: [
      "你推动过的一项制度或流程优化，是如何让员工接受的？",
      "考察变革管理能力。",
      "1) 原制度的问题和数据；2) 调研员工和管理者意见；3) 方案设计与试点；4) 宣贯、培训和答疑；5) 推行效果和调整。",
    ],
    en: [
      "Describe a policy or process change you drove. How did you get people to accept it?",
      "Tests change management.",
      "1) The problem with the old way, with data; 2) input from employees and managers; 3) design and a pilot; 4) communication, training and Q&A; 5) results and adjustments.",
    ],
  },
  // —— Behavioural ——
  {
    c: "behavioral",
    d: 2,
    zh: [
      "员工向你投诉他的直属上级，你会怎么处理？",
      "考察公正性、保密意识和冲突处理能力。",
      "1) 认真倾听，记录事实，承诺保密；2) 多方了解情况（相关同事、数据），不先下结论；3) 判断问题性质（管理方式、违规行为）；4) 与管理者沟通或按制度调查处理；5) 反馈结果并关注后续，防止打击报复。",
    ],
    en: [
      "An employee complains to you about their manager. How do you handle it?",
      "Tests fairness, confidentiality and conflict handling.",
      "1) Listen carefully, record facts, promise confidentiality; 2) gather other perspectives and data before concluding; 3) judge the nature of the issue (management style vs misconduct); 4) coach the manager or investigate per policy; 5) close the loop and watch for retaliation.",
    ],
  },
  {
    c: "behavioral",
    d: 2,
    zh: [
      "业务部门对你的工作不满意（如招聘太慢），你会怎么处理？",
      "考察服务意识和沟通推动能力。",
      "1) 了解具体不满和期望；2) 用数据说明现状和瓶颈（如简历量、面试通过率、薪资竞争力）；3) 提出改进措施和需要业务配合的部分；4) 定期同步进展；5) 举例。",
    ],
    en: [
      "A business team is unhappy with your work (for example, hiring is too slow). What do you do?",
      "Tests service mindset and driving improvement through communication.",
      "1) Understand the specific complaint and expectations; 2) show the current state and bottlenecks with data (pipeline, pass rates, pay competitiveness); 3) propose fixes and what you need from them; 4) update regularly; 5) an example.",
    ],
  },
  {
    c: "behavioral",
    d: 1,
    zh: [
      "职能岗位的工作往往琐碎、成绩不显眼，你如何体现自己的价值？",
      "考察职业认知和成就动机。",
      "1) 把日常工作标准化、数据化，用指标体现价值（周期、成本、满意度）；2) 主动发现并解决问题，推动改进项目；3) 站在业务角度思考；4) 定期总结和汇报成果。",
    ],
    en: [
      "Support-function work is often detailed and low-visibility. How do you show your value?",
      "Tests professional outlook and motivation.",
      "1) Standardise and measure routine work so value shows in metrics (cycle time, cost, satisfaction); 2) spot and fix problems proactively with improvement projects; 3) think from the business's point of view; 4) summarise and report results regularly.",
    ],
  },
]);
