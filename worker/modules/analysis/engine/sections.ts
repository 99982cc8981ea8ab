/**
 * The résumé as the engine sees it: sections located in the full text, entries (a job, a school, a
 * project) with their headers and date ranges, and bullets. Every quote kept here is an exact substring
 * of the résumé text, so findings can cite it.
 */
import type { ResumeSection } from "../../resumes/schemas";
import { type DateRange, findDateRanges } from "./dates";
import { cjkCount, hasBulletMarker, latinWords, splitLines, stripBullet } from "./text";

export type SectionKind = ResumeSection["kind"];

export interface LocatedSection extends ResumeSection {
  /** Offset of the section text in the résumé text, or -1 when it cannot be found verbatim. */
  start: number;
}

export interface Bullet {
  /** Marker stripped, continuation lines joined with a space. */
  text: string;
  /** The first line, marker stripped: an exact substring of the résumé text. */
  quote: string;
  /** Offset of the quote in the résumé text (or -1). */
  index: number;
  section: SectionKind;
  entry?: Entry;
}

export interface Entry {
  section: SectionKind;
  /** Header line (trimmed). */
  header: string;
  headerIndex: number;
  /** Lines right under the header that are not bullets (role title, tech stack…). */
  meta: string[];
  name: string;
  ranges: DateRange[];
  bullets: Bullet[];
}

// biome-ignore format: a table reads best one row a line
const HEADINGS: [SectionKind, RegExp][] = [
  ["contact", /^(?:个人信息|基本信息|联系方式|个人资料|联系信息|contact(?: information| info| details)?|personal (?:information|details|info))$/i],
  ["summary", /^(?:个人简介|自我评价|个人评价|个人总结|个人优势|求职意向|职业目标|个人概述|summary|profile|professional summary|career summary|objective|career objective|about me)$/i],
  ["education", /^(?:教育背景|教育经历|学历背景|学习经历|education|educational background|academic background)$/i],
  ["experience", /^(?:工作经历|工作经验|实习经历|实习经验|工作履历|职业经历|工作与实习经历|实习与工作经历|work experience|professional experience|experience|employment(?: history)?|work history|internships?|internship experience)$/i],
  ["projects", /^(?:项目经历|项目经验|项目|科研经历|研究经历|项目与科研|projects?|project experience|personal projects|selected projects|research(?: experience)?)$/i],
  ["skills", /^(?:专业技能|技能|技能特长|个人技能|技术栈|技术能力|专业能力|技能证书|skills|technical skills|core competencies|tech stack|skills & tools|skills and tools)$/i],
  ["awards", /^(?:获奖情况|获奖经历|获奖|荣誉|荣誉奖项|奖项|所获荣誉|awards|honors|honours|awards & honors|achievements)$/i],
  ["certificates", /^(?:证书|资格证书|证书资质|certificates|certifications|licenses)$/i],
  ["languages", /^(?:语言能力|语言|languages)$/i],
  ["other", /^(?:其他|校园经历|社团经历|学生工作|志愿者经历|兴趣爱好|activities|extracurricular activities|volunteer(?:ing)?|interests|hobbies|publications|论文发表)$/i],
];

