/**
 * The rubric an answer is read against. STAR fits behavioural and project answers; technical answers,
 * the self-introduction and HR questions keep the four parts but read them differently (a technical
 * "action" is the approach and its trade-offs, an HR "action" is a concrete example). Cue phrases are
 * matched on NFKC text, Chinese and English alike.
 */
import { QUESTION_BANK_BY_FAMILY } from "../../analysis/engine/question-bank";
import { type Locale, tr } from "../../analysis/engine/text";
import type { StarPart } from "../schemas";
import type { PlannedQuestion } from "./types";

export type RubricMode = "star" | "technical" | "intro" | "hr";

/** The bank's self-introduction: every interview opens with it. */
export const INTRO = QUESTION_BANK_BY_FAMILY.common.find((b) => b.en[0].startsWith("Walk me through your background"))!;

export function rubricFor(q: PlannedQuestion): RubricMode {
  if (q.id === INTRO.id) return "intro";
  if (q.category === "technical") return "technical";
  if (q.category === "hr") return "hr";
  return "star";
}

/** "What would you do if…" questions: a plan is a fair answer, not a dodge of "tell me about a time". */
export function isSituational(question: string): boolean {
  if (/举例|举一个|讲一次|讲一个|说说一次|tell me about a time|give an example|describe a time/i.test(question))
    return false;
  return /你会|你将|会怎么|会如何|怎么办|如果|\b(?:would you|what would|how would|how do you|what do you do|if you|what if)\b/i.test(
    question,
  );
}

const LABELS: Record<RubricMode, Record<StarPart, [zh: string, en: string]>> = {
  star: {
    situation: ["背景", "the situation"],
    task: ["你的任务", "your task"],
    action: ["你的具体行动", "your own actions"],
    result: ["结果", "the result"],
  },
  technical: {
    situation: ["问题背景", "the context"],
    task: ["需求与约束", "the constraints"],
    action: ["方案与取舍", "your approach and trade-offs"],
    result: ["效果与验证", "how you verified the outcome"],
  },
  intro: {
    situation: ["个人背景", "your background"],
    task: ["求职方向", "what you are looking for"],
    action: ["相关经历", "relevant experience"],
    result: ["成果与匹配度", "achievements and fit"],
  },
  hr: {
    situation: ["现状", "the facts"],
    task: ["动机与想法", "your motivation"],
    action: ["具体例子", "a concrete example"],
    result: ["与岗位的关联", "the link to this role"],
  },
};

export const partLabel = (mode: RubricMode, part: StarPart, locale: Locale): string => {
  const [zh, en] = LABELS[mode][part];
  return tr(locale, zh, en);
};

/** Depth signals, scored 0..1 each: see score.ts. */
export type DepthSignal = "length" | "steps" | "quantified" | "ownership" | "specific" | "reflection";

/**
 * Points of the structure (which parts are there: 55) and of the depth (how well it is told: 45).
 * Actions weigh most in STAR and technical answers: they show what the candidate can do; named
 * technologies weigh more in technical answers, a reflection only where the question invites one.
 */
// biome-ignore format: a table reads best one row a line
export const WEIGHTS: Record<RubricMode, { parts: Record<StarPart, number>; depth: Record<DepthSignal, number> }> = {
  star: { parts: { situation: 10, task: 10, action: 20, result: 15 }, depth: { length: 10, steps: 10, quantified: 10, ownership: 6, specific: 5, reflection: 4 } },
  technical: { parts: { situation: 8, task: 8, action: 24, result: 15 }, depth: { length: 10, steps: 8, quantified: 8, ownership: 4, specific: 12, reflection: 3 } },
  intro: { parts: { situation: 12, task: 10, action: 18, result: 15 }, depth: { length: 12, steps: 6, quantified: 10, ownership: 6, specific: 11, reflection: 0 } },
  hr: { parts: { situation: 10, task: 15, action: 15, result: 15 }, depth: { length: 14, steps: 8, quantified: 4, ownership: 8, specific: 8, reflection: 3 } },
};

type Cue = readonly [RegExp, number];

/** Past-tense verbs of doing, for "I …" (a clear action) and "we …" (an action, ownership unclear). */
const EN_VERBS =
  "built|designed|implemented|wrote|rewrote|created|set up|introduced|proposed|led|drove|organi[sz]ed|analy[sz]ed|investigated|profiled|refactored|migrated|added|changed|replaced|split|decided|convinced|negotiated|reached out|met|ran|used|chose|started|broke|prioriti[sz]ed|automated|spoke|talked|scheduled|pushed|tested|measured|interviewed|mapped|drafted|reviewed|fixed|moved|switched|cached|optimi[sz]ed|deployed|launched|shipped|trained|coached|asked|explained|presented|documented|sat down|called|emailed";

