/**
 * What a piece of text is about, for overlap scoring: lexicon skills (as written) and content words —
 * Chinese words from Intl.Segmenter, English words lower-cased with a plural "s" dropped. Question words
 * and interview filler are left out so that they do not make every line look relevant.
 */
import { findSkills, foldText, type Skill } from "../../analysis/engine/lexicon";
import { foldForMatch, hasCjk, LATIN_TOKEN, segmentWords } from "../../analysis/engine/text";

/** Skills that name a whole field: "为什么选择前端" is about a career choice, not a technology. */
export const FIELD_SKILLS: ReadonlySet<string> = new Set([
  "frontend",
  "product-management",
  "data-analysis",
  "ui-design",
  "ux-design",
]);

export interface Terms {
  /** Skill id → the skill and the words the text used for it. */
  skills: Map<string, { skill: Skill; quote: string }>;
  words: Set<string>;
}

// biome-ignore format: word list
const ZH_STOP = new Set(["你们", "我们", "他们", "咱们", "这个", "那个", "这些", "那些", "一下", "什么", "怎么", "怎样", "怎么样", "为什么", "如何", "哪些", "哪个", "哪里", "可以", "能够", "是否", "有没有", "是不是", "能不能", "一个", "一些", "觉得", "认为", "知道", "介绍", "讲讲", "说说", "谈谈", "聊聊", "具体", "主要", "时候", "之前", "之后", "的话", "就是", "然后", "还有", "以及", "比如", "因为", "所以", "如果", "或者", "已经", "现在", "当时", "自己", "问题", "经历", "经验", "工作", "项目", "负责", "情况", "方面", "这样", "那样", "多少", "简单", "详细", "一点", "一般", "非常", "比较", "进行", "使用", "通过", "相关", "其中", "为何", "请问", "一起", "公司", "岗位", "职位", "这边", "那边", "的话", "没有", "不是", "需要", "希望", "应该", "可能", "其实", "稍后", "下周", "明天", "今天"]);

// biome-ignore format: word list
const EN_STOP = new Set(["the", "and", "for", "with", "you", "your", "yours", "our", "are", "was", "were", "will", "have", "has", "had", "this", "that", "these", "those", "from", "what", "which", "who", "whom", "whose", "when", "where", "why", "how", "can", "could", "would", "should", "tell", "about", "walk", "through", "describe", "explain", "talk", "please", "give", "example", "time", "did", "does", "doing", "done", "any", "some", "more", "most", "very", "just", "like", "also", "into", "over", "there", "their", "they", "them", "then", "than", "been", "being", "its", "i'm", "i've", "you've", "you're", "we're", "me", "my", "mine", "get", "got", "use", "used", "using", "work", "worked", "working", "experience", "project", "think", "know", "way", "thing", "one", "two", "kind", "sort", "make", "made", "want", "share", "bit", "little", "let", "let's", "okay", "yeah", "well", "really", "much", "many", "each", "other", "own", "role", "company", "job", "team", "did", "not", "but", "all", "out", "here", "had", "him", "her", "she", "his", "now", "see", "say", "said", "thanks", "thank", "sure", "right", "great", "good", "question", "answer", "again", "next", "last", "between", "ever"]);

/** Terms of a text; `skills: false` skips the lexicon scan when the caller knows them already. */
export function termsOf(text: string, opts: { skills: boolean } = { skills: true }): Terms {
  const skills: Terms["skills"] = new Map();
  for (const hit of opts.skills ? findSkills(foldText(text)) : []) {
    if (!skills.has(hit.skill.id)) skills.set(hit.skill.id, { skill: hit.skill, quote: hit.quote });
  }
  const words = new Set<string>();
  for (const seg of segmentWords(foldForMatch(text))) {
    if (!seg.isWordLike) continue;
    const w = seg.segment;
    if (hasCjk(w)) {
      if (w.length >= 2 && !ZH_STOP.has(w)) words.add(w);
    } else if (/^[a-z][a-z'’-]*$/.test(w)) {
      const bare = w.replace(/['’]s$/, "");
      if (bare.length < 3 || EN_STOP.has(bare)) continue;
      // One spelling for "prioritise/prioritize" and for plurals ("hooks" → "hook", not "redis" → "redi").
      const us = bare.replace(/is(e|ed|es|ing|ation)$/, "iz$1");
      words.add(us.length > 4 && /[^siu]s$/.test(us) ? us.slice(0, -1) : us);
    }
  }
  return { skills, words };
}

export interface WeightedTerms {
  terms: Terms;
  weight: number;
}

/** Overlap of a text's terms with weighted query terms: a shared skill counts three times a shared word. */
export function overlap(terms: Terms, query: readonly WeightedTerms[]): number {
  let score = 0;
  for (const { terms: q, weight } of query) {
    for (const id of q.skills.keys()) if (terms.skills.has(id)) score += (FIELD_SKILLS.has(id) ? 1 : 3) * weight;
    for (const w of q.words) if (terms.words.has(w)) score += weight;
  }
  return score;
}

/** Skills in query order, each once (the first wording wins). */
export function querySkills(query: readonly WeightedTerms[]): { skill: Skill; quote: string }[] {
  const seen = new Map<string, { skill: Skill; quote: string }>();
  for (const { terms } of query) for (const [id, hit] of terms.skills) if (!seen.has(id)) seen.set(id, hit);
  return [...seen.values()];
}

// Asking about a tool by name: "你用过 Looker 吗", "any experience with Snowflake?".
const TOOL_CUE =
  /用过|熟悉|了解|会不会|会用|掌握|接触|经验|使用|experience (?:with|in)|familiar|used|using|worked with|knowledge of|proficient|comfortable with|tool|framework|library|language|platform/i;

/** Tool names in a question that the lexicon does not know ("Looker", "dbt"), when the question asks about a tool. */
export function unknownNames(text: string, known: Terms): string[] {
  if (!TOOL_CUE.test(text)) return [];
  const covered = [...known.skills.values()].map((h) => h.quote.toLowerCase());
  const zh = hasCjk(text);
  const out = new Set<string>();
  for (const m of text.matchAll(new RegExp(LATIN_TOKEN.source, "g"))) {
    const name = m[0];
    const lower = name.toLowerCase();
    if (name.length < 2 || EN_STOP.has(lower) || covered.some((c) => c.includes(lower))) continue;
    const techLooking = /[A-Z].*[A-Z]|[a-z][A-Z]|\d|[.+#/]/.test(name);
    // In English a capitalised word in mid-sentence is a name; at the start it is just a capital.
    const proper = /^[A-Z]/.test(name) && /[^.!?\s]\s*$/.test(text.slice(0, m.index));
    if (zh || techLooking || proper) out.add(name);
  }
  return [...out];
}
