/**
 * What the answer builders share: the question in context (Ctx), the draft they return, and helpers that
 * phrase talking points — names spaced inside Chinese, résumé lines cited with where they come from.
 */
import { type Skill, skillLabel } from "../../analysis/engine/lexicon";
import { hasCjk, type Locale, tr } from "../../analysis/engine/text";
import { cite, type PickOptions, pickLines, type ResumeLine, type ResumeModel } from "./resume";
import type { Terms, WeightedTerms } from "./terms";

/** A suggestion before rendering: the approach line and the talking points. */
export interface Draft {
  approach: string;
  points: string[];
}

export interface Ctx {
  language: Locale;
  /** The sentences of the line that ask (the whole line when none does). */
  question: string;
  /** Terms of the whole line. */
  asked: Terms;
  /** The question leans on what was just said ("这个项目", "that"). */
  leans: boolean;
  /** Question, recent lines, context and title, weighted. */
  query: WeightedTerms[];
  /** Question and recent lines only. */
  askQuery: WeightedTerms[];
  /** Context and title only: what the role is about. */
  roleQuery: WeightedTerms[];
  /** Question and recent lines, folded: to spot a project named in them. */
  folded: string;
  model?: ResumeModel;
  /** Technical skills the meeting context names, as written there. */
  roleSkills: { skill: Skill; quote: string }[];
}

/** A name inside a Chinese sentence gets spaces when it is Latin ("熟悉 Kubernetes 的"). */
export const inZh = (name: string): string => (hasCjk(name) ? name : ` ${name} `);
/**
 * Spacing around names, fixed outside quotes only (a quote stays an exact substring of the résumé): no
 * double spaces, and none next to Chinese punctuation or a 「」 quote.
 */
export const tidy = (s: string): string =>
  s
    .split(/(「[^」]*」|“[^”]*”)/)
    .map((part, i, parts) => {
      if (i % 2) return part;
      let t = part.replace(/ {2,}/g, " ").replace(/ +(?=[，。、；：（）])|(?<=[，。、；：（）]) +/g, "");
      if (parts[i + 1]?.startsWith("「")) t = t.trimEnd();
      if (parts[i - 1]?.startsWith("「")) t = t.trimStart();
      return t;
    })
    .join("")
    .trim();

export function names(list: readonly string[], language: Locale): string {
  const unique = [...new Set(list)].slice(0, 3);
  if (language === "en")
    return unique.length > 1 ? `${unique.slice(0, -1).join(", ")} and ${unique.at(-1)}` : (unique[0] ?? "");
  return unique.join("、");
}

/** A skill's name in the suggestion's language; as written when the label carries a number (H5, 3D). */
export function skillName(hit: { skill: Skill; quote: string }, language: Locale): string {
  const label = skillLabel(hit.skill, language);
  return /\d/.test(label) ? hit.quote : label;
}

/** Skills of the role (context) that the résumé shows. */
export const matchedRoleSkills = (c: Ctx) =>
  c.model ? c.roleSkills.filter((h) => c.model!.terms.skills.has(h.skill.id)) : [];

export function pick(c: Ctx, query: readonly WeightedTerms[], opts: PickOptions): ResumeLine[] {
  return c.model ? pickLines(c.model, query, opts) : [];
}

/** A talking point citing a résumé line, with where it comes from: "亮点（北京某互联网公司）：「…」（简历）". */
export function cited(label: [zh: string, en: string], line: ResumeLine, language: Locale): string {
  const name = line.entry?.name && !line.quote.includes(line.entry.name) ? line.entry.name : "";
  const from = name ? tr(language, `（${name}）`, ` (${name})`) : "";
  return tidy(`${tr(language, ...label)}${from}${tr(language, "：", ": ")}${cite(line.quote, language)}`);
}

export function roleFocus(c: Ctx): string {
  const skills = c.roleSkills.map((h) => skillName(h, c.language));
  return skills.length ? names(skills, c.language) : tr(c.language, "这个方向", "this area");
}

/** The phrasing function of a language: picks zh or en and fixes spacing around names. */
export const phrase =
  (language: Locale) =>
  (zh: string, en: string): string =>
    tidy(tr(language, zh, en));