// biome-ignore format: cue tables read best one row a line
const COMMON_CUES: Record<StarPart, readonly Cue[]> = {
  situation: [
    [/当时|那时候?|那次|背景是|项目背景|起因|起初|一开始|原来|原本|面临|(?<![没未])遇到了?|痛点|问题是|瓶颈|情况是/, 1.5],
    [/在.{1,14}(?:公司|团队|项目|实习|部门|期间)(?:中|里|时|的时候)?/, 1],
    [/项目中|业务|用户反馈|投诉|线上|由于|随着|之前|去年|前年|刚入职|入职后|实习时|大[一二三四]|研[一二三]/, 1],
    [/\b(?:at the time|back then|when I (?:was|joined|started)|while (?:I was )?(?:working|at|interning)|the (?:context|background|situation|problem|issue|challenge) was|we (?:were|had) (?:a|an|to)|our team (?:was|had)|previously|originally|at first)\b/i, 1.5],
    [/\b(?:last year|(?:in|at) (?:my|our) (?:last|previous|current|first|old) (?:role|job|team|company|internship)|users (?:were|complained)|due to|bottleneck|during)\b/i, 1],
  ],
  task: [
    [/我负责|由我负责|我的(?:任务|职责|角色|目标)|任务是|目标是|职责是|需要(?:在|把|让|将)|要求(?:在|我)|必须|被要求|交给我|让我(?:来)?负责|我牵头|指标是|截止|[天周月]内(?:完成|上线|交付)/, 1.5],
    [/负责|目标|需要|希望|承担|主要做|作为|要求/, 1],
    [/\b(?:I was (?:responsible|in charge|tasked|asked)|my (?:task|job|role|goal|responsibility) (?:was|is)|the goal (?:was|is)|(?:I|we) (?:needed|had|need|have) to|I owned|was assigned|our target|the deadline)\b/i, 1.5],
    [/\b(?:goal|target|objective|requirement|constraint|deadline|must|needed|responsible|had to|in charge)\b/i, 1],
  ],
  action: [
    [/首先|其次|然后|接着|随后|于是|第[一二三四]步?|一方面|另一方面|具体(?:来说|做法|地)|所以我|我(?:就|先|又|还|亲自|主动)/, 1.5],
    [/设计|实现|开发|搭建|重构|优化|引入|采用|改用|通过|使用|利用|借助|解决|攻克|改成|改为|拆分|拆解|排查|定位|分析|调研|对比|评估|制定|推动|组织|协调|沟通|说服|主导|牵头|推进|编写|写了|做了|加了|建立|梳理|整理|访谈|约了|拉了|找了|提出|带着|试了|安排|跟进|复现|埋点|部署/, 1],
    [new RegExp(`\\b(?:first(?:ly)?|secondly|then|next|after that|so I|I (?:then |also |personally |first )?(?:${EN_VERBS}))\\b`, "i"), 1.5],
    [new RegExp(`\\b(?:we (?:then |also |first )?(?:${EN_VERBS})|by (?:adding|using|moving|switching|introducing|caching|splitting|rewriting)|approach|instead of)\\b`, "i"), 1],
  ],
  result: [
    [/结果|最终|最后(?:我们|我)?(?:成功|顺利|把|将|使|让|还是)|效果|上线后|改版后|优化后|带来了?|使得|翻倍|达到|达成|超额|按时(?:上线|交付|完成)|提前(?:上线|交付|完成)|被采纳|好评|认可|表扬/, 1.5],
    [/提升|提高|降低|减少|缩短|增长|节省|下降|上涨|获得|拿到|复盘|学到|收获|教训|意识到|以后|下次|好多了|变快|更快|更稳定|(?:最后|后来|最终).{0,6}(?:挺好|很好|不错|成功|顺利|解决)/, 1],
    [/\b(?:as a result|in the end|eventually|ultimately|the (?:result|outcome|impact) was|resulted in|led to|which (?:cut|reduced|increased|improved|saved)|doubled|halved|went (?:down|up) from|on time|exceeded|was adopted|praised|promoted)\b/i, 1.5],
    [/\b(?:reduced|increased|improved|cut|saved|grew|dropped|shipped|launched|delivered|achieved|adopted|learned|lesson|realized|next time|since then|(?:got|became|was|were) (?:much |a lot |significantly |far )?(?:better|faster|smoother|easier|more stable))\b/i, 1],
  ],
};

