import type { ResumeSection } from "./schemas";

type Kind = ResumeSection["kind"];

/** Headings by section kind, zh and en (compared lowercase, without decoration or spaces). */
const HEADINGS: Record<Exclude<Kind, "other">, string[]> = {
  contact: [
    "个人信息",
    "基本信息",
    "联系方式",
    "联系信息",
    "个人资料",
    "个人基本信息",
    "contact",
    "contacts",
    "contactinformation",
    "contactinfo",
    "personalinformation",
    "personalinfo",
    "personaldetails",
  ],
  summary: [
    "自我评价",
    "个人总结",
    "个人简介",
    "个人概述",
    "自我介绍",
    "个人评价",
    "个人优势",
    "求职意向",
    "职业目标",
    "summary",
    "professionalsummary",
    "profile",
    "professionalprofile",
    "aboutme",
    "objective",
    "careerobjective",
  ],
  education: [
    "教育背景",
    "教育经历",
    "学历",
    "学历背景",
    "学习经历",
    "教育信息",
    "education",
    "educationbackground",
    "educationalbackground",
    "academicbackground",
  ],
  experience: [
    "工作经历",
    "实习经历",
    "工作经验",
    "实习经验",
    "职业经历",
    "工作履历",
    "任职经历",
    "实践经历",
    "社会实践",
    "校园经历",
    "experience",
    "workexperience",
    "professionalexperience",
    "employment",
    "employmenthistory",
    "workhistory",
    "internship",
    "internships",
    "internshipexperience",
  ],
  projects: [
    "项目经历",
    "项目经验",
    "项目",
    "主要项目",
    "项目介绍",
    "科研经历",
    "科研项目",
    "projects",
    "project",
    "projectexperience",
    "selectedprojects",
    "personalprojects",
    "researchexperience",
    "research",
  ],
  skills: [
    "专业技能",
    "技能",
    "技能特长",
    "个人技能",
    "技能专长",
    "技术栈",
    "技术能力",
    "专业能力",
    "skills",
    "technicalskills",
    "coreskills",
    "techstack",
    "skillsandtools",
    "skills&tools",
  ],
  awards: [
    "获奖",
    "获奖经历",
    "获奖情况",
    "荣誉",
    "荣誉奖项",
    "所获荣誉",
    "奖项",
    "荣誉证书",
    "awards",
    "honors",
    "honours",
    "honorsandawards",
    "honors&awards",
    "awardsandhonors",
    "achievements",
  ],
  certificates: [
    "证书",
    "资格证书",
    "证书资质",
    "职业证书",
    "技能证书",
    "certificates",
    "certifications",
    "certificate",
    "licensesandcertifications",
    "licenses&certifications",
  ],
  languages: ["语言", "语言能力", "外语能力", "语言技能", "外语水平", "languages", "language", "languageskills"],
};

/** Headings that end a section without belonging to a known kind (hobbies, publications, …). */
const OTHER_HEADINGS = [
  "兴趣爱好",
  "爱好",
  "其他",
  "其他信息",
  "附加信息",
  "论文",
  "发表论文",
  "出版物",
  "志愿者经历",
  "interests",
  "hobbies",
  "publications",
  "volunteering",
  "volunteerexperience",
  "activities",
  "additionalinformation",
  "other",
];

const LOOKUP = new Map<string, Kind>();
for (const [kind, words] of Object.entries(HEADINGS)) for (const word of words) LOOKUP.set(word, kind as Kind);
for (const word of OTHER_HEADINGS) LOOKUP.set(word, "other");

/** Numbering and decoration around a heading: "一、", "1.", "01", "【", "■", "——", trailing colon. */
const DECORATION_RE =
  /^(?:[一二三四五六七八九十]+[、.．]|\d{1,2}[、.．)]?|[【[〔（(<《#■□◆●▌|\-—_=*·•]+)\s*|\s*(?:[】\]〕）)>》■□◆●|\-—_=*·•]+|[:：])\s*$/gu;

const key = (s: string) => s.toLowerCase().replace(/\s+/g, "").replace(/&/g, "and");

/** The kind of a heading line, or null. Accepts "教育背景", "教育背景 Education", "EDUCATION", "【技能】". */
export function headingKind(line: string): Kind | null {
  const stripped = line.replace(DECORATION_RE, "").replace(DECORATION_RE, "").trim();
  if (stripped === "" || stripped.length > 40) return null;
  const whole = LOOKUP.get(key(stripped));
  if (whole) return whole;
  // Bilingual: "教育背景 Education", "工作经历 / Work Experience".
  const bilingual = /^(\p{Script=Han}{2,8})\s*[/|｜]?\s*([A-Za-z][A-Za-z &]{2,35})$/u.exec(stripped);
  if (bilingual) {
    const zh = LOOKUP.get(key(bilingual[1] as string));
    const en = LOOKUP.get(key(bilingual[2] as string));
    if (zh && (!en || en === zh)) return zh;
    if (en && !zh) return en;
  }
  return null;
}

/** A heading with its content on the same line: "专业技能：Java、Go". */
function inlineHeading(line: string): { kind: Kind; title: string; rest: string } | null {
  const match = /^([^:：]{2,20})[:：]\s*(.+)$/u.exec(line);
  if (!match) return null;
  const kind = headingKind(match[1] as string);
  // Contact-ish labels ("联系方式：138…") stay contact; "项目：…" lines inside sections are not headings.
  if (!kind || kind === "projects" || kind === "other") return null;
  return { kind, title: (match[1] as string).trim(), rest: (match[2] as string).trim() };
}

const CONTACT_HINT_RE = /@|(?:\+?86[\s-]?)?1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}|电话|手机|邮箱|微信|phone|email|tel/i;

/**
 * Splits normalised résumé text into sections by their headings. Text before the first heading (name,
 * contact line) becomes a `contact` section titled "" when it holds contact details, else `other`.
 */
export function segmentSections(text: string): ResumeSection[] {
  const sections: ResumeSection[] = [];
  let current: { kind: Kind; title: string; lines: string[] } = { kind: "other", title: "", lines: [] };
  const flush = () => {
    const body = current.lines.join("\n").trim();
    if (current.title !== "" || body !== "") {
      let kind = current.kind;
      if (current.title === "" && sections.length === 0) kind = CONTACT_HINT_RE.test(body) ? "contact" : "other";
      sections.push({ kind, title: current.title, text: body });
    }
  };
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    const kind = line.length <= 40 ? headingKind(line) : null;
    if (kind) {
      flush();
      current = { kind, title: line.replace(DECORATION_RE, "").trim(), lines: [] };
      continue;
    }
    const inline = current.title === "" || current.lines.length > 0 ? inlineHeading(line) : null;
    if (inline && inline.kind !== "contact" && inline.kind !== "summary") {
      flush();
      current = { kind: inline.kind, title: inline.title, lines: [inline.rest] };
      continue;
    }
    current.lines.push(line);
  }
  flush();
  return sections;
}