/** The heading kind of a line, if the line is a heading ("一、工作经历", "【项目经历】", "SKILLS:"). */
export function headingKind(line: string): SectionKind | undefined {
  const t = line
    .trim()
    .replace(/^(?:[一二三四五六七八九十]+[、.．]|\d+[.、．]\s*|[#■▌●◆|]+\s*)/, "")
    .replace(/^[【[「『]|[】\]」』]$/g, "")
    .replace(/[:：]$/, "")
    .trim();
  if (!t || t.length > 30) return undefined;
  for (const [kind, re] of HEADINGS) if (re.test(t)) return kind;
  return undefined;
}

/** Sections from headings, when the caller has none. The text before the first heading is the contact block. */
export function inferSections(text: string): ResumeSection[] {
  const lines = splitLines(text);
  const out: ResumeSection[] = [];
  let current: { kind: SectionKind; title: string; start: number } | undefined;
  let headStart = 0;
  const close = (end: number) => {
    if (current) {
      out.push({ kind: current.kind, title: current.title, text: text.slice(current.start, end).replace(/\s+$/, "") });
    } else if (end > headStart && text.slice(0, end).trim()) {
      out.push({ kind: "contact", title: "", text: text.slice(0, end).replace(/\s+$/, "") });
    }
  };
  for (const line of lines) {
    const kind = headingKind(line.trimmed);
    if (!kind) continue;
    close(line.start);
    current = { kind, title: line.trimmed, start: Math.min(text.length, line.start + line.text.length + 1) };
    headStart = line.start;
  }
  close(text.length);
  return out.filter((s) => s.text.trim() || s.title);
}

export function locateSections(text: string, sections: readonly ResumeSection[]): LocatedSection[] {
  const source = sections.length ? sections : inferSections(text);
  let from = 0;
  return source.map((s) => {
    const body = s.text.trim();
    let start = body ? text.indexOf(body, from) : -1;
    if (start < 0 && body) start = text.indexOf(body);
    if (start >= 0) from = start + body.length;
    return { ...s, text: s.text, start };
  });
}

const LABEL_LINE =
  /^(?:技术栈|技术选型|使用技术|开发环境|项目角色|担任角色|角色|职位|岗位|所在部门|部门|tech stack|technologies|stack|role|environment|tools)\s*[:：]/i;
const DESCRIPTION_LABEL =
  /^(?:项目描述|项目简介|项目介绍|工作内容|主要职责|工作职责|职责描述|个人职责|负责内容|项目职责|主要工作|项目成果|工作业绩|业绩|成果|description|responsibilities|achievements|key achievements)\s*[:：]\s*/i;

const isLongLine = (s: string) => cjkCount(s) >= 16 || latinWords(s).length >= 8;
const endsSentence = (s: string) => /[。.;；!！?？]$/.test(s.trim());

/** Entries and bullets of an experience-like section. */
export function parseEntries(text: string, section: LocatedSection): Entry[] {
  const entries: Entry[] = [];
  const lines = splitLines(section.text);
  const usesMarkers = lines.some((l) => hasBulletMarker(l.trimmed));
  let entry: Entry | undefined;
  let last: Bullet | undefined;
  const locate = (quote: string, offsetInSection: number): number => {
    if (section.start >= 0) {
      const at = section.start + offsetInSection;
      if (text.slice(at, at + quote.length) === quote) return at;
    }
    return text.indexOf(quote);
  };
  const newEntry = (header: string, offset: number): Entry => {
    const ranges = findDateRanges(header);
    const e: Entry = {
      section: section.kind,
      header,
      headerIndex: locate(header, offset),
      meta: [],
      name: entryName(header, ranges),
      ranges,
      bullets: [],
    };
    entries.push(e);
    return e;
  };
  for (const line of lines) {
    const t = line.trimmed;
    if (!t) continue;
    const lineOffset = line.start + line.text.indexOf(t);
    const ranges = findDateRanges(t);
    const marker = hasBulletMarker(t);
    if (ranges.length && (!marker || !isLongLine(t))) {
      entry = newEntry(t, lineOffset);
      last = undefined;
      continue;
    }
    if (LABEL_LINE.test(t)) {
      (entry ?? newEntry(t, lineOffset)).meta.push(t);
      last = undefined;
      continue;
    }
    let content = marker ? stripBullet(t) : t;
    const labelled = content.match(DESCRIPTION_LABEL);
    if (labelled) content = content.slice(labelled[0].length).trim();
    if (!content) continue;
    if (!marker && !labelled && !isLongLine(t)) {
      // A short line: a continuation of the previous bullet, a line under a header, or a new entry header.
      if (last && !endsSentence(last.text) && usesMarkers) {
        last.text = `${last.text} ${t}`;
        continue;
      }
      if (entry && entry.bullets.length === 0) {
        entry.meta.push(t);
        if (!entry.ranges.length || entry.name === "") entry.name ||= entryName(t, []);
        continue;
      }
      entry = newEntry(t, lineOffset);
      last = undefined;
      continue;
    }
    if (!marker && !labelled && last && usesMarkers && !endsSentence(last.text)) {
      last.text = `${last.text} ${t}`;
      continue;
    }
    const quoteOffset = lineOffset + t.indexOf(content);
    const bullet: Bullet = {
      text: content,
      quote: content,
      index: locate(content, quoteOffset),
      section: section.kind,
    };
    if (entry) {
      bullet.entry = entry;
      entry.bullets.push(bullet);
    } else {
      entry = newEntry("", lineOffset);
      entry.bullets.push(bullet);
      bullet.entry = entry;
    }
    last = bullet;
  }
  return entries;
}

const ORG =
  /公司|集团|科技|银行|大学|学院|研究院|研究所|工作室|事务所|医院|inc\b|corp|ltd|llc|gmbh|co\.|company|group|bank|university|college|institute|labs?\b|studio/i;
const TITLE =
  /工程师|经理|专员|主管|总监|实习生?|设计师|分析师|顾问|助理|运营|开发|engineer|manager|developer|designer|analyst|intern|specialist|consultant|associate|director|lead|scientist|assistant|officer|coordinator|representative|executive/i;

/** A project or employer name from a header line: the first meaningful chunk once dates are removed. */
export function entryName(header: string, ranges: DateRange[]): string {
  const quoted = header.match(/[「《“"]([^」》”"]{2,40})[」》”"]/);
  if (quoted) return quoted[1]!.trim();
  let t = header;
  for (const r of ranges) t = t.replace(r.text, " ");
  const chunks = t
    .split(/[|｜丨\t]|\s{2,}|\s[-–—]\s|[，,；;]|\s\/\s|(?<=[\u3400-\u9fff）)])\s+(?=[\u3400-\u9fff（(])/)
    .map((c) => c.replace(/^[\s:：()（）【】[\]—–-]+|[\s:：()（）【】[\]—–-]+$/g, "").trim())
    .filter((c) => c.length >= 2 && !/^\d+$/.test(c));
  const projectLike = chunks.find((c) =>
    /项目|系统|平台|中台|小程序|app|project|system|platform|engine|引擎|工具|tool/i.test(c),
  );
  // "Senior Data Analyst, Acme Retail": skip a leading job title when an organisation follows.
  const org = chunks.find((c) => ORG.test(c));
  const first = chunks[0] && TITLE.test(chunks[0]) && chunks[1] ? chunks[1] : chunks[0];
  const name = projectLike ?? org ?? first ?? "";
  return name.length > 40 ? name.slice(0, 40) : name;
}

/** Whole-résumé view used by diagnosis and prediction. */
export interface ResumeView {
  text: string;
  sections: LocatedSection[];
  entries: Entry[];
  bullets: Bullet[];
  /** Section kinds present with some content. */
  present: Set<SectionKind>;
}

export function viewResume(text: string, sections: readonly ResumeSection[]): ResumeView {
  const located = locateSections(text, sections);
  const entries: Entry[] = [];
  for (const s of located) {
    if (s.kind === "experience" || s.kind === "projects" || s.kind === "education")
      entries.push(...parseEntries(text, s));
  }
  const bullets = entries.filter((e) => e.section !== "education").flatMap((e) => e.bullets);
  const present = new Set<SectionKind>();
  for (const s of located) if (s.text.trim().length >= 4) present.add(s.kind);
  return { text, sections: located, entries, bullets, present };
}