// biome-ignore format: cue tables read best one row a line
const MODE_CUES: Record<RubricMode, Partial<Record<StarPart, readonly Cue[]>>> = {
  star: {},
  technical: {
    situation: [[/场景|规模|数据量|并发量|QPS|TPS|日活|延迟高|慢查询|卡顿|白屏|报错|故障|\b(?:scale|traffic|latency|slow|outage|the system|legacy)\b/i, 1]],
    task: [[/约束|限制|不能影响|兼顾|保证|要支持|兼容|SLA|预算|\b(?:constraints?|without (?:breaking|adding|affecting|losing)|SLA|budget|(?:had|has|have) to support|backward[- ]compatible)\b/i, 1.5]],
    action: [
      [/原理|机制|权衡|取舍|方案|架构|缓存|索引|异步|并发|队列|分片|分库|限流|降级|熔断|算法|复杂度|懒加载|预加载|虚拟列表|事务|锁|幂等|重试|监控|埋点|灰度|选型|因为.{0,20}所以/, 1],
      // Design questions are answered in the conditional: "I'd use…".
      [/\b(?:I|we)(?:'d| would| will| could)? (?:use|design|build|add|put|store|split|shard|cache|choose|start|go with|implement|keep|move)\b|我会(?:用|先|采用|设计|把|选)/i, 1.5],
      [/\b(?:trade-?offs?|because|cache|caching|index(?:es|ing)?|async|queue|shard(?:ing)?|rate[- ]limit|fallback|algorithm|complexity|lazy[- ]load|transaction|lock|idempot|retry|architecture|pattern|chose .{0,30} over)\b/i, 1],
    ],
    result: [[/验证|压测|测试|监控|回归|灰度|对比|基准|\b(?:verified|benchmark(?:ed)?|load[- ]test(?:ed)?|monitor(?:ed|ing)?|A\/B|measured|p9[59])\b/i, 1.5]],
  },
  intro: {
    situation: [[/毕业|本科|硕士|博士|专业|学校|大学|年(?:的)?(?:工作)?经验|工作了?\s*\d|目前在|现在在|我是|我叫|\b(?:graduated|degree|major|university|years? of experience|currently|I am a|I'm a|my name is)\b/i, 1.5]],
    task: [[/方向|专注|擅长|求职|应聘|想做|想找|希望加入|意向|\b(?:focus|looking for|applying|interested in|specialise|specialize|want to)\b/i, 1.5]],
    action: [[/项目|实习|经历|做过|曾经|主要做|\b(?:project|internship|worked on|I've built|experience (?:in|with))\b/i, 1]],
    result: [[/匹配|适合|契合|所以我|这也是我|为什么|贵公司|这个岗位|\b(?:fit|that's why|which is why|this role|your team)\b/i, 1.5]],
  },
  hr: {
    situation: [[/目前|现在|我是|我的情况|\b(?:right now|currently|at the moment|my situation)\b/i, 1]],
    task: [[/因为|希望|想要?|看重|在意|计划|规划|动机|原因|\b(?:because|I want|I'd like|I value|I care|plan|motivat|reason)\b/i, 1.5]],
    action: [[/比如|例如|举个例子|有一次|曾经|之前有|\b(?:for example|for instance|once|one time|I remember)\b/i, 1.5]],
    result: [[/所以|因此|这让我|适合|匹配|契合|贵公司|这个岗位|岗位|团队|\b(?:so I|that's why|which is why|this role|fit|your (?:team|company))\b/i, 1.5]],
  },
};

export function cuesFor(mode: RubricMode, part: StarPart): readonly Cue[] {
  return [...COMMON_CUES[part], ...(MODE_CUES[mode][part] ?? [])];
}

/** "I would…": a plan instead of an event. */
export const HYPOTHETICAL =
  /我会|我应该会?|我可能会|如果是我|我打算|我觉得应该|\b(?:I would|I'd|I will|I'll|I should|I might)\b/i;
/** Words that fill without informing. */
export const VAGUE =
  /等等|之类|各种|一些|很多方面|还行|差不多|大概|基本上|\b(?:etc|stuff|things like that|various|kind of|sort of|a lot of things)\b/gi;
/** "I don't know" and kin: nothing to assess. */
export const NON_ANSWER =
  /不知道|不清楚|不太了解|不会|没(?:有)?(?:做过|经验|遇到过|接触过)|想不起来|\b(?:I don'?t know|no idea|not sure|haven'?t (?:done|had|worked)|no experience|can'?t think of)\b/i;
export const REFLECTION =
  /复盘|学到|收获|教训|意识到|反思|下次|以后我|如果重来|\b(?:learned|lesson|realized|next time|in hindsight|would do differently)\b/i;
/** A stated change: what turns a number into a result. */
export const CHANGE =
  /[%％‰倍]|提升|提高|降低|减少|缩短|增长|节省|下降|翻|从.{1,16}(?:到|降|升|提)|\b(?:increas|reduc|improv|cut|sav|grew|growth|faster|lower|higher|from .{1,20} to|doubl|halv|dropp)/i;
