/**
 * The résumé as evidence for suggested answers: its lines (experience and project bullets first, then the
 * summary, skills and other sections), each an exact substring of the résumé text, scored against what
 * the question, the recent lines and the meeting context are about.
 */

import { type Entry, type SectionKind, viewResume } from "../../analysis/engine/sections";
import { isQuantified, quantifiedClause, quantStrength, readVerb, VERB_WEIGHT } from "../../analysis/engine/signals";
import {
  clipAround,
  clipQuote,
  contentLength,
  hasCjk,
  type Locale,
  splitLines,
  stripBullet,
  tr,
} from "../../analysis/engine/text";
import type { ResumeSection } from "../../resumes/schemas";
import { overlap, type Terms, termsOf, type WeightedTerms } from "./terms";

export interface ResumeLine {
  /** An exact substring of the résumé text. */
  quote: string;
  section: SectionKind;
  entry?: Entry;
  terms: Terms;
  /** Skills of the line's entry named only in its header or tech-stack line: weaker evidence. */
  stack: ReadonlySet<string>;
  /** Strength of the stated result (0: none). */
  quant: number;
  /** Weight of the opening verb (strong 1 … weak 0.15). */
  verb: number;
  order: number;
}

export interface ResumeModel {
  lines: ResumeLine[];
  entries: Entry[];
  terms: Terms;
  /** A line saying who the candidate is: the summary's first line, or the latest job's header. */
  positioning?: string;
}

const substantial = (s: string): boolean => {
  const n = contentLength(s);
  return n.cjk >= 6 || n.words >= 4;
};

/** Section kinds that hold evidence, in the order they are worth citing. */
const EVIDENCE_SECTIONS: readonly SectionKind[] = ["summary", "skills", "awards", "certificates", "other"];

export function readResume(resume: { text: string; sections: ResumeSection[] }): ResumeModel {
  const { text } = resume;
  const view = viewResume(text, resume.sections);
  const seen = new Set<string>();
  const lines: ResumeLine[] = [];
  const add = (quote: string, section: SectionKind, entry?: Entry) => {
    const q = quote.trim();
    if (!q || seen.has(q) || !text.includes(q) || !substantial(q)) return;
    seen.add(q);
    const terms = termsOf(q);
    const stack = entry ? [...termsOf([entry.name, ...entry.meta].join("\n")).skills.keys()] : [];
    lines.push({
      quote: q,
      section,
      entry,
      terms,
      stack: new Set(stack.filter((id) => !terms.skills.has(id))),
      quant: quantStrength(q),
      verb: VERB_WEIGHT[readVerb(q).strength],
      order: lines.length,
    });
  };
  for (const b of view.bullets) add(text.includes(b.text) ? b.text : b.quote, b.section, b.entry);
  for (const kind of EVIDENCE_SECTIONS) {
    for (const s of view.sections.filter((x) => x.kind === kind)) {
      for (const l of splitLines(s.text)) add(stripBullet(l.trimmed), kind);
    }
  }
  // A résumé without recognisable sections: every substantial line is evidence.
  if (lines.length === 0) for (const l of splitLines(text)) add(stripBullet(l.trimmed), "other");
  return {
    lines,
    entries: view.entries.filter((e) => e.section !== "education"),
    terms: termsOf(text),
    positioning: positioning(text, view.sections, view.entries),
  };
}

function positioning(
  text: string,
  sections: ReturnType<typeof viewResume>["sections"],
  entries: Entry[],
): string | undefined {
  const summary = sections.find((s) => s.kind === "summary");
  const first = summary && splitLines(summary.text).find((l) => substantial(l.trimmed));
  if (first) {
    const sentence = stripBullet(first.trimmed)
      .split(/(?<=[。；;])|(?<=\.)\s/)[0]!
      .trim();
    if (text.includes(sentence)) return sentence;
  }
  const intent = text.match(/(?:求职意向|应聘岗位|目标岗位|期望职位)\s*[:：]\s*([^\n|｜]+)/);
  if (intent?.[1]?.trim()) return intent[1].trim();
  const jobs = entries.filter((e) => e.section === "experience" && e.ranges.length && e.header);
  const latest = jobs.sort((a, b) => end(b) - end(a) || b.ranges[0]!.start.month - a.ranges[0]!.start.month)[0];
  if (!latest) return undefined;
  // The header without its dates: the longer side of the date range, still a substring of the header.
  const range = latest.ranges[0]!.text;
  const at = latest.header.indexOf(range);
  const before = latest.header.slice(0, Math.max(0, at)).trim();
  const after = latest.header.slice(at + range.length).trim();
  const side = (after.length >= before.length ? after : before).replace(/^[|｜,，\-–—\s]+|[|｜,，\-–—\s]+$/g, "");
  return side && text.includes(side) ? side : undefined;
}

const end = (e: Entry): number => {
  const r = e.ranges[0]!;
  return r.end ? r.end.month : Number.POSITIVE_INFINITY;
};

