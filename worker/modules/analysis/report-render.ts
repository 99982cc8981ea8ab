// Renders a diagnosis result as a PDF (score, dimensions, issues with evidence and suggestions, keywords,
// summary) in the result's language. Loaded lazily by report.ts: pdf-lib, fontkit and the CJK font are only
// evaluated when a report is first rendered in an isolate, never at Worker start-up.

import type { Locale } from "../../lib/contract";
import { COLORS, ReportWriter, scoreColor } from "../../lib/report/document";
import type { DiagnosisResult } from "./schemas";

const LABELS = {
  "zh-CN": {
    title: "简历诊断报告",
    colon: "：",
    targetRole: "目标岗位",
    general: "通用",
    generated: "生成时间",
    reportId: "报告编号",
    overall: "综合得分",
    summary: "总体评价",
    dimensions: "分项评分",
    issues: "问题与修改建议",
    noIssues: "未发现明显问题。",
    severity: { high: "高", medium: "中", low: "低" },
    severityWord: "优先级",
    section: "所在部分",
    evidence: "原文：",
    suggestion: "建议：",
    keywords: "关键词匹配",
    matched: "已具备",
    missing: "建议补充",
    none: "（无）",
    engine: "分析引擎",
    footer: "职麦 Zhimai · AI 求职助手",
    page: (n: number, total: number) => `第 ${n} / ${total} 页`,
    date: (d: Date) =>
      new Intl.DateTimeFormat("zh-CN", { dateStyle: "long", timeStyle: "short", timeZone: "Asia/Shanghai" }).format(d),
  },
  en: {
    title: "Résumé diagnosis report",
    colon: ": ",
    targetRole: "Target role",
    general: "General",
    generated: "Generated",
    reportId: "Report ID",
    overall: "Overall score",
    summary: "Summary",
    dimensions: "Scores by dimension",
    issues: "Issues and suggestions",
    noIssues: "No notable issues found.",
    severity: { high: "High", medium: "Medium", low: "Low" },
    severityWord: "Priority",
    section: "Section",
    evidence: "Quote: ",
    suggestion: "Suggestion: ",
    keywords: "Keyword match",
    matched: "Present",
    missing: "Consider adding",
    none: "(none)",
    engine: "Engine",
    footer: "Zhimai · AI job-seeking assistant",
    page: (n: number, total: number) => `Page ${n} of ${total}`,
    date: (d: Date) =>
      new Intl.DateTimeFormat("en", { dateStyle: "long", timeStyle: "short", timeZone: "Asia/Shanghai" }).format(d),
  },
} as const;

/** Section kinds (resumes/schemas.ts) by name; any other section text is shown as it is. */
const SECTION_LABELS: Record<string, Record<Locale, string>> = {
  contact: { "zh-CN": "个人信息", en: "Contact" },
  summary: { "zh-CN": "个人简介", en: "Summary" },
  education: { "zh-CN": "教育背景", en: "Education" },
  experience: { "zh-CN": "工作经历", en: "Experience" },
  projects: { "zh-CN": "项目经历", en: "Projects" },
  skills: { "zh-CN": "专业技能", en: "Skills" },
  awards: { "zh-CN": "获奖经历", en: "Awards" },
  certificates: { "zh-CN": "证书", en: "Certificates" },
  languages: { "zh-CN": "语言能力", en: "Languages" },
  other: { "zh-CN": "其他", en: "Other" },
};
const sectionLabel = (section: string, locale: Locale) => SECTION_LABELS[section]?.[locale] ?? section;

const SEVERITY_ORDER = { high: 0, medium: 1, low: 2 } as const;
const SEVERITY_COLORS = {
  high: { color: COLORS.high, background: COLORS.highSoft },
  medium: { color: COLORS.medium, background: COLORS.mediumSoft },
  low: { color: COLORS.low, background: COLORS.lowSoft },
} as const;

