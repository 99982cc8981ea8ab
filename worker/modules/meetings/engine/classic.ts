/**
 * Classic interview questions, recognised by their wording in Chinese and English. Each kind has its own
 * answer structure (suggest.ts); the order of the table matters: the first kind that matches wins, so the
 * narrower wordings come first ("你还有什么问题想问我们" is the reverse question, not a question about problems).
 */
import { foldForMatch } from "../../analysis/engine/text";

export type ClassicKind =
  | "reverse"
  | "salary"
  | "start"
  | "overtime"
  | "offers"
  | "switch"
  | "leave"
  | "why-us"
  | "role"
  | "plan"
  | "strengths-weaknesses"
  | "weakness"
  | "strengths"
  | "intro"
  | "failure"
  | "conflict"
  | "leadership"
  | "pressure"
  | "learning"
  | "project"
  | "challenge"
  | "achievement";

// biome-ignore format: a table reads best one row a line
const TABLE: [ClassicKind, RegExp][] = [
  ["reverse", /还有什么(?:问题|疑问|想问|要问|想了解)|有什么(?:想|要)(?:问|了解)的|有什么(?:问题|疑问)(?:要|想)?问(?:我们|我)|(?:问题|疑问)要问(?:我们|我)|^(?:你|您)?(?:还)?有(?:没有)?(?:什么)?(?:问题|疑问)(?:吗|么)?[?？。]?$|反问|any questions (?:for|about)|questions? for (?:me|us)|anything (?:you'd|you would) like to ask|what would you like to know about (?:us|the team|the company)/],
  ["salary", /期望薪资|薪资|薪酬|薪水|待遇|工资|年薪|月薪|期望.{0,4}(?:收入|薪)|salary|compensation|pay expectation|expected pay|how much (?:are you|do you) (?:expect|make|earn)/],
  ["start", /(?:什么时候|何时|多久|最快).{0,6}(?:入职|到岗|上班|报到)|到岗时间|入职时间|when (?:can|could|would) you start|start date|notice period|how soon can you (?:start|join)/],
  ["overtime", /加班|出差|996|overtime|willing to travel|travel (?:requirement|often)|long hours|work (?:on )?weekends/],
  ["offers", /(?:还|也)在(?:面试|看|面)|其他(?:公司|机会|offer)|别的(?:公司|offer|机会)|手上有.{0,4}offer|other (?:companies|offers|interviews|opportunities)|interviewing (?:with|elsewhere)/],
  ["switch", /转行|转型|转做|转岗|换(?:了)?(?:方向|行业|赛道|岗位)|career (?:change|switch)|switch(?:ed|ing)? (?:careers|fields)|chang(?:e|ed|ing) careers/],
  ["leave", /离职|(?:为什么|为何)(?:要|想)?(?:离开|跳槽|换工作|换公司|走)|换工作|跳槽|why (?:are you |did you |do you want to |would you )?(?:leav|left|quit)|chang(?:e|ed|ing) (?:jobs|companies|careers)|reason for leaving|looking for a new (?:job|role|position|opportunit)/],
  ["why-us", /(?:为什么|为何)(?:想|要|会)?(?:加入|来|选择|应聘|投递|投)(?:我们|这|本|贵)|(?:为什么|为何)(?:选|对)(?:我们|这个|本)|(?:吸引|打动)(?:你|您)|why (?:do you want to|would you like to|would you) (?:join|work)|why (?:us|this company|our company|this role|this position|this job)\b|what (?:attracts|draws|interests|excites) you (?:to|about)|why are you interested in (?:this|us|our)/],
  ["role", /(?:对|关于)(?:这个|我们|该|本|这份)?(?:岗位|职位|工作|角色)的?(?:理解|认识|看法)|岗位.{0,4}理解|understanding of (?:this|the) (?:role|position|job)|what do you know about (?:this|the) (?:role|position|job)/],
  ["plan", /(?:职业|个人|发展|未来)规划|(?:未来|接下来)的?(?:[一二三四五六七八九十两几\d]+)?(?:到|-|~|至)?(?:[一二三四五六七八九十\d]+)?年|[三五十\d]+年(?:后|以后|之后)|where do you see yourself|career (?:plan|goal)|long[- ]term goal|in (?:three|five|ten|\d+) years/],
  ["strengths-weaknesses", /(?:你|您|自己).{0,8}(?:优点|优势|长处).{0,8}(?:缺点|不足|短板|劣势)|strengths? and weakness/],
  ["weakness", /(?:你|您|自己).{0,8}(?:缺点|不足|短板|劣势|(?:需要|有待)改进)|your (?:greatest |biggest |main )?weakness|areas? (?:for|of) improvement|what would you improve about yourself/],
  ["strengths", /(?:你|您|自己).{0,8}(?:优点|优势|长处|特长|擅长)|(?:为什么|凭什么)(?:要|应该)?(?:录用|选择|选|招)(?:你|您)|your (?:greatest |biggest |key |main )?strength|what are you good at|why should we hire you|what makes you (?:a good fit|the right)/],
  ["intro", /自我介绍|介绍(?:一下|下)?(?:你)?自己|(?:说说|讲讲|谈谈|聊聊)(?:你)?自己|介绍一下你的(?:背景|情况)|^(?:请|那)?(?:你)?(?:先)?简单(?:地)?介绍一下(?:吧)?[?？。]?$|tell me (?:a (?:bit|little) )?about yourself|introduce yourself|walk me through your (?:background|résumé|resume|cv|career)|tell me about your background/],
  ["failure", /失败的经历|(?:你|您).{0,12}(?:失败|犯(?:过)?.{0,4}错|搞砸)|犯过(?:的)?错|\b(?:a|your|biggest|greatest) (?:mistake|failure)|you (?:failed|made a mistake|messed up)|went wrong/],
  ["conflict", /(?:和|与|跟).{0,10}(?:冲突|分歧|矛盾|意见不)|意见不(?:一致|同)|分歧|争执|难(?:以)?(?:合作|相处|沟通)|disagree|conflict with|a conflict|difficult (?:colleague|coworker|co-worker|person|stakeholder|manager)|push ?back/],
  ["leadership", /带(?:过)?团队|带人|(?:领导|管理)(?:过)?(?:团队|下属|别人)|牵头|(?:lead|led|leading|manag(?:e|ed|ing)) (?:a|the|your)? ?team|leadership|mentor/],
  ["pressure", /压力(?!测试)|抗压|截止|deadline|ddl|赶工|pressure|tight (?:deadline|timeline|schedule)|under stress/],
  ["learning", /学习能力|(?:快速|很快)(?:地)?(?:学|掌握|上手)|(?:学习|掌握)(?:一[门项个])?新(?:技术|技能|知识|领域)|learn(?:ed)? (?:something|a new) |learn (?:quickly|fast)|pick(?:ed)? up (?:a )?new/],
  ["challenge", /最(?:困难|难|大的挑战)|挑战|难点|困难|棘手|hardest|challeng|difficult (?:problem|situation|project|bug)|obstacle/],
  ["project", /(?:介绍|讲讲|说说|聊聊|谈谈|描述|展开)(?:一下)?.{0,10}项目|(?:哪个|一个|最.{0,6})项目|project (?:you|that)|(?:walk|take) me through (?:a|one|your|the) project|tell me about (?:a|one|your|the) (?:recent |favorite |favourite |best |biggest )?project|(?:recent|favorite|favourite|best|biggest|most (?:recent|challenging|interesting)) project/],
  ["achievement", /成就|骄傲|自豪|最(?:得意|满意)|最有代表性|proud|achievement|accomplishment/],
];

export function classify(question: string): ClassicKind | undefined {
  const t = foldForMatch(question).trim();
  return TABLE.find(([, re]) => re.test(t))?.[0];
}

const STORY_KINDS = ["failure", "conflict", "leadership", "pressure", "learning", "challenge", "achievement"] as const;
/** Behavioural kinds answered with one story from the résumé (STAR). */
export type StoryKind = (typeof STORY_KINDS)[number];
export const isStoryKind = (kind: ClassicKind): kind is StoryKind => (STORY_KINDS as readonly string[]).includes(kind);
