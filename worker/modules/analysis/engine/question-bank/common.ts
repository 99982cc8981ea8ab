/** Questions asked of every role: behavioural (STAR) and HR. */
import { defineBank } from "./types";

export const COMMON = defineBank("common", [
  // —— Behavioural ——
  {
    c: "behavioral",
    d: 1,
    zh: [
      "请做一个 2 分钟左右的自我介绍。",
      "考察表达的结构性，以及你能否在短时间内把与岗位最相关的经历讲清楚；面试官也会从中挑追问点。",
      "1) 一句话定位：学历/年限 + 方向；2) 2–3 段与岗位最相关的经历，每段一个量化成果；3) 核心技能与优势；4) 为什么来应聘这个岗位。控制在 2 分钟，不复述简历全部内容。",
    ],
    en: [
      "Walk me through your background in about two minutes.",
      "Tests structure and whether you can surface the most relevant experience quickly; interviewers pick follow-ups from it.",
      "1) One-line positioning: degree/years + focus; 2) two or three most relevant experiences, each with one measurable result; 3) core strengths; 4) why this role. Keep it to two minutes — don't recite the whole résumé.",
    ],
  },
  {
    c: "behavioral",
    d: 2,
    zh: [
      "讲一个你遇到过的最困难的挑战，你是怎么解决的？",
      "考察面对压力时的问题拆解能力、韧性和主动性，以及是否能从中复盘成长。",
      "用 STAR：1) 情境与难点（为什么难：时间、资源、技术或人）；2) 你的任务和目标；3) 关键行动：如何拆解问题、做了哪些取舍、找了谁帮忙；4) 结果（尽量量化）；5) 复盘：下次会怎么做得更好。",
    ],
    en: [
      "Tell me about the hardest challenge you have faced and how you handled it.",
      "Assesses problem decomposition under pressure, resilience and initiative, and whether you learn from experience.",
      "STAR: 1) situation and why it was hard (time, resources, technology, people); 2) your task and goal; 3) key actions — how you broke it down, trade-offs, who you enlisted; 4) the result, quantified; 5) what you would do better next time.",
    ],
  },
  {
    c: "behavioral",
    d: 2,
    zh: [
      "讲一次你和同事或上级意见不一致的经历，最后怎么处理的？",
      "考察沟通方式、是否对事不对人、能否用数据和事实推动共识，以及在分歧后的执行力。",
      "1) 分歧点是什么，双方各自的出发点；2) 你如何了解对方的顾虑（一对一沟通、换位思考）；3) 用数据/实验/小范围验证来说服，而不是坚持立场；4) 结论及结果；5) 若最终没采纳你的方案，你如何全力执行并复盘。",
    ],
    en: [
      "Describe a time you disagreed with a colleague or your manager. How was it resolved?",
      "Looks at how you communicate, whether you focus on the issue rather than the person, and whether you can build consensus with evidence and still commit.",
      "1) What the disagreement was and each side's reasoning; 2) how you understood their concerns; 3) how you used data, a small experiment or a prototype instead of positions; 4) the outcome; 5) if your view lost, how you committed fully and what you learned.",
    ],
  },
  {
    c: "behavioral",
    d: 2,
    zh: [
      "讲一个你犯过的错误或失败的经历，你从中学到了什么？",
      "考察自我认知和担当：能否坦诚面对失败、承担责任，并建立防止再犯的机制。",
      "1) 选一个真实但非致命的错误；2) 客观说明原因，重点讲自己的责任，不甩锅；3) 当时如何止损和补救；4) 之后建立了什么机制（检查清单、自动化、流程）；5) 后来遇到类似情况的改进效果。",
    ],
    en: [
      "Tell me about a mistake or failure. What did you learn?",
      "Tests self-awareness and accountability: owning failure and putting guardrails in place so it doesn't recur.",
      "1) A real but not catastrophic mistake; 2) the cause, owning your part without blaming others; 3) how you limited the damage; 4) the mechanism you added afterwards (checklist, automation, process); 5) evidence that it worked later.",
    ],
  },
  {
    c: "behavioral",
    d: 2,
    zh: [
      "讲一次你在很紧的截止时间内完成任务的经历。",
      "考察优先级判断、时间管理和抗压能力，以及在质量与速度间的取舍。",
      "1) 任务与截止时间有多紧；2) 如何拆解并排优先级（必须做 vs 可以后做）；3) 主动同步风险、争取资源或调整范围；4) 结果及质量如何保证；5) 复盘：如何避免下次再被动。",
    ],
    en: [
      "Tell me about a time you delivered under a very tight deadline.",
      "Assesses prioritisation, time management and composure, and how you trade quality against speed.",
      "1) The task and how tight it was; 2) how you broke it down and prioritised must-haves; 3) how you flagged risk early, got help or cut scope; 4) the result and how quality held; 5) how you avoided the crunch next time.",
    ],
  },
  {
    c: "behavioral",
    d: 2,
    zh: [
      "讲一次你主动发现问题并推动解决的经历（不在你的职责范围内）。",
      "考察主人翁意识（ownership）和推动力：是否会超出分内事，为结果负责。",
      "1) 问题是怎么被你发现的（数据异常、用户反馈、流程低效）；2) 为什么决定主动推进；3) 如何说服相关方、拿到资源；4) 推进过程中的阻力和应对；5) 结果量化及后续沉淀。",
    ],
    en: [
      "Tell me about a problem outside your remit that you spotted and drove to a fix.",
      "Probes ownership and drive: whether you go beyond your job description and take responsibility for outcomes.",
      "1) How you noticed it (data anomaly, user feedback, inefficiency); 2) why you took it on; 3) how you got buy-in and resources; 4) resistance and how you handled it; 5) the measurable result and what became standard practice.",
    ],
  },
  {
    c: "behavioral",
    d: 2,
    zh: [
      "讲一次你需要在短时间内学会一项全新技能或知识的经历。",
      "考察学习能力和学习方法，岗位需要的技能往往会变化。",
      "1) 要学什么、为什么急；2) 学习路径：官方文档/课程/请教专家/边做边学；3) 如何快速验证掌握程度（小项目、输出文档）；4) 最终应用效果；5) 形成的可复用学习方法。",
    ],
    en: [
      "Tell me about a time you had to learn something new very quickly.",
      "Assesses learning agility and method — the skills this job needs will change.",
      "1) What you had to learn and why it was urgent; 2) your path: docs, courses, experts, learning by doing; 3) how you checked you really understood (a small project, writing it up); 4) how you applied it and the result; 5) the learning method you kept.",
    ],
  },
  {
    c: "behavioral",
    d: 2,
    zh: [
      "讲一次你说服别人接受你的方案的经历。",
      "考察影响力：在没有职权的情况下，能否用逻辑、数据和对方的利益点推动别人。",
      "1) 背景：要说服谁、对方为什么不同意；2) 先理解对方的目标和顾虑；3) 准备数据、案例或小规模验证；4) 找到双赢点，必要时调整方案；5) 结果以及关系是否变得更好。",
    ],
    en: [
      "Tell me about a time you persuaded others to adopt your approach.",
      "Tests influence without authority: logic, data and framing in terms of the other side's interests.",
      "1) Whom you needed to convince and why they resisted; 2) understanding their goals and concerns first; 3) the data, examples or pilot you prepared; 4) finding a win-win, adapting the plan if needed; 5) the result and the relationship afterwards.",
    ],
  },
  {
    c: "behavioral",
    d: 2,
    zh: [
      "讲一次你在团队中承担协调或领导角色的经历。",
      "考察组织协调能力、目标拆分和团队激励，即使你不是正式的管理者。",
      "1) 团队规模与目标；2) 如何拆分任务、明确分工和节奏；3) 如何同步进度、暴露风险（例会、看板）；4) 处理过的一个团队冲突或掉队成员；5) 结果与团队成员的成长。",
    ],
    en: [
      "Tell me about a time you coordinated or led a team.",
      "Looks at organising, breaking down goals and motivating people, even without a formal title.",
      "1) Team size and goal; 2) how you split work, set owners and cadence; 3) how you tracked progress and surfaced risk; 4) one conflict or struggling member you handled; 5) the outcome and how people grew.",
    ],
  },
  {
    c: "behavioral",
    d: 3,
    zh: [
      "讲一次你在信息不完整的情况下做出重要决定的经历。",
      "考察判断力和决策框架：如何权衡风险、设置止损点，而不是等到信息齐全。",
      "1) 决策背景与时间压力；2) 已知和未知的信息；3) 决策框架：可逆性、最坏情况、成本收益；4) 如何设置检查点和回滚方案；5) 结果与事后复盘（如果重来会怎么做）。",
    ],
    en: [
      "Tell me about an important decision you made with incomplete information.",
      "Assesses judgement and your decision framework: weighing risk and setting checkpoints instead of waiting for certainty.",
      "1) The context and time pressure; 2) what you knew and didn't; 3) your framework — reversibility, worst case, cost/benefit; 4) checkpoints and a rollback plan; 5) the result and what you'd change.",
    ],
  },
  {
    c: "behavioral",
    d: 2,
    zh: [
      "讲一次你收到负面反馈的经历，你是怎么回应的？",
      "考察是否能接受批评、区分情绪与事实，并转化为行动。",
      "1) 反馈内容与来源；2) 当时的第一反应与如何冷静下来；3) 追问具体事例，确认问题；4) 制定改进计划并请对方持续反馈；5) 改进后的效果。",
    ],
    en: [
      "Tell me about a time you received critical feedback. How did you respond?",
      "Checks whether you can take criticism, separate emotion from facts and turn it into action.",
      "1) The feedback and who gave it; 2) your first reaction and how you stayed constructive; 3) asking for concrete examples; 4) your improvement plan and follow-up; 5) the measurable change afterwards.",
    ],
  },
  {
    c: "behavioral",
    d: 2,
    zh: [
      "你同时面对多个紧急任务时，如何排优先级？请举例说明。",
      "考察优先级方法和向上管理：是否能基于影响和紧急程度判断，并与相关方对齐预期。",
      "1) 举一个多任务冲突的真实场景；2) 判断维度：业务影响、截止时间、依赖关系、可逆性；3) 与上级/需求方同步并确认优先级；4) 对延后的事情如何管理预期；5) 结果。",
    ],
    en: [
      "How do you prioritise when several urgent tasks land at once? Give an example.",
      "Tests your prioritisation method and managing up: judging by impact and urgency and aligning expectations.",
      "1) A real clash of tasks; 2) your criteria: business impact, deadline, dependencies, reversibility; 3) aligning with your manager or requesters; 4) resetting expectations on what slipped; 5) the result.",
    ],
  },
  {
    c: "behavioral",
    d: 2,
    zh: [
      "讲一次你和很难合作的人一起工作的经历。",
      "考察情绪管理和协作能力：能否理解他人动机，找到合作方式。",
      "1) 对方难在哪里（用行为描述，不贴标签）；2) 你尝试理解其立场和压力；3) 调整沟通方式：书面确认、明确分工、定期同步；4) 结果；5) 对你协作方式的启发。",
    ],
    en: [
      "Tell me about working with someone you found difficult.",
      "Assesses emotional maturity and collaboration: understanding others' motives and finding a way to work together.",
      "1) What made it hard (describe behaviour, don't label); 2) how you tried to understand their pressures; 3) how you adapted — written agreements, clear ownership, regular check-ins; 4) the outcome; 5) what it taught you about collaboration.",
    ],
  },
  {
    c: "behavioral",
    d: 2,
    zh: [
      "你最有成就感的一件事是什么？为什么？",
      "了解你的价值观和驱动力：什么样的成果让你兴奋，是否与岗位匹配。",
      "1) 选与岗位相关的事；2) 讲清难度和你的独特贡献；3) 量化结果；4) 说明成就感的来源（解决难题、帮助用户、带动团队），并与应聘岗位的工作内容关联。",
    ],
    en: [
      "What achievement are you proudest of, and why?",
      "Reveals what motivates you and whether it fits the work in this role.",
      "1) Pick something relevant to the role; 2) explain the difficulty and your unique contribution; 3) quantify the result; 4) explain why it mattered to you and link it to this job.",
    ],
  },
  {
    c: "behavioral",
    d: 2,
    zh: [
      "讲一次需求或目标中途发生重大变化的经历，你怎么应对？",
      "考察适应变化的能力，以及在变化中保护团队节奏和交付质量的方法。",
      "1) 变化是什么、为什么发生；2) 快速评估影响（范围、时间、资源）；3) 与相关方重新对齐目标和取舍；4) 调整计划并保护已完成的成果；5) 结果与之后预防措施（如需求评审、分期交付）。",
    ],
    en: [
      "Tell me about a time goals or requirements changed significantly mid-way.",
      "Tests adaptability and how you protect delivery quality and team rhythm through change.",
      "1) What changed and why; 2) how you assessed the impact on scope, time and resources; 3) re-aligning goals and trade-offs with stakeholders; 4) re-planning while preserving finished work; 5) the outcome and safeguards you added.",
    ],
  },
  {
    c: "behavioral",
    d: 3,
    zh: [
      "讲一次你为了长期目标而放弃短期利益的决定。",
      "考察长期思维和判断力，尤其在技术债、用户体验或客户关系上的取舍。",
      "1) 短期利益是什么（快速上线、冲业绩）；2) 长期风险或价值在哪；3) 如何说服他人接受；4) 付出的代价；5) 长期结果验证了决定。",
    ],
    en: [
      "Tell me about a time you gave up a short-term win for a long-term goal.",
      "Assesses long-term thinking — technical debt, user experience, customer relationships.",
      "1) The short-term gain (faster launch, a quick number); 2) the long-term risk or value; 3) how you convinced others; 4) what it cost; 5) how the long-term outcome proved it right.",
    ],
  },
  {
    c: "behavioral",
    d: 2,
    zh: [
      "讲一次你帮助同事或新人成长的经历。",
      "考察团队意识和传帮带能力，这对晋升和团队文化很重要。",
      "1) 对方的情况和困难；2) 你的方法：结对、文档、代码/方案评审、定期反馈；3) 如何平衡自己的工作；4) 对方的进步（可量化的例子）；5) 你自己的收获。",
    ],
    en: [
      "Tell me about a time you helped a colleague or newcomer grow.",
      "Looks at team spirit and mentoring, which matter for promotion and culture.",
      "1) Their situation and struggles; 2) your approach — pairing, docs, reviews, regular feedback; 3) balancing it with your own work; 4) their progress with a concrete example; 5) what you learned.",
    ],
  },
  {
    c: "behavioral",
    d: 2,
    zh: [
      "讲一次你用数据支持决策的经历。",
      "几乎所有岗位都需要用事实说话，考察你提出假设、找数据、得出结论的能力。",
      "1) 需要决策的问题；2) 提出的假设和关键指标；3) 数据来源与分析方法（对比、分群、实验）；4) 结论如何影响了决策；5) 结果验证以及数据的局限。",
    ],
    en: [
      "Tell me about a time you used data to make a decision.",
      "Almost every role needs evidence-based decisions: forming a hypothesis, finding data and drawing a conclusion.",
      "1) The decision at stake; 2) your hypothesis and key metrics; 3) data sources and method (comparison, segmentation, experiment); 4) how the conclusion changed the decision; 5) the outcome and the data's limitations.",
    ],
  },
  {
    c: "behavioral",
    d: 2,
    zh: [
      "讲一次你跨部门合作推进项目的经历。",
      "考察跨团队沟通和推动能力：如何让目标不同的团队对齐。",
      "1) 涉及哪些团队，各自诉求；2) 如何建立共同目标和沟通机制；3) 遇到的阻碍（优先级冲突、资源不足）；4) 借助上级或数据推动；5) 结果和可复用的协作方式。",
    ],
    en: [
      "Tell me about a cross-functional project you drove.",
      "Tests cross-team communication and drive: aligning teams with different goals.",
      "1) Which teams and what each wanted; 2) how you set a shared goal and a communication cadence; 3) obstacles such as competing priorities; 4) how you escalated or used data; 5) the result and the collaboration pattern you kept.",
    ],
  },
  {
    c: "behavioral",
    d: 3,
    zh: [
      "如果你的上级给出了一个你认为错误的决定，你会怎么做？",
      "考察向上沟通的分寸：既有独立判断，又尊重组织决策。",
      "1) 先确认自己是否理解了决定的背景；2) 私下用数据和风险分析表达意见，提出替代方案；3) 如果仍坚持原决定，全力执行并设置观察指标；4) 结果出来后一起复盘；5) 举一个真实例子。",
    ],
    en: [
      "What would you do if your manager made a decision you believed was wrong?",
      "Tests managing up: independent judgement while respecting decisions.",
      "1) First make sure you understand the context; 2) raise it privately with data, risks and an alternative; 3) if the decision stands, commit and agree on metrics to watch; 4) review together once results are in; 5) give a real example.",
    ],
  },
  {
    c: "behavioral",
    d: 1,
    zh: [
      "你的同事会怎么评价你？",
      "从他人视角了解你的协作风格和性格，并检验自我认知。",
      "1) 给出 2–3 个关键词；2) 每个关键词配一个具体事例；3) 加一条同事给过的改进建议及你的改进；4) 关键词与岗位要求呼应。",
    ],
    en: [
      "How would your colleagues describe you?",
      "Shows your working style from others' point of view and tests self-awareness.",
      "1) Two or three words; 2) one concrete example for each; 3) one piece of constructive feedback and what you did with it; 4) tie the words to what the role needs.",
    ],
  },
  {
    c: "behavioral",
    d: 2,
    zh: [
      "讲一次你通过改进流程或工具，显著提升效率的经历。",
      "考察是否有改进意识和自动化思维，而不是重复劳动。",
      "1) 原流程的痛点和耗时；2) 如何定位瓶颈；3) 改进方案（工具、模板、自动化脚本、规范）；4) 推广和落地；5) 效率提升数据（节省多少小时/提升多少产出）。",
    ],
    en: [
      "Tell me about a process or tool improvement that made a big difference to efficiency.",
      "Checks for an improvement mindset and automation instinct rather than repeating manual work.",
      "1) The pain and time cost before; 2) how you found the bottleneck; 3) the fix — tool, template, script, standard; 4) rollout and adoption; 5) hours saved or output gained.",
    ],
  },
  {
    c: "behavioral",
    d: 2,
    zh: [
      "讲一次你超出预期完成目标的经历。",
      "考察目标感和追求卓越的程度，以及你如何定义「超出预期」。",
      "1) 原目标和预期；2) 你看到的额外机会；3) 多做了什么、如何不影响主线；4) 最终结果与原目标对比（量化）；5) 得到的认可或影响。",
    ],
    en: [
      "Tell me about a time you exceeded a goal.",
      "Gauges drive and how high you set your own bar.",
      "1) The original goal; 2) the extra opportunity you saw; 3) what you did beyond it without hurting the core work; 4) the result against the target, in numbers; 5) the recognition or wider impact.",
    ],
  },
  {
    c: "behavioral",
    d: 2,
    zh: [
      "讲一次你需要向非专业人士解释复杂问题的经历。",
      "考察表达和换位思考：能否把专业内容讲给业务方、客户或领导听懂。",
      "1) 对象是谁、他们关心什么；2) 去掉术语，用类比、图示或例子；3) 先讲结论和影响，再讲细节；4) 如何确认对方理解了；5) 沟通后的决策或结果。",
    ],
    en: [
      "Tell me about explaining something complex to a non-expert audience.",
      "Tests communication and empathy: making specialist content clear to business partners, clients or executives.",
      "1) Who they were and what they cared about; 2) dropping jargon for analogies, visuals or examples; 3) conclusion and impact first, details later; 4) how you checked understanding; 5) the decision or outcome.",
    ],
  },
  {
    c: "behavioral",
    d: 3,
    zh: [
      "讲一次你坚持原则、拒绝不合理要求的经历。",
      "考察职业操守和边界感：在合规、质量、安全上能否守住底线并妥善沟通。",
      "1) 要求是什么、来自谁；2) 为什么不合理（风险、合规、质量）；3) 如何拒绝并给出替代方案；4) 对方的反应和最终结果；5) 如果重来会怎样处理得更好。",
    ],
    en: [
      "Tell me about a time you stood by your principles and refused an unreasonable request.",
      "Checks integrity and boundaries on compliance, quality or safety, and how tactfully you say no.",
      "1) The request and who made it; 2) why it was wrong (risk, compliance, quality); 3) how you declined and what you offered instead; 4) their reaction and the outcome; 5) what you'd do better.",
    ],
  },
  {
    c: "behavioral",
    d: 1,
    zh: [
      "工作之外，你如何保持学习和成长？",
      "了解你的学习习惯和自驱力，以及是否持续关注行业。",
      "1) 具体的学习方式（读书、课程、开源、行业活动）；2) 最近学的一样东西及如何用到工作中；3) 关注的行业趋势和信息源；4) 长期的学习计划。",
    ],
    en: [
      "How do you keep learning outside work?",
      "Reveals learning habits, self-motivation and whether you follow the industry.",
      "1) Concrete habits — books, courses, open source, events; 2) something recent you learned and applied; 3) trends and sources you follow; 4) your learning plan.",
    ],
  },
  // —— Project (general) ——
  {
    c: "project",
    d: 2,
    zh: [
      "挑一个你最熟悉的项目，从背景、目标、你的角色、难点到结果完整讲一遍。",
      "项目是面试的主线，考察你对项目的理解深度和个人贡献是否真实。",
      "1) 背景与业务目标（为什么做）；2) 你的角色和负责范围；3) 方案与关键决策（为什么这么做，考虑过哪些备选）；4) 最大难点及解决过程；5) 结果数据与复盘（如果重做会改什么）。",
    ],
    en: [
      "Pick the project you know best and take me through context, goal, your role, the hard parts and the result.",
      "Projects are the backbone of the interview: this tests depth of understanding and whether your contribution is real.",
      "1) Context and business goal; 2) your role and scope; 3) the approach and key decisions, with alternatives considered; 4) the hardest problem and how you solved it; 5) results in numbers and what you would change.",
    ],
  },
  {
    c: "project",
    d: 3,
    zh: [
      "如果让你重新做简历上的某个项目，你会在哪些地方做得不一样？",
      "考察复盘能力和成长：能否客观看待过去的方案和局限。",
      "1) 选定项目并简述当时方案；2) 指出 2–3 个不足（架构、流程、沟通、指标）；3) 说明当时为什么那么做（约束条件）；4) 现在的改进方案及预期收益；5) 这些认识如何体现在后来的工作中。",
    ],
    en: [
      "If you could redo one project on your résumé, what would you do differently?",
      "Tests reflection and growth: seeing past decisions and their limits objectively.",
      "1) The project and the approach taken; 2) two or three weaknesses (architecture, process, communication, metrics); 3) why it was done that way then; 4) what you'd do now and the expected gain; 5) how that lesson shows in later work.",
    ],
  },
  {
    c: "project",
    d: 2,
    zh: [
      "在你做过的项目中，你个人最关键的贡献是什么？如果没有你，项目会有什么不同？",
      "区分「团队成果」和「个人贡献」，是识别简历水分的常用问题。",
      "1) 明确自己负责的模块和决策；2) 一个只有你推动或解决的关键问题；3) 用数据说明影响；4) 坦诚说明团队其他人的贡献，显示客观性。",
    ],
    en: [
      "What was your single most important personal contribution to a project? What would have been different without you?",
      "Separates team results from your own — a standard way to test for inflated résumés.",
      "1) The part and decisions you owned; 2) one key problem only you drove or solved; 3) its impact in numbers; 4) credit others fairly to show objectivity.",
    ],
  },
  {
    c: "project",
    d: 2,
    zh: [
      "你的项目成果是如何衡量的？用了哪些指标，数据从哪里来？",
      "检验量化成果的真实性，以及你是否有指标意识。",
      "1) 北极星指标和过程指标；2) 数据口径与采集方式（埋点、日志、报表）；3) 对比基线（上线前/对照组）；4) 排除其他影响因素的方法；5) 最终数字及其业务意义。",
    ],
    en: [
      "How was the success of your project measured — which metrics, and where did the data come from?",
      "Checks that your numbers are real and that you think in metrics.",
      "1) The primary and supporting metrics; 2) definitions and collection (tracking, logs, reports); 3) the baseline (before launch or control group); 4) how you ruled out other factors; 5) the final numbers and what they meant for the business.",
    ],
  },
  // —— HR ——
  {
    c: "hr",
    d: 1,
    zh: [
      "你为什么想加入我们公司？",
      "考察求职动机和对公司的了解程度，判断稳定性和匹配度。",
      "1) 对公司业务/产品的具体了解（用过产品、看过财报或新闻）；2) 公司吸引你的 2 点（业务方向、技术/团队、文化）；3) 与自己经历和职业规划的契合；4) 你能带来的价值。避免只谈平台大、福利好。",
    ],
    en: [
      "Why do you want to join our company?",
      "Tests motivation and how well you know the company, as a signal of fit and staying power.",
      "1) Specific knowledge of the business or product (you've used it, read results or news); 2) two things that attract you — direction, team, culture; 3) how it fits your experience and plans; 4) the value you bring. Avoid only citing size or perks.",
    ],
  },
  {
    c: "hr",
    d: 1,
    zh: [
      "你为什么离开上一家公司（或为什么考虑换工作）？",
      "判断离职原因是否合理、是否会在新公司重演，以及你的职业态度。",
      "1) 正向表述：寻求更大的成长空间、业务方向变化、想深耕某个领域；2) 不抱怨前公司和上级；3) 说明新岗位如何满足你的诉求；4) 表达对稳定发展的期望。",
    ],
    en: [
      "Why are you leaving your current job (or why did you leave the last one)?",
      "Judges whether the reason is sound, whether it would repeat here, and your professionalism.",
      "1) Frame it positively: growth, a change of business direction, wanting to go deeper in an area; 2) never criticise the old employer or manager; 3) show how this role meets what you're looking for; 4) signal that you want to stay and grow.",
    ],
  },
  {
    c: "hr",
    d: 1,
    zh: [
      "你未来 3–5 年的职业规划是什么？",
      "判断你的职业方向是否与岗位发展路径一致，以及稳定性。",
      "1) 短期（1 年）：快速熟悉业务，独立负责模块并交出成果；2) 中期（3 年）：在某个方向成为骨干/专家，或开始带人；3) 长期方向与公司发展的结合；4) 规划要具体、可信，与岗位相关。",
    ],
    en: [
      "Where do you see yourself in three to five years?",
      "Checks whether your direction matches the role's growth path, and how likely you are to stay.",
      "1) Year one: learn the business, own an area and deliver; 2) year three: become a go-to expert or start leading people; 3) how your longer-term direction fits the company; 4) keep it concrete, credible and relevant to the role.",
    ],
  },
  {
    c: "hr",
    d: 1,
    zh: [
      "你最大的优点和缺点是什么？",
      "考察自我认知是否客观，缺点是否影响岗位、是否在改进。",
      "1) 优点：选与岗位相关的 1–2 个，每个配具体事例；2) 缺点：真实但非岗位核心要求的，如「公开演讲不够自然」；3) 说明正在如何改进及进展；4) 避免「太追求完美」这类套话。",
    ],
    en: [
      "What are your greatest strengths and weaknesses?",
      "Tests honest self-assessment, whether the weakness matters for the role, and whether you are working on it.",
      "1) Strengths: one or two relevant to the role, each with an example; 2) a real weakness that isn't core to the job; 3) what you're doing about it and the progress; 4) avoid clichés like “I'm a perfectionist”.",
    ],
  },
  {
    c: "hr",
    d: 1,
    zh: [
      "你的期望薪资是多少？",
      "了解薪资预期是否在预算范围内，以及你对自身价值的判断。",
      "1) 先了解岗位职级和薪资结构（base、绩效、股票）；2) 给一个基于市场行情和当前薪资的合理区间；3) 说明依据（经验、能力、市场数据）；4) 表达对整体机会（成长、平台）的重视，保留谈判空间。",
    ],
    en: [
      "What are your salary expectations?",
      "Checks whether you fit the budget and how you value yourself.",
      "1) Learn the level and pay structure first (base, bonus, equity); 2) give a reasonable range grounded in market data and your current pay; 3) explain the basis; 4) show you weigh the whole opportunity while leaving room to negotiate.",
    ],
  },
  {
    c: "hr",
    d: 1,
    zh: [
      "你还在面试哪些公司？进展如何？",
      "判断你的求职方向是否聚焦、竞争情况以及入职的可能性。",
      "1) 如实但不透露过多细节，说明在看的方向（同类业务/岗位）；2) 体现求职的一致性和聚焦；3) 表明本岗位在你心中的优先级及原因；4) 如有 offer 截止时间，礼貌告知。",
    ],
    en: [
      "What other companies are you interviewing with, and how far along are you?",
      "Judges how focused your search is, the competition for you and how likely you are to accept.",
      "1) Be honest without oversharing: name the kind of roles and businesses; 2) show a consistent, focused search; 3) say where this role ranks and why; 4) mention any offer deadline politely.",
    ],
  },
  {
    c: "hr",
    d: 1,
    zh: [
      "你最快什么时候可以入职？",
      "确认到岗时间是否满足团队需求，以及离职交接安排。",
      "1) 给出明确时间（考虑交接期，一般 2–4 周或按合同约定）；2) 说明交接安排，体现职业素养；3) 如有弹性可表达配合意愿。",
    ],
    en: [
      "When could you start?",
      "Confirms timing against the team's needs and how you will hand over your current work.",
      "1) Give a clear date allowing for notice (typically two to four weeks or per contract); 2) describe the handover, which shows professionalism; 3) say where you can be flexible.",
    ],
  },
  {
    c: "hr",
    d: 1,
    zh: [
      "你能接受加班或出差吗？",
      "了解你对工作强度的预期与团队实际情况是否一致。",
      "1) 先了解加班/出差的频率和原因；2) 表明对阶段性冲刺、上线保障的理解和配合；3) 同时说明你重视效率，会通过提前规划减少无效加班；4) 如有实际限制，坦诚说明。",
    ],
    en: [
      "Are you comfortable with overtime or travel?",
      "Checks whether your expectations of workload match the team's reality.",
      "1) Ask how often and why; 2) show you accept crunches around launches or key deals; 3) add that you work to reduce avoidable overtime through planning; 4) be honest about real constraints.",
    ],
  },
  {
    c: "hr",
    d: 1,
    zh: [
      "你对我们这个岗位的理解是什么？",
      "考察你是否认真研究过 JD 和业务，对岗位职责和价值是否有准确认识。",
      "1) 岗位在业务中的定位和核心价值；2) 主要工作内容和关键能力（结合 JD）；3) 可能面临的挑战；4) 你的经历如何与之匹配，入职后的前 90 天打算怎么做。",
    ],
    en: [
      "What is your understanding of this role?",
      "Tests whether you have studied the job description and the business and understand the role's value.",
      "1) Where the role sits in the business and why it matters; 2) main responsibilities and key skills from the posting; 3) likely challenges; 4) how your background fits and what your first 90 days would look like.",
    ],
  },
  {
    c: "hr",
    d: 1,
    zh: [
      "你理想中的团队和上级是什么样的？",
      "了解你的工作风格偏好，判断与团队文化、管理风格是否匹配。",
      "1) 团队：目标清晰、坦诚沟通、重视结果与成长；2) 上级：给方向和反馈、愿意授权；3) 表明自己也能适应不同风格；4) 举例说明你在某种团队氛围下表现最好。",
    ],
    en: [
      "What does your ideal team and manager look like?",
      "Reveals your preferred working style to judge fit with the team culture and management.",
      "1) Team: clear goals, candour, focus on results and growth; 2) manager: sets direction, gives feedback, delegates; 3) show you adapt to different styles; 4) an example of where you did your best work.",
    ],
  },
  {
    c: "hr",
    d: 1,
    zh: [
      "你对我们还有什么问题吗？",
      "反向考察你的关注点和思考深度，好的问题能加分。",
      "准备 2–3 个问题：1) 团队当前最重要的目标和挑战；2) 这个岗位前 3–6 个月的成功标准；3) 团队的协作方式和成长机制。避免第一轮就问薪资福利或能查到的信息。",
    ],
    en: [
      "Do you have any questions for us?",
      "Your questions reveal what you care about and how deeply you think — good ones score points.",
      "Prepare two or three: 1) the team's most important goals and challenges now; 2) what success looks like in this role after three to six months; 3) how the team works and how people grow. Avoid pay questions in the first round or facts you could look up.",
    ],
  },
  {
    c: "hr",
    d: 2,
    zh: [
      "你的简历中有一段较短的工作经历（或空档期），能解释一下吗？",
      "确认经历的连续性和稳定性，排除潜在风险。",
      "1) 坦诚说明原因（业务调整、个人规划、学习进修、家庭原因）；2) 这段时间做了什么有价值的事；3) 从中得到的思考；4) 说明现在的选择是深思熟虑的，会稳定发展。",
    ],
    en: [
      "Your résumé shows a short stint (or a gap). Can you explain it?",
      "Confirms continuity and stability and rules out hidden risks.",
      "1) Give the honest reason (restructuring, study, personal or family reasons); 2) what useful things you did in that time; 3) what you took from it; 4) why this move is considered and built to last.",
    ],
  },
  {
    c: "hr",
    d: 2,
    zh: [
      "如果入职后发现实际工作和预期不一样，你会怎么办？",
      "考察适应能力和职业心态。",
      "1) 先了解差异背后的业务原因；2) 在当前工作中寻找成长点并做出成果；3) 与上级坦诚沟通发展诉求；4) 举一个你曾经适应落差的例子。",
    ],
    en: [
      "What would you do if the job turned out different from what you expected?",
      "Tests adaptability and attitude.",
      "1) Understand the business reason for the difference; 2) find what you can learn and deliver there; 3) discuss your development goals openly with your manager; 4) an example of adapting to such a gap before.",
    ],
  },
  {
    c: "hr",
    d: 1,
    zh: [
      "你为什么选择这个行业 / 职业方向？",
      "考察职业选择的动机是否真实、持久。",
      "1) 进入方向的契机（课程、项目、实习、兴趣）；2) 持续投入的证据（作品、学习、成果）；3) 对行业前景和自身优势的判断；4) 与应聘岗位的衔接。",
    ],
    en: [
      "Why did you choose this industry or career path?",
      "Checks whether your motivation is genuine and lasting.",
      "1) How you got into it (a course, project, internship, interest); 2) evidence of sustained investment (work, study, results); 3) your view of the field and your edge; 4) how it leads to this role.",
    ],
  },
  {
    c: "hr",
    d: 1,
    zh: [
      "你如何看待压力？举一个你在高压下仍然把事情做好的例子。",
      "评估抗压能力和情绪管理，很多岗位有阶段性高强度。",
      "1) 对压力的态度：适度压力能提升专注；2) 具体高压场景；3) 应对方法：拆解任务、优先级、沟通求助、保持节奏；4) 结果；5) 平时如何调节状态。",
    ],
    en: [
      "How do you handle pressure? Give an example of doing well under it.",
      "Assesses resilience and emotional control — most roles have intense periods.",
      "1) Your view: some pressure sharpens focus; 2) a specific high-pressure situation; 3) how you coped — breaking work down, prioritising, asking for help, keeping a rhythm; 4) the outcome; 5) how you recharge.",
    ],
  },
  {
    c: "hr",
    d: 1,
    zh: [
      "你在选择工作时最看重什么？",
      "了解你的核心诉求，判断公司能否满足、是否稳定。",
      "1) 排出前 2–3 个因素（成长空间、业务前景、团队氛围、薪酬）；2) 说明原因及与职业规划的关系；3) 说明本岗位在这些方面的吸引力。",
    ],
    en: [
      "What matters most to you when choosing a job?",
      "Reveals your core needs so the company can judge whether it can meet them.",
      "1) Rank two or three factors (growth, business prospects, team, pay); 2) explain why and how they tie to your plans; 3) say how this role scores on them.",
    ],
  },
  {
    c: "hr",
    d: 2,
    zh: [
      "你目前的薪资结构是怎样的？",
      "用于评估薪酬定位和谈判空间。",
      "1) 如实说明 base、月数、绩效奖金、股票/期权等构成；2) 说明近期的调薪情况；3) 不虚报，背调可能核实；4) 把话题引向岗位价值与期望区间。",
    ],
    en: [
      "What does your current compensation package look like?",
      "Used to position the offer and the room for negotiation.",
      "1) State base, number of months, bonus and equity honestly; 2) mention recent raises; 3) don't inflate — it may be checked; 4) steer towards the role's value and your expected range.",
    ],
  },
  {
    c: "hr",
    d: 1,
    zh: [
      "你的业余爱好是什么？",
      "了解你的个性和精力分配，有时能看到与工作相关的能力（坚持、团队协作）。",
      "1) 真实的 1–2 个爱好；2) 坚持的时间和取得的小成就；3) 它带给你的能力或状态（如长跑带来的耐力和自律）；4) 简短即可，不要喧宾夺主。",
    ],
    en: [
      "What do you do outside work?",
      "Shows personality and where your energy goes; sometimes reveals relevant traits such as persistence or teamwork.",
      "1) One or two genuine interests; 2) how long and any small achievements; 3) what they give you (distance running → discipline and stamina); 4) keep it short.",
    ],
  },
  {
    c: "hr",
    d: 2,
    zh: [
      "如果同时拿到我们和另一家公司的 offer，你会怎么选择？",
      "判断你的决策标准和入职意愿。",
      "1) 说明你的决策维度（岗位内容、成长、团队、业务前景）；2) 客观对比，不贬低任何一方；3) 表达对本公司的兴趣点；4) 说明会在约定时间内给出答复。",
    ],
    en: [
      "If you had offers from us and another company, how would you choose?",
      "Reveals your decision criteria and how likely you are to join.",
      "1) Your criteria — the work itself, growth, team, business prospects; 2) compare fairly without disparaging anyone; 3) say what draws you here; 4) commit to answering by the agreed date.",
    ],
  },
  {
    c: "hr",
    d: 1,
    tags: ["campus"],
    zh: [
      "介绍一下你在学校（或上一份工作）之外参与的活动。",
      "了解综合素质：组织能力、团队意识和兴趣广度，应届生尤其常问。",
      "1) 选 1–2 个有代表性的活动（社团、志愿者、竞赛）；2) 你的角色与贡献；3) 可量化的成果；4) 与岗位相关的能力收获。",
    ],
    en: [
      "Tell me about activities outside your studies or job.",
      "Shows all-round qualities — organising, teamwork, breadth — and is common for graduates.",
      "1) One or two representative activities (societies, volunteering, competitions); 2) your role and contribution; 3) measurable results; 4) skills relevant to this role.",
    ],
  },
  {
    c: "hr",
    d: 2,
    zh: [
      "你觉得自己和这个岗位相比，还欠缺什么？",
      "考察对岗位的理解和自我认知，以及补短板的计划。",
      "1) 对照 JD 诚实指出 1–2 个差距（非核心项）；2) 说明已有的可迁移经验；3) 给出具体的学习/补齐计划和时间表；4) 强调自己的核心匹配点。",
    ],
    en: [
      "Where do you fall short of what this role needs?",
      "Tests your understanding of the role, self-awareness and your plan to close gaps.",
      "1) Name one or two honest gaps against the posting (not core requirements); 2) the transferable experience you have; 3) a concrete plan and timeline to close them; 4) restate where you match strongly.",
    ],
  },
]);
