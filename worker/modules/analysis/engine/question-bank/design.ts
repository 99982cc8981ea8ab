/** UI, UX, interaction, visual and brand design. */
import { defineBank } from "./types";

export const DESIGN = defineBank("design", [
  {
    c: "technical",
    d: 2,
    tags: ["ux-design", "design-thinking"],
    zh: [
      "介绍一下你的设计流程：从接到需求到设计交付，你会经历哪些步骤？",
      "考察设计方法论是否成体系，而不只是「画图」。",
      "1) 理解需求：业务目标、用户、约束；2) 研究：用户调研、竞品分析、数据；3) 定义问题与设计目标；4) 发散与收敛：信息架构、流程、线框、高保真；5) 验证：可用性测试、评审；6) 交付与走查，上线后数据回收与迭代。",
    ],
    en: [
      "Walk me through your design process from brief to delivery.",
      "Tests whether your method is systematic rather than just 'making screens'.",
      "1) Understand the brief: business goals, users, constraints; 2) research: users, competitors, data; 3) define the problem and design goals; 4) diverge and converge: information architecture, flows, wireframes, high fidelity; 5) validate with usability tests and reviews; 6) hand off, QA the build, measure after launch and iterate.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["interaction-design"],
    zh: [
      "交互设计中你常用哪些原则？举例说明如何运用。",
      "考察交互基本功和设计判断的依据。",
      "1) 尼尔森十大可用性原则（系统状态可见、防错、一致性等）；2) 菲茨定律（目标大小与距离）、希克定律（选项数量与决策时间）；3) 格式塔原则（接近、相似）；4) 结合一个具体设计说明如何运用；5) 原则冲突时如何取舍。",
    ],
    en: [
      "Which interaction design principles do you rely on? Show how you applied one.",
      "Tests interaction fundamentals and the reasoning behind design decisions.",
      "1) Nielsen's heuristics (visibility of status, error prevention, consistency…); 2) Fitts's law and Hick's law; 3) Gestalt principles (proximity, similarity); 4) apply them to a concrete design of yours; 5) what you do when principles conflict.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["design-system", "component-library"],
    zh: [
      "你参与过设计系统（设计规范、组件库）的建设吗？如何推动它被团队使用？",
      "设计系统能提升一致性和效率，考察系统化思维和推动能力。",
      "1) 起因：不一致、重复设计、研发还原成本；2) 内容：设计原则、Design Tokens（颜色、字体、间距）、组件及状态、使用规范；3) 与前端共建，保证设计与代码一致；4) 推广：文档、培训、评审机制；5) 效果：交付效率、一致性问题减少。",
    ],
    en: [
      "Have you helped build a design system? How did you get the team to adopt it?",
      "Design systems improve consistency and speed; tests systems thinking and influence.",
      "1) Why: inconsistency, duplicated work, implementation cost; 2) contents: principles, tokens (colour, type, spacing), components with states, usage guidelines; 3) built with frontend engineers so design and code match; 4) adoption: docs, training, review process; 5) impact: faster delivery, fewer inconsistencies.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["visual-design"],
    zh: [
      "你如何建立一个界面的视觉层级？色彩、字体和间距分别怎么用？",
      "视觉基本功，决定信息是否清晰易读。",
      "1) 层级手段：大小、字重、颜色、对比、留白、位置；2) 色彩：品牌色、功能色（成功/警告/错误）、中性色，控制数量并保证对比度；3) 字体：字号阶梯、行高、中文排版注意事项；4) 间距：基于 4/8 栅格的间距系统；5) 举例说明。",
    ],
    en: [
      "How do you establish visual hierarchy, and how do you use colour, type and spacing?",
      "Visual fundamentals that decide whether information is clear.",
      "1) Tools: size, weight, colour, contrast, whitespace, position; 2) colour: brand, semantic (success/warning/error), neutrals — few, with enough contrast; 3) type: a size scale, line height, considerations for Chinese text; 4) spacing on a 4/8-point grid; 5) an example.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["user-research", "usability"],
    zh: [
      "你如何组织一次可用性测试？如何从测试结果中提炼设计改进？",
      "考察用研能力和以证据驱动设计。",
      "1) 明确测试目标和关键任务；2) 招募 5–8 名目标用户；3) 任务脚本、有声思维法、避免引导；4) 记录完成率、耗时、错误和情绪点；5) 问题按严重程度排序，形成改进方案并再次验证。",
    ],
    en: [
      "How do you run a usability test and turn the results into design changes?",
      "Tests research skills and evidence-driven design.",
      "1) Set goals and key tasks; 2) recruit five to eight target users; 3) task scripts, think-aloud, no leading; 4) record completion, time, errors and emotional moments; 5) rank issues by severity, design fixes and test again.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["information-architecture"],
    zh: [
      "如何设计一个复杂后台系统（B 端）的信息架构和导航？",
      "B 端设计的核心难点，考察结构化能力。",
      "1) 梳理用户角色和核心任务；2) 卡片分类法等方法组织内容；3) 导航模式选择（侧边栏、顶部、多级）；4) 高频任务优先、减少层级；5) 权限差异下的导航呈现；6) 用树状测试验证。",
    ],
    en: [
      "How would you design the information architecture and navigation of a complex admin (B2B) system?",
      "The core difficulty of B2B design; tests structuring ability.",
      "1) Map user roles and core tasks; 2) organise content with card sorting and similar methods; 3) choose navigation patterns (sidebar, top bar, multi-level); 4) put frequent tasks first and flatten hierarchy; 5) navigation under different permissions; 6) validate with tree testing.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["motion-design"],
    zh: [
      "动效在产品设计中的作用是什么？如何判断一个动效是否必要？",
      "考察对动效价值的理解，避免为炫技而设计。",
      "1) 作用：反馈、引导注意力、表达层级和空间关系、品牌情感；2) 原则：有目的、时长合适（一般 200–400ms）、缓动自然；3) 性能与可访问性（减少动态效果的系统设置）；4) 交付方式（Lottie、参数说明）；5) 举例。",
    ],
    en: [
      "What role does motion play in product design, and how do you judge whether an animation is necessary?",
      "Tests understanding of motion's value rather than decoration.",
      "1) Roles: feedback, directing attention, expressing hierarchy and spatial relationships, brand character; 2) principles: purposeful, right duration (typically 200–400 ms), natural easing; 3) performance and accessibility (respecting reduced-motion settings); 4) hand-off (Lottie, parameter specs); 5) an example.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["ui-design", "responsive"],
    zh: [
      "设计一个功能时，你如何同时考虑 iOS、Android 和 Web 多端的差异？",
      "考察平台规范的掌握和多端一致性的平衡。",
      "1) 熟悉 Human Interface Guidelines 和 Material Design 的差异（导航、返回、控件）；2) 品牌一致性与平台习惯的平衡；3) 响应式断点与布局适配；4) 输入方式差异（触控与鼠标）；5) 与研发沟通组件复用。",
    ],
    en: [
      "How do you handle the differences between iOS, Android and web when designing a feature?",
      "Tests knowledge of platform conventions and balancing consistency.",
      "1) Know where Human Interface Guidelines and Material Design differ (navigation, back, controls); 2) balance brand consistency with platform habits; 3) responsive breakpoints and layouts; 4) touch vs pointer input; 5) agree component reuse with engineers.",
    ],
  },
  {
    c: "technical",
    d: 3,
    tags: ["ux-design", "data-driven"],
    zh: [
      "如何衡量一个设计方案的效果？设计师如何与数据结合？",
      "考察设计价值的量化意识。",
      "1) 设计前定义目标和指标（任务完成率、转化率、使用时长、满意度）；2) 使用 HEART 模型（愉悦度、参与度、接受度、留存、任务完成）；3) A/B 测试不同方案；4) 结合定性反馈解释数据；5) 一个用数据验证或推翻设计假设的例子。",
    ],
    en: [
      "How do you measure whether a design worked? How should designers use data?",
      "Tests quantifying design value.",
      "1) Define goals and metrics up front (task success, conversion, engagement, satisfaction); 2) use the HEART framework (happiness, engagement, adoption, retention, task success); 3) A/B test alternatives; 4) explain numbers with qualitative feedback; 5) a time data confirmed or overturned your design hypothesis.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["accessibility"],
    zh: [
      "你在设计中如何考虑无障碍和包容性？",
      "体现专业素养和用户同理心，外企和出海业务尤其重视。",
      "1) 颜色对比度达到 WCAG AA 标准；2) 不只用颜色传达信息；3) 可点击区域足够大（至少 44pt）；4) 字号可缩放、文本替代；5) 考虑老年用户、色弱用户等群体；6) 与研发确认读屏支持。",
    ],
    en: [
      "How do you design for accessibility and inclusion?",
      "Shows professionalism and empathy; valued especially by international companies.",
      "1) Colour contrast at WCAG AA; 2) never rely on colour alone; 3) large enough touch targets (at least 44 pt); 4) scalable text and text alternatives; 5) consider older and colour-blind users; 6) confirm screen-reader support with engineers.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["figma", "sketch"],
    zh: [
      "你如何组织设计文件，方便团队协作和研发交付？",
      "考察协作规范和交付效率。",
      "1) 页面与图层命名规范、版本管理；2) 使用组件和样式库，避免游离样式；3) 标注和切图规范、交互说明、状态（空、加载、错误）；4) Figma 中的协作：评论、分支、Dev Mode；5) 设计走查流程。",
    ],
    en: [
      "How do you organise design files for collaboration and developer hand-off?",
      "Tests collaboration discipline and hand-off efficiency.",
      "1) Naming conventions for pages and layers, versioning; 2) components and shared styles, no detached styles; 3) specs and assets, interaction notes, all states (empty, loading, error); 4) Figma collaboration: comments, branching, Dev Mode; 5) a design QA process.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["brand-design"],
    zh: [
      "如何为一个品牌建立视觉识别系统（VI）？",
      "品牌设计岗位核心问题。",
      "1) 理解品牌定位、目标人群和调性关键词；2) 核心元素：标志、标准色、标准字、辅助图形；3) 应用规范：物料、数字界面、包装；4) 保证一致性同时留有延展空间；5) 案例说明设计推导过程。",
    ],
    en: [
      "How do you build a visual identity system for a brand?",
      "The core question for brand design roles.",
      "1) Understand positioning, audience and tone; 2) core elements: logo, colours, typefaces, supporting graphics; 3) application guidelines: print, digital, packaging; 4) consistency with room to extend; 5) walk through the reasoning on a real case.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["ui-design"],
    zh: [
      "空状态、加载状态和错误状态应该如何设计？",
      "细节体现设计的完整性，很多产品在这些状态上体验很差。",
      "1) 空状态：说明原因并给出下一步行动，新用户引导；2) 加载：骨架屏优于菊花图，长时间任务显示进度；3) 错误：说清发生了什么、用户能做什么，避免技术语言；4) 网络异常与重试；5) 在设计稿中完整交付这些状态。",
    ],
    en: [
      "How should empty, loading and error states be designed?",
      "Details reveal completeness; many products handle these badly.",
      "1) Empty: explain why and offer the next step, onboarding new users; 2) loading: skeletons over spinners, progress for long tasks; 3) errors: say what happened and what the user can do, no jargon; 4) offline and retry; 5) include every state in the hand-off.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["ux-design", "conversion"],
    zh: [
      "如何通过设计提升一个注册/下单流程的转化率？",
      "考察设计对业务指标的影响能力。",
      "1) 用数据找到流失最大的步骤；2) 减少步骤和输入项、智能默认值、自动填充；3) 清晰的进度提示和错误即时校验；4) 建立信任（安全标识、用户评价）；5) A/B 测试验证并给出数据。",
    ],
    en: [
      "How can design raise the conversion rate of a sign-up or checkout flow?",
      "Tests design's impact on business metrics.",
      "1) Use data to find the biggest drop-off; 2) fewer steps and fields, smart defaults, autofill; 3) clear progress and inline validation; 4) trust signals (security cues, reviews); 5) A/B test and report the numbers.",
    ],
  },
  {
    c: "technical",
    d: 3,
    tags: ["ai-product", "interaction-design"],
    zh: [
      "AI 产品（如对话式助手）的交互设计和传统界面有什么不同？",
      "AI 产品设计是新方向，考察前沿思考。",
      "1) 不确定输出：如何表达置信度、提供来源；2) 用户控制：可编辑、重新生成、停止；3) 引导用户提问（示例提示、快捷指令）；4) 等待体验（流式输出）；5) 错误和边界的设计、反馈机制。",
    ],
    en: [
      "How does designing AI products, such as conversational assistants, differ from traditional interfaces?",
      "AI product design is a new frontier; tests current thinking.",
      "1) Uncertain output: expressing confidence and citing sources; 2) user control: edit, regenerate, stop; 3) helping users ask (example prompts, shortcuts); 4) waiting experience (streaming); 5) designing for errors and limits, feedback mechanisms.",
    ],
  },
  {
    c: "technical",
    d: 1,
    tags: ["ui-design"],
    zh: [
      "你最欣赏的一款产品的设计是什么？为什么？",
      "考察审美、设计敏感度和分析能力。",
      "1) 选一个真正深入研究过的产品；2) 分析 2–3 个具体设计细节；3) 解释背后的用户需求和设计原则；4) 指出可以改进的地方；5) 对你自己设计的启发。",
    ],
    en: [
      "Which product's design do you admire most, and why?",
      "Tests taste, design sensitivity and analysis.",
      "1) Pick one you've really studied; 2) analyse two or three specific details; 3) explain the user need and principle behind each; 4) note what could be better; 5) what it taught you.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["illustration", "3d-design", "visual-design"],
    zh: [
      "运营活动页或营销视觉，你如何在短时间内既出效果又保持品牌一致？",
      "视觉/运营设计岗位常见场景，考察效率和质量平衡。",
      "1) 快速理解活动目标和核心信息；2) 建立可复用的模板和素材库；3) 信息层级：利益点最突出；4) 品牌元素的规范使用；5) 多尺寸适配与数据反馈（点击率）迭代。",
    ],
    en: [
      "For campaign pages or marketing visuals, how do you deliver impact quickly while staying on-brand?",
      "A common scenario for visual/marketing designers: speed vs quality.",
      "1) Grasp the campaign goal and key message fast; 2) reusable templates and asset libraries; 3) hierarchy with the offer most prominent; 4) correct use of brand elements; 5) multi-size adaptation and iterating on click-through data.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["user-research", "user-profiling"],
    zh: [
      "如何构建用户画像（Persona）和用户旅程图？它们怎样影响你的设计？",
      "考察以用户为中心的设计方法。",
      "1) 基于调研和数据提炼典型用户的目标、行为、痛点；2) 用户旅程：阶段、行为、触点、情绪曲线、机会点；3) 找到体验断点，确定设计优先级；4) 与团队共享，统一对用户的认知；5) 举例。",
    ],
    en: [
      "How do you build personas and journey maps, and how do they shape your design?",
      "Tests user-centred method.",
      "1) Derive goals, behaviours and pain points from research and data; 2) journey: stages, actions, touchpoints, emotional curve, opportunities; 3) find the breaks in the experience and prioritise; 4) share them to align the team's picture of the user; 5) an example.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["prototyping"],
    zh: [
      "什么时候用低保真原型，什么时候直接做高保真？",
      "考察效率意识和方法选择。",
      "1) 方向未定、需要快速验证多个方案时用低保真；2) 细节验证、用户测试、对外演示时用高保真；3) 可交互原型的价值；4) 成本与反馈质量的权衡；5) 举例。",
    ],
    en: [
      "When do you use low-fidelity prototypes and when do you go straight to high fidelity?",
      "Tests efficiency and method choice.",
      "1) Low fidelity when the direction is open and you need to test several ideas quickly; 2) high fidelity for detail validation, user tests and presentations; 3) the value of interactive prototypes; 4) cost vs quality of feedback; 5) an example.",
    ],
  },
  {
    c: "technical",
    d: 3,
    tags: ["design-system", "frontend"],
    zh: [
      "设计还原度不高，你会如何与前端工程师合作解决？",
      "考察跨职能协作和对技术实现的理解。",
      "1) 分析原因：规范不清、组件不统一、技术限制、排期压力；2) 交付前对齐：组件库、Tokens、标注；3) 设计走查清单与分级（必须改 vs 可接受）；4) 了解实现成本，灵活调整；5) 建立长期机制。",
    ],
    en: [
      "The implementation doesn't match your design well. How do you work with frontend engineers to fix it?",
      "Tests cross-functional collaboration and technical understanding.",
      "1) Diagnose: unclear specs, inconsistent components, technical limits, schedule pressure; 2) align before hand-off: component library, tokens, specs; 3) a design QA checklist with severity levels; 4) understand implementation cost and adapt; 5) put a lasting process in place.",
    ],
  },
  {
    c: "technical",
    d: 2,
    tags: ["copywriting", "ux-design"],
    zh: [
      "界面文案（UX Writing）对体验有什么影响？你如何写好按钮和提示文案？",
      "文案是交互的一部分，考察细节意识。",
      "1) 清晰优先于聪明：用用户的语言；2) 按钮用动词说明结果（「保存草稿」而不是「确定」）；3) 错误提示说明原因和解决方法；4) 语气一致；5) 中英文本长度差异对布局的影响。",
    ],
    en: [
      "How does interface copy affect the experience? How do you write good buttons and messages?",
      "Words are part of the interaction; tests attention to detail.",
      "1) Clear beats clever — use the user's words; 2) buttons state the outcome with a verb ('Save draft', not 'OK'); 3) errors explain the cause and the fix; 4) consistent voice; 5) how Chinese and English lengths affect layout.",
    ],
  },
  // —— Project ——
  {
    c: "project",
    d: 2,
    zh: [
      "请讲解作品集中你最满意的一个项目：问题是什么，你的设计决策依据是什么？",
      "设计面试核心环节，考察设计思考过程，而不只是最终画面。",
      "1) 背景、目标、约束和你的角色；2) 研究发现和关键洞察；3) 方案探索（展示放弃的方案及原因）；4) 最终设计和关键决策的依据；5) 上线效果（数据）与复盘。",
    ],
    en: [
      "Present the portfolio project you're proudest of: what was the problem and what drove your decisions?",
      "The heart of a design interview: your thinking, not just the final screens.",
      "1) Context, goals, constraints and your role; 2) research findings and key insights; 3) exploration, including rejected options and why; 4) the final design and the reasoning behind key decisions; 5) results after launch and reflection.",
    ],
  },
  {
    c: "project",
    d: 3,
    zh: [
      "你的设计方案被产品或老板否定过吗？你是怎么处理的？",
      "考察沟通、说服和接受反馈的能力。",
      "1) 方案和否定的理由；2) 理解对方的关注点（业务目标、成本、风险）；3) 用用户证据和数据补充论证，或调整方案；4) 最终结果；5) 学到的设计沟通方法。",
    ],
    en: [
      "Has a PM or executive rejected your design? How did you handle it?",
      "Tests communication, persuasion and openness to feedback.",
      "1) The design and why it was rejected; 2) understand their concerns (goals, cost, risk); 3) strengthen your case with user evidence and data, or adapt the design; 4) the outcome; 5) what you learned about presenting design.",
    ],
  },
  {
    c: "project",
    d: 2,
    zh: [
      "你做过的一次改版，前后的数据变化是怎样的？",
      "检验设计成果的可衡量性。",
      "1) 改版原因（数据或反馈）；2) 设计目标和指标；3) 关键改动；4) 数据对比与归因方法；5) 没有达到预期的部分及后续迭代。",
    ],
    en: [
      "For a redesign you did, how did the numbers change?",
      "Tests whether your design outcomes are measurable.",
      "1) Why the redesign (data or feedback); 2) goals and metrics; 3) key changes; 4) before/after data and how you attributed it; 5) what fell short and what you iterated.",
    ],
  },
  {
    c: "project",
    d: 2,
    zh: [
      "在项目中你如何平衡业务需求、用户体验和技术限制？",
      "设计师常处于多方拉扯中，考察取舍能力。",
      "1) 一个具体冲突场景；2) 分别理解三方诉求；3) 找到满足核心目标的方案或分期；4) 决策依据；5) 结果。",
    ],
    en: [
      "How do you balance business needs, user experience and technical constraints on a project?",
      "Designers are often pulled in several directions; tests trade-off skills.",
      "1) A concrete conflict; 2) understand each side's needs; 3) find a solution or phasing that meets the core goal; 4) the basis for the decision; 5) the outcome.",
    ],
  },
  // —— Behavioural ——
  {
    c: "behavioral",
    d: 2,
    zh: [
      "面对非常紧的排期，你如何保证设计质量？",
      "考察效率与质量的平衡。",
      "1) 优先保证核心流程和关键页面；2) 复用组件和已有模式；3) 早对齐、早评审，减少返工；4) 明确后续迭代计划；5) 举例。",
    ],
    en: [
      "On a very tight schedule, how do you protect design quality?",
      "Tests balancing speed and quality.",
      "1) Prioritise the core flow and key screens; 2) reuse components and existing patterns; 3) align and review early to avoid rework; 4) agree a follow-up iteration; 5) an example.",
    ],
  },
  {
    c: "behavioral",
    d: 1,
    zh: [
      "你平时如何提升自己的设计能力和审美？",
      "考察成长习惯和热情。",
      "1) 持续输入：设计平台、优秀产品、展览和跨领域灵感；2) 持续输出：练习、复刻、个人项目；3) 学习方法论和相关领域（心理学、前端、数据）；4) 最近的一个收获。",
    ],
    en: [
      "How do you keep improving your design skills and taste?",
      "Tests growth habits and passion.",
      "1) Input: design platforms, great products, exhibitions, ideas from other fields; 2) output: practice, recreations, side projects; 3) method and adjacent fields (psychology, frontend, data); 4) something you learned recently.",
    ],
  },
  {
    c: "behavioral",
    d: 2,
    zh: [
      "当不同的人对你的设计给出相互矛盾的反馈时，你怎么处理？",
      "考察判断力和沟通能力。",
      "1) 收集并分类反馈，区分个人偏好与用户/业务问题；2) 回到设计目标判断；3) 用数据或用户测试验证分歧点；4) 与关键决策人对齐；5) 记录决策理由。",
    ],
    en: [
      "What do you do when people give you contradictory feedback on a design?",
      "Tests judgement and communication.",
      "1) Collect and sort feedback, separating preference from user or business issues; 2) judge against the design goals; 3) test the disputed points with data or users; 4) align with the decision-maker; 5) document the reasoning.",
    ],
  },
]);
