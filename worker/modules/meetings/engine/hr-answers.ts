/**
 * Classic HR and self-assessment questions (自我介绍, 优缺点, 离职原因, 为什么选我们, 薪资, 到岗, 职业规划,
 * 反问…): each with its known answer structure, filled in with the user's résumé lines and the skills the
 * meeting context names. The story questions (STAR) are in stories.ts.
 */
import type { Skill } from "../../analysis/engine/lexicon";
import { type Locale, tr } from "../../analysis/engine/text";
import type { ClassicKind, StoryKind } from "./classic";
import {
  type Ctx,
  cited,
  type Draft,
  inZh,
  matchedRoleSkills,
  names,
  phrase,
  pick,
  roleFocus,
  skillName,
  tidy,
} from "./draft";
import { cite, type ResumeLine, type ResumeModel } from "./resume";
import { FIELD_SKILLS, overlap } from "./terms";

export type HrKind = Exclude<ClassicKind, "project" | StoryKind>;

/** The answer structure of a classic HR or self-assessment question. */
export function classicAnswer(c: Ctx, kind: HrKind): Draft {
  const L = phrase(c.language);
  const { language } = c;
  switch (kind) {
    case "intro": {
      const picks = pick(c, c.roleQuery, { max: 2 });
      const pos = c.model?.positioning;
      const matched = matchedRoleSkills(c).map((h) => skillName(h, language));
      return {
        approach: L(
          "按「定位 → 两个亮点 → 为什么是这个岗位」来讲，控制在两分钟内。",
          "Positioning → two highlights → why this role; keep it under two minutes.",
        ),
        points: [
          pos
            ? L(
                `定位：${cite(pos, language)}，再补一句你的方向`,
                `Positioning: ${cite(pos, language)}, plus a line on your focus`,
              )
            : L("定位：一句话说清你的方向和经验年限", "Positioning: one line on your focus and years of experience"),
          ...(picks.length
            ? picks.map((p) => cited(["亮点", "Highlight"], p, language))
            : [
                L(
                  "亮点：准备两段与岗位最相关的经历，各带一个可衡量的结果",
                  "Highlights: two experiences most relevant to the role, each with a measurable result",
                ),
              ]),
          matched.length
            ? L(
                `为什么是这个岗位：岗位看重的${inZh(names(matched, language))}正是你做过的`,
                `Why this role: it values ${names(matched, language)}, which you have done`,
              )
            : L(
                "为什么是这个岗位：把你的经历和岗位要求连起来，说明这是你想走的方向",
                "Why this role: connect your experience to what it needs and where you want to go",
              ),
        ],
      };
    }
    case "strengths":
    case "strengths-weaknesses": {
      const picks = pick(c, c.roleQuery, { max: kind === "strengths" ? 2 : 1 });
      const named = new Set<string>();
      const proofs = picks.length
        ? picks.map((p) => {
            const name = strengthName(p, named, language);
            if (name) named.add(name);
            return name ? cited([name, name], p, language) : cited(["例子", "Example"], p, language);
          })
        : [L("准备：每个优点配一段真实经历和结果", "Prepare: one real experience and result for each strength")];
      return kind === "strengths"
        ? {
            approach: L(
              "选一两个与岗位最相关的优点，每个都用一个真实例子证明。",
              "Pick one or two strengths that matter for this role and prove each with a real example.",
            ),
            points: [
              ...proofs,
              L("收尾：说明这些优点能帮团队解决什么问题", "Close with what these strengths would do for the team"),
            ],
          }
        : {
            approach: L(
              "先讲与岗位相关的优点并举例，再讲一个真实但非核心的不足和改进。",
              "A relevant strength with an example first, then a real but non-core weakness and how you're fixing it.",
            ),
            points: [
              ...proofs,
              weaknessPick(c),
              L("不足要配上具体的改进动作和进展", "Pair the weakness with concrete steps and progress"),
            ],
          };
    }
    case "weakness":
      return {
        approach: L(
          "说一个真实、但不是岗位核心要求的不足，重点讲你正在怎么改进。",
          "Name a real weakness that isn't core to this role, and focus on how you're improving it.",
        ),
        points: [
          weaknessPick(c),
          L(
            "讲具体的改进动作：课程、刻意练习、请同事反馈，以及目前的进展",
            "Concrete steps: a course, deliberate practice, asking colleagues for feedback — and your progress",
          ),
          L("收尾：用一个近期的例子说明已经在变好", "Close with a recent example showing it's improving"),
        ],
      };
    case "leave": {
      const latest = c.model?.entries.find((e) => e.section === "experience" && e.ranges.length && !e.ranges[0]!.end);
      const picks = pick(c, c.roleQuery, { max: 1, entry: latest });
      return {
        approach: L(
          "正向表述：讲你想要什么，而不是在逃离什么；不评价前公司和上级。",
          "Keep it positive: what you're moving towards, not away from; never criticise your employer.",
        ),
        points: [
          ...picks.map((p) => cited(["先肯定收获", "Acknowledge what you gained"], p, language)),
          L(
            `原因：想在${inZh(roleFocus(c))}上走得更深、承担更大的范围`,
            `Reason: you want to go deeper in ${roleFocus(c)} and take on more scope`,
          ),
          L(
            "衔接：这个岗位正好提供你要的成长，表达长期发展的意愿",
            "Bridge: this role offers that growth, and you intend to stay and grow",
          ),
        ],
      };
    }
    case "switch": {
      const [now] = pick(c, c.roleQuery, { max: 1 });
      // The earlier career: lines that have nothing to do with the role.
      const [before] = pick(c, [], {
        max: 1,
        filter: (l) => l.entry !== undefined && l.entry !== now?.entry && overlap(l.terms, c.roleQuery) === 0,
      });
      return {
        approach: L(
          "讲清转变的契机、为此做的准备，以及过去的经验带来的独特优势。",
          "What prompted the switch, how you prepared, and what your earlier experience brings.",
        ),
        points: [
          L(
            "契机：说清是什么让你转向这个方向（具体的事，而不是抽象的兴趣）",
            "Trigger: the concrete thing that turned you towards this field",
          ),
          now
            ? cited(["准备和成果", "Proof you've made the move"], now, language)
            : L(
                "准备：列出为转型做的学习、项目或证书",
                "Preparation: the study, projects or certificates behind the move",
              ),
          before
            ? cited(["过去的经验也是优势", "What your earlier career brings"], before, language)
            : L("说明过去的经验如何迁移到新岗位", "How your earlier experience carries over"),
        ],
      };
    }
    case "why-us":
    case "role": {
      const matched = matchedRoleSkills(c);
      const picks = pick(c, c.roleQuery, { max: 1, relevantOnly: c.roleQuery.length > 0 });
      const evidence = picks.length
        ? matched.length
          ? L(
              `匹配：岗位看重${inZh(
                names(
                  matched.map((h) => skillName(h, language)),
                  language,
                ),
              )}，你有对应经历：${cite(picks[0]!.quote, language)}`,
              `Fit: the role values ${names(
                matched.map((h) => skillName(h, language)),
                language,
              )}, and you have done it: ${cite(picks[0]!.quote, language)}`,
            )
          : L(`匹配：${cite(picks[0]!.quote, language)}`, `Fit: ${cite(picks[0]!.quote, language)}`)
        : L("匹配：准备一段与岗位要求最贴近的经历", "Fit: prepare the experience closest to what the role needs");
      const known = c.roleSkills.length
        ? L(
            `了解：说出你对公司业务和产品的具体了解，并点到岗位看重的${inZh(roleFocus(c))}`,
            `What you know: show specific knowledge of the business and products, and touch on ${roleFocus(c)}`,
          )
        : L(
            "了解：提一个你用过的产品或最近的动态（会前准备好）",
            "What you know: a product you've used or recent news (prepare it beforehand)",
          );
      return kind === "why-us"
        ? {
            approach: L(
              "讲清三点：你对公司和业务的了解、它吸引你的地方、你能带来的价值。",
              "Three things: what you know about the company, what draws you, and the value you bring.",
            ),
            points: [known, evidence, L("避免只谈平台大、福利好", "Don't cite only size or perks")],
          }
        : {
            approach: L(
              "先讲岗位在业务中的价值，再讲核心职责和能力，最后落到你的匹配度。",
              "Where the role creates value, its core duties and skills, then how you fit.",
            ),
            points: [
              c.roleSkills.length
                ? L(
                    `核心能力：${inZh(
                      names(
                        c.roleSkills.map((h) => skillName(h, language)),
                        language,
                      ),
                    )}（来自你记下的会议背景）`,
                    `Core skills: ${names(
                      c.roleSkills.map((h) => skillName(h, language)),
                      language,
                    )} (from your meeting notes)`,
                  )
                : L(
                    "核心能力：结合 JD 说出最关键的两三项要求",
                    "Core skills: the two or three key requirements from the job description",
                  ),
              evidence,
              L("最后说说入职后前几个月你打算怎么做", "Finish with what you'd do in your first few months"),
            ],
          };
    }
    case "salary":
      return {
        approach: L(
          "先了解职级和薪资结构，再给一个有依据的区间，保留谈判空间。",
          "Learn the level and pay structure first, then give a reasoned range and leave room to negotiate.",
        ),
        points: [
          L(
            "可以先反问：这个岗位的职级和薪资构成（固定、绩效、股票）",
            "Ask first: the level and how pay is structured (base, bonus, equity)",
          ),
          L(
            "给区间：参考市场行情和你目前的收入，并说明依据",
            "Give a range based on market data and your current pay, and say why",
          ),
          L(
            "表达更看重整体机会，第一轮不把数字说死",
            "Say you weigh the whole opportunity; don't lock in a number in the first round",
          ),
        ],
      };
    case "start":
      return {
        approach: L(
          "给出明确的到岗时间，并说明交接安排，体现职业素养。",
          "Give a clear start date and explain your handover — it shows professionalism.",
        ),
        points: [
          L(
            "时间：按合同约定的交接期估算，给一个具体日期",
            "Timing: allow for your notice period and name a concrete date",
          ),
          L("交接：说明你会如何交接手头的工作", "Handover: how you'll hand over your current work"),
          L("如果时间有弹性，表达愿意配合团队的节奏", "If you have flexibility, say you'll fit the team's timing"),
        ],
      };
    case "overtime":
      return {
        approach: L(
          "先了解情况，再表达对阶段性冲刺的理解，同时体现你重视效率。",
          "Understand the situation, accept occasional crunches, and show you value efficiency.",
        ),
        points: [
          L("先问清加班或出差的频率和原因", "Ask how often and why"),
          L("表示理解上线、大促等关键节点的投入", "Show you understand extra effort around launches and key dates"),
          L(
            "说明你会提前规划、减少无效加班；有实际限制就坦诚说明",
            "Say you plan ahead to avoid needless overtime, and be honest about real constraints",
          ),
        ],
      };
    case "offers":
      return {
        approach: L(
          "如实但不透露过多细节，体现求职方向聚焦。",
          "Be honest without oversharing, and show a focused search.",
        ),
        points: [
          L(
            "说明在看的方向（同类业务或岗位），不展开细节",
            "Name the kind of roles you're looking at, not the details",
          ),
          L("表明这个岗位在你心中的优先级和原因", "Say where this role ranks for you and why"),
          L("如有 offer 截止时间，礼貌告知", "Mention any offer deadline politely"),
        ],
      };
    case "plan": {
      const own = c.model ? strongestSkill(c.model, new Set(c.roleSkills.map((h) => h.skill.id)), language) : undefined;
      return {
        approach: L(
          "分短期、中期、长期来讲，具体可信，并和这个岗位的发展路径挂钩。",
          "Short, mid and long term — concrete, credible and tied to where this role leads.",
        ),
        points: [
          L(
            `短期：尽快熟悉业务，在${inZh(roleFocus(c))}上独立负责并交出成果`,
            `Short term: learn the business, own work in ${roleFocus(c)} and deliver`,
          ),
          own
            ? L(
                `中期：在你已有的${inZh(own)}基础上成为团队骨干`,
                `Mid term: build on your ${own} experience to become a go-to person on the team`,
              )
            : L(
                "中期：在一个方向上成为团队骨干，或开始带新人",
                "Mid term: become the go-to person in one area, or start mentoring",
              ),
          L(
            "长期：方向与公司发展一致，避免说得太空或与岗位无关",
            "Long term: aligned with the company's direction — not vague, not unrelated",
          ),
        ],
      };
    }
    case "reverse": {
      const topic = c.roleSkills[0];
      return {
        approach: L(
          "准备两三个体现思考深度的问题，第一轮先不问薪资福利。",
          "Have two or three thoughtful questions ready; leave pay and perks for later rounds.",
        ),
        points: [
          L("团队当前最重要的目标和挑战是什么？", "What are the team's most important goals and challenges right now?"),
          L(
            "这个岗位入职后前几个月的成功标准是什么？",
            "What would success look like in this role after the first few months?",
          ),
          topic
            ? L(
                `团队在${inZh(topic.quote)}上目前的做法和挑战是什么？`,
                `How does the team approach ${topic.quote} today, and what's hard about it?`,
              )
            : L("团队怎样协作，新人如何成长？", "How does the team work together, and how do new people grow?"),
        ],
      };
    }
  }
}

