/**
 * Questions answered with one story (STAR: 最困难的挑战, 失败经历, 分歧, 带团队, 压力, 学习, 成就) and
 * project walk-throughs: the résumé line that fits best (a cue for the kind of story, the project the
 * conversation is about), what to say around it, and its result.
 */
import type { StoryKind } from "./classic";
import { type Ctx, cited, type Draft, phrase, pick } from "./draft";
import { citeResult, pickEntry } from "./resume";

const STORY_CUES: Record<StoryKind, RegExp> = {
  failure: /问题|故障|事故|排查|修复|bug|incident|fix|issue|outage/i,
  conflict:
    /沟通|协调|推动|跨部门|跨团队|对接|说服|协作|stakeholder|align|cross-functional|negotiat|persuad|coordinat/i,
  leadership: /带领|主导|牵头|负责人|管理|指导|培养|组织|\bled\b|\blead|mentor|manag|coordinat/i,
  pressure: /上线|交付|紧急|按时|大促|deadline|launch|deliver|ship/i,
  learning: /学习|从零|从0到1|首次|第一次|引入|调研|新技术|learn|\bnew\b|first|introduc|adopt|research/i,
  challenge: /重构|优化|解决|攻克|排查|迁移|性能|refactor|optimi|migrat|solv|scal|rebuil/i,
  achievement: /提升|降低|增长|获得|奖|第一|increas|reduc|grew|award|won/i,
};

const STORY_APPROACH: Record<StoryKind, [zh: string, en: string]> = {
  failure: [
    "选一个真实但不致命的失误：讲你的责任、怎么补救、之后建立了什么机制。",
    "Pick a real but recoverable mistake: own your part, how you fixed it, what you changed afterwards.",
  ],
  conflict: [
    "对事不对人：讲清分歧点、你如何理解对方、怎样用事实推动共识，以及结果。",
    "Focus on the issue, not the person: the disagreement, how you understood them, how facts built consensus, the outcome.",
  ],
  leadership: [
    "讲一次你协调或带领他人的经历：目标、分工、推进方式和结果。",
    "A time you coordinated or led others: the goal, how you split the work, how you drove it, the result.",
  ],
  pressure: [
    "讲一次在紧迫时间下交付的经历：怎么排优先级、同步风险，结果如何。",
    "A time you delivered under time pressure: how you prioritised, flagged risk, and what came out.",
  ],
  learning: [
    "讲一次快速学会新东西的经历：学习路径、怎么验证掌握、用上之后的效果。",
    "A time you learned something fast: your path, how you checked you'd got it, the result of using it.",
  ],
  challenge: [
    "用 STAR 讲一个真实案例：为什么难 → 你的拆解和关键动作 → 可衡量的结果 → 复盘。",
    "STAR with one real case: why it was hard → how you broke it down → a measurable result → what you learned.",
  ],
  achievement: [
    "选与岗位相关、你贡献最大的一件事：难度、你的作用、结果。",
    "Pick the most relevant thing you contributed most to: the difficulty, your part, the result.",
  ],
};

const STORY_MIDDLE: Record<StoryKind, [zh: string, en: string]> = {
  failure: ["坦诚说明你的那部分责任，再讲当时如何止损、补救", "Own your part, then explain how you limited the damage"],
  conflict: [
    "讲分歧点和对方的出发点，你如何用数据或小范围验证说服对方",
    "The disagreement and their reasoning; how data or a small trial won them over",
  ],
  leadership: [
    "讲你如何拆分任务、明确分工和节奏，怎么暴露和处理风险",
    "How you split the work, set owners and cadence, and surfaced risks",
  ],
  pressure: [
    "讲你如何拆解任务、排优先级，何时同步风险或调整范围",
    "How you broke it down, prioritised, and when you flagged risk or cut scope",
  ],
  learning: [
    "讲你的学习路径（文档、请教、边做边学）和如何验证真的掌握了",
    "Your path (docs, experts, learning by doing) and how you checked you'd really got it",
  ],
  challenge: [
    "讲清为什么难（时间、资源、技术或人），以及你的拆解和取舍",
    "Why it was hard (time, resources, technology, people) and your breakdown and trade-offs",
  ],
  achievement: [
    "讲清难度和你个人的关键作用，别把团队成果都说成自己的",
    "The difficulty and your personal part — don't claim the whole team's work",
  ],
};