export interface PickOptions {
  /** Extra weight for lines matching a cue (e.g. leadership verbs for a leadership question). */
  cue?: RegExp;
  /** Only lines that overlap the query (for technical questions). */
  relevantOnly?: boolean;
  /** Prefer lines of this entry. */
  entry?: Entry;
  /** Only lines that pass this test. */
  filter?: (line: ResumeLine) => boolean;
  /** Also lines of the summary and skills sections; otherwise only when no bullet fits. */
  anySection?: boolean;
  max: number;
}

/** The best evidence lines for a query: relevant, stated strongly, with a result. */
export function pickLines(model: ResumeModel, query: readonly WeightedTerms[], opts: PickOptions): ResumeLine[] {
  const scored = model.lines.map((line) => {
    const relevance = overlap(line.terms, query) + stackOverlap(line.stack, query);
    // A skills line names everything: relevance saturates so that it does not outweigh a real bullet.
    let score = Math.min(relevance, 6) * 1.2 + Math.min(line.quant, 4) * 0.6 + line.verb * 2.5;
    if (opts.cue?.test(line.quote)) score += 2;
    if (opts.entry && line.entry === opts.entry) score += 5;
    if (line.section === "skills") score -= 1.5;
    else if (line.section !== "experience" && line.section !== "projects") score -= 0.5;
    return { line, relevance, score };
  });
  const fits = scored.filter((s) => (!opts.relevantOnly || s.relevance > 0) && (opts.filter?.(s.line) ?? true));
  const bullets = fits.filter((s) => s.line.section === "experience" || s.line.section === "projects");
  const pool = (opts.anySection || !bullets.length ? fits : bullets).sort(
    (a, b) => b.score - a.score || a.line.order - b.line.order,
  );
  // Greedy, with a penalty for a second line of the same entry: two highlights from two jobs read better,
  // unless the second job has nothing as strong.
  const out: ResumeLine[] = [];
  const used = new Set<Entry>();
  while (out.length < opts.max) {
    let best: (typeof pool)[number] | undefined;
    let bestScore = Number.NEGATIVE_INFINITY;
    for (const s of pool) {
      if (out.includes(s.line)) continue;
      const score = s.score - (s.line.entry && used.has(s.line.entry) && !opts.entry ? SAME_ENTRY_PENALTY : 0);
      if (score > bestScore) {
        best = s;
        bestScore = score;
      }
    }
    if (!best) break;
    out.push(best.line);
    if (best.line.entry) used.add(best.line.entry);
  }
  return out;
}

const SAME_ENTRY_PENALTY = 1.5;

/** A skill of the query in the line's tech stack counts a third of one named in the line. */
function stackOverlap(stack: ReadonlySet<string>, query: readonly WeightedTerms[]): number {
  let score = 0;
  for (const id of stack) for (const q of query) if (q.terms.skills.has(id)) score += q.weight;
  return score;
}

/** The entry the query is about: named in it, or sharing the most terms. */
export function pickEntry(model: ResumeModel, query: readonly WeightedTerms[], folded: string): Entry | undefined {
  const aboutProjects = /项目|project/.test(folded);
  let best: { entry: Entry; score: number } | undefined;
  for (const entry of model.entries) {
    if (!entry.bullets.length) continue;
    const named = entry.name && folded.includes(entry.name.toLowerCase()) ? 10 : 0;
    const body = termsOf([entry.name, ...entry.meta, ...entry.bullets.map((b) => b.text)].join("\n"));
    const score = named + overlap(body, query) + (entry.section === "projects" ? (aboutProjects ? 3 : 0.5) : 0);
    if (!best || score > best.score) best = { entry, score };
  }
  return best?.entry;
}

/** A résumé line quoted and marked as such, short enough to glance at (the number kept when clipped). */
export function cite(quote: string, language: Locale): string {
  const max = hasCjk(quote) ? 46 : 90;
  const q = isQuantified(quote) ? clipAround(quote, QUANT_FOCUS, max) : clipQuote(quote, max);
  const whole = quote.trim();
  const shown = `${whole.startsWith(q) ? "" : "…"}${q}${whole.endsWith(q) ? "" : "…"}`;
  // A line that holds 「」 itself is quoted with 『』.
  const [open, close] = /[「」]/.test(shown) ? ["『", "』"] : ["「", "」"];
  return tr(language, `${open}${shown}${close}（简历）`, `“${shown}” (résumé)`);
}

/** The clause carrying a line's number, quoted; none when the number is all the line says. */
export function citeResult(quote: string, language: Locale): string | undefined {
  if (!isQuantified(quote)) return undefined;
  const clause = quantifiedClause(quote);
  return clause === quote.trim() ? undefined : cite(clause, language);
}

const QUANT_FOCUS =
  /\d+(?:[.,]\d+)*\s*(?:%|％|倍|x|k|w|万|千|亿|元|人|个|次|ms|秒|分钟|小时|天|hours?|days?|minutes?|users?)?/i;