function weaknessPick(c: Ctx): string {
  const core = c.roleSkills.map((h) => skillName(h, c.language));
  return core.length
    ? tidy(
        tr(
          c.language,
          `选择：避开岗位看重的${inZh(names(core, c.language))}，也别用「太追求完美」这类套话`,
          `Choose: steer clear of what the role needs most (${names(core, c.language)}) and of clichés like “perfectionism”`,
        ),
      )
    : tr(
        c.language,
        "选择：避开岗位的核心能力，也别用「太追求完美」这类套话",
        "Choose: avoid the role's core skills and clichés like “perfectionism”",
      );
}

/** What a line shows the candidate is good at (a method or soft skill before a tool), not yet named. */
function strengthName(line: ResumeLine, taken: ReadonlySet<string>, language: Locale): string | undefined {
  const rank = (k: Skill["kind"]) => ["soft", "domain", "tech", "tool"].indexOf(k);
  return [...line.terms.skills.values()]
    .filter((h) => !FIELD_SKILLS.has(h.skill.id))
    .sort((a, b) => rank(a.skill.kind) - rank(b.skill.kind))
    .map((h) => skillName(h, language))
    .find((name) => !taken.has(name));
}

/** The résumé's most cited non-soft skill (by the number of lines naming it). */
function strongestSkill(model: ResumeModel, roleSkillIds: ReadonlySet<string>, language: Locale): string | undefined {
  const counts = new Map<string, { hit: { skill: Skill; quote: string }; n: number }>();
  for (const line of model.lines) {
    if (line.section === "skills") continue;
    for (const [id, hit] of line.terms.skills) {
      if (hit.skill.kind === "soft" || FIELD_SKILLS.has(id)) continue;
      const c = counts.get(id);
      if (c) c.n++;
      else counts.set(id, { hit, n: 1 });
    }
  }
  // Ties go to a skill the role asks for, then to a tool or technology over a method.
  const wanted = (id: string) => (roleSkillIds.has(id) ? 0 : 1);
  const kind = (k: Skill["kind"]) => (k === "tech" || k === "tool" ? 0 : 1);
  const best = [...counts.values()].sort(
    (a, b) =>
      b.n - a.n || wanted(a.hit.skill.id) - wanted(b.hit.skill.id) || kind(a.hit.skill.kind) - kind(b.hit.skill.kind),
  )[0];
  return best && skillName(best.hit, language);
}