export function storyAnswer(c: Ctx, kind: StoryKind): Draft {
  const { language } = c;
  const L = phrase(language);
  const [approachZh, approachEn] = STORY_APPROACH[kind];
  const [middleZh, middleEn] = STORY_MIDDLE[kind];
  const entry = c.model && c.leans ? pickEntry(c.model, c.query, c.folded) : undefined;
  const [a, b] = pick(c, c.query, { max: 2, cue: STORY_CUES[kind], entry });
  const points: string[] = [];
  if (a) {
    // A line that shows the trait is the story; otherwise it is where to look for one.
    const shows = kind !== "failure" && STORY_CUES[kind].test(a.quote);
    points.push(cited(shows ? ["可以讲", "Story"] : ["可以从这段经历里找", "Look for one around"], a, language));
  } else {
    points.push(
      L(
        "准备：挑一段真实经历，按情境、任务、行动、结果组织",
        "Prepare: one real experience, organised as situation, task, action, result",
      ),
    );
  }
  points.push(L(middleZh, middleEn));
  const result = a && citeResult(a.quote, language);
  if (kind === "failure")
    points.push(
      L(
        "机制：之后你加了什么（检查清单、自动化、流程），效果如何",
        "Safeguard: what you put in place afterwards (checklist, automation, process) and whether it worked",
      ),
    );
  else if (result)
    points.push(
      L(
        `结果：以${result}收尾，准备好说明怎么测的`,
        `Result: end on ${result} and be ready to explain how it was measured`,
      ),
    );
  else if (a && a.quant > 0)
    points.push(
      L(
        "结果：用这条里的数据收尾，准备好说明怎么测的",
        "Result: end on that number and be ready to explain how it was measured",
      ),
    );
  else
    points.push(
      L("结果：给出可衡量的效果，再加一句复盘", "Result: a measurable outcome, plus one line on what you learned"),
    );
  if (b && kind !== "failure") points.push(cited(["备选", "Backup"], b, language));
  return { approach: L(approachZh, approachEn), points };
}

export function projectAnswer(c: Ctx): Draft {
  const { language } = c;
  const L = phrase(language);
  const approach = L(
    "按背景 → 你的角色 → 关键决策 → 难点 → 结果来讲，突出你本人的贡献。",
    "Context → your role → key decisions → the hard part → result; make your own contribution clear.",
  );
  const entry = c.model ? pickEntry(c.model, c.query, c.folded) : undefined;
  const [a, b] = pick(c, c.query, { max: 2, entry, filter: entry && ((l) => l.entry === entry) });
  if (!a) {
    return {
      approach,
      points: [
        L(
          "准备：选一个最能体现岗位能力的项目，一句话讲清背景和目标",
          "Prepare: the project that best shows what the role needs, with its context and goal in one line",
        ),
        L(
          "讲清你的角色和关键决策：为什么这样做，考虑过哪些备选",
          "Your role and key decisions: why this approach, what alternatives you weighed",
        ),
        L(
          "结果：准备一个可衡量的指标（上线效果、效率或用户数据）",
          "Result: a measurable outcome (launch impact, efficiency, user data)",
        ),
      ],
    };
  }
  const result = citeResult(a.quote, language) ?? (b && citeResult(b.quote, language));
  return {
    approach,
    points: [
      cited(["你做的", "What you did"], a, language),
      L(
        "讲清关键决策：为什么这样做，考虑过哪些备选方案",
        "Key decisions: why this approach, what alternatives you weighed",
      ),
      ...(b ? [cited(["补充", "Also"], b, language)] : []),
      result
        ? L(`结果：${result}，说明指标口径和你的贡献`, `Result: ${result} — explain how it was measured and your part`)
        : a.quant > 0 || b?.quant
          ? L(
              "结果：用上面的数据收尾，说明指标口径和你的贡献",
              "Result: end on those numbers — how they were measured and your part",
            )
          : L(
              "结果：准备一个可衡量的指标（上线效果、效率或用户数据）",
              "Result: a measurable outcome (launch impact, efficiency, user data)",
            ),
    ],
  };
}