/** Renders a diagnosis result (score, dimensions, issues with evidence and suggestions, keywords, summary). */
export async function renderDiagnosisReport(input: {
  jobId: string;
  result: DiagnosisResult;
  targetRole: string | null;
  locale: Locale;
  createdAt: Date;
}): Promise<Uint8Array> {
  const { result, locale } = input;
  const t = LABELS[locale];
  const pdf = await ReportWriter.create({
    title: input.targetRole ? `${t.title} · ${input.targetRole}` : t.title,
    subject: result.summary.slice(0, 200),
    language: locale,
    keywords: [...result.keywords.matched, ...result.keywords.missing].slice(0, 30),
    createdAt: input.createdAt,
  });

  // Title block
  pdf.text(t.title, { size: 22, bold: true, color: COLORS.brand, after: 4 });
  pdf.text(
    [
      `${t.targetRole}${t.colon}${input.targetRole ?? t.general}`,
      `${t.generated}${t.colon}${t.date(input.createdAt)}`,
      `${t.reportId}${t.colon}${input.jobId}`,
    ].join("    "),
    { size: 9, color: COLORS.muted, after: 14 },
  );

  // Overall score
  const boxHeight = 64;
  pdf.ensure(boxHeight + 10);
  const top = pdf.y;
  pdf.page.drawRectangle({
    x: pdf.margin,
    y: top - boxHeight,
    width: pdf.contentWidth,
    height: boxHeight,
    color: COLORS.brandSoft,
  });
  const scoreText = String(result.score);
  pdf.drawLine(t.overall, pdf.margin + 16, top - 24, { size: 11, color: COLORS.muted });
  pdf.drawLine(scoreText, pdf.margin + 16, top - 54, { size: 28, color: scoreColor(result.score), bold: true });
  pdf.drawLine("/ 100", pdf.margin + 22 + pdf.font.widthOfTextAtSize(scoreText, 28), top - 54, {
    size: 12,
    color: COLORS.muted,
  });
  const barX = pdf.margin + 130;
  const barWidth = pdf.contentWidth - 150;
  pdf.page.drawRectangle({ x: barX, y: top - 40, width: barWidth, height: 10, color: COLORS.rule });
  pdf.page.drawRectangle({
    x: barX,
    y: top - 40,
    width: (barWidth * Math.max(0, Math.min(100, result.score))) / 100,
    height: 10,
    color: scoreColor(result.score),
  });
  pdf.y = top - boxHeight - 10;

  pdf.heading(t.summary);
  pdf.text(result.summary, { size: 10.5, after: 8 });

  if (result.dimensions.length > 0) {
    pdf.heading(t.dimensions);
    for (const dimension of result.dimensions) {
      pdf.scoreBar(dimension.label, dimension.score);
      if (dimension.comment) pdf.text(dimension.comment, { size: 9.5, color: COLORS.muted, indent: 120, after: 6 });
    }
  }

  pdf.heading(t.issues);
  const issues = [...result.issues].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  if (issues.length === 0) pdf.text(t.noIssues, { color: COLORS.muted });
  issues.forEach((issue, index) => {
    const colors = SEVERITY_COLORS[issue.severity];
    // Keep an issue's heading, quote and suggestion together when they fit on a page.
    const evidenceStyle = { size: 9.5, label: t.evidence };
    const suggestionStyle = { size: 10, label: t.suggestion };
    pdf.ensure(
      Math.min(
        30 + pdf.boxHeight(issue.evidence, evidenceStyle) + pdf.boxHeight(issue.suggestion, suggestionStyle),
        300,
      ),
    );
    const head = [`${index + 1}. ${t.severityWord}${t.colon}${t.severity[issue.severity]}`];
    if (issue.section) head.push(`${t.section}${t.colon}${sectionLabel(issue.section, locale)}`);
    pdf.text(head.join("  ·  "), { size: 10.5, bold: true, color: colors.color, after: 3 });
    pdf.box(issue.evidence, { background: COLORS.boxSoft, label: t.evidence, size: 9.5, after: 4 });
    pdf.box(issue.suggestion, {
      background: colors.background,
      label: t.suggestion,
      labelColor: colors.color,
      size: 10,
      after: 10,
    });
  });

  pdf.heading(t.keywords);
  pdf.ensure(60);
  pdf.text(t.matched, { size: 10.5, bold: true, color: COLORS.good, after: 4 });
  if (result.keywords.matched.length) {
    pdf.chips(result.keywords.matched, { color: COLORS.good, background: COLORS.goodSoft });
  } else pdf.text(t.none, { color: COLORS.muted });
  pdf.ensure(60);
  pdf.text(t.missing, { size: 10.5, bold: true, color: COLORS.high, after: 4 });
  if (result.keywords.missing.length) {
    pdf.chips(result.keywords.missing, { color: COLORS.high, background: COLORS.highSoft });
  } else pdf.text(t.none, { color: COLORS.muted });

  if (result.meta) {
    pdf.space(6);
    pdf.text(
      `${t.engine}${t.colon}${result.meta.engine} · rubric ${result.meta.rubricVersion} · ${result.meta.promptVersion}`,
      {
        size: 8,
        color: COLORS.muted,
      },
    );
  }

  return pdf.finish((page, pages) => ({ left: t.footer, right: t.page(page, pages) }));
}
