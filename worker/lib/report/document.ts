// A small flow-layout PDF writer for reports (pdf-lib + fontkit), with correct Chinese text.
//
// The CJK font (Noto Sans SC, GB2312 coverage, ./fonts) ships in the Worker bundle as a Data module; every
// document embeds only the glyphs it uses (`subset: true`), so a report is tens of kB, not megabytes.
// Text is wrapped per CJK character and per Latin word, with closing punctuation allowed to hang at the line end
// (避头尾), and characters the font lacks become "□" rather than invisible gaps. Bold is drawn as fill + thin
// outline of the same glyphs (one weight of the font ships), which keeps the text extractable exactly once.

import {
  type Color,
  PDFDocument,
  type PDFFont,
  type PDFPage,
  popGraphicsState,
  pushGraphicsState,
  rgb,
  setLineWidth,
  setStrokingColor,
  setTextRenderingMode,
  TextRenderingMode,
} from "pdf-lib";
import { pdfLibFontkit } from "./fontkit";
import cjkFont from "./fonts/noto-sans-sc-gb2312.ttf.bin";

export type { Color };
export { rgb };

/** A4 in points. */
export const PAGE_SIZE: [number, number] = [595.28, 841.89];

export const COLORS = {
  text: rgb(0.13, 0.15, 0.2),
  muted: rgb(0.42, 0.45, 0.52),
  rule: rgb(0.86, 0.88, 0.91),
  brand: rgb(0.09, 0.4, 0.85),
  brandSoft: rgb(0.91, 0.95, 1),
  high: rgb(0.82, 0.2, 0.2),
  highSoft: rgb(0.99, 0.93, 0.93),
  medium: rgb(0.85, 0.5, 0.05),
  mediumSoft: rgb(1, 0.96, 0.9),
  low: rgb(0.25, 0.5, 0.75),
  lowSoft: rgb(0.93, 0.96, 1),
  good: rgb(0.1, 0.55, 0.3),
  goodSoft: rgb(0.91, 0.97, 0.93),
  boxSoft: rgb(0.965, 0.969, 0.976),
} as const;

export interface ReportMeta {
  title: string;
  subject?: string;
  author?: string;
  /** BCP 47, e.g. zh-CN. */
  language: string;
  keywords?: string[];
  /** Creation date recorded in the file (the result's time keeps a cached report stable). */
  createdAt?: Date;
}

export interface TextStyle {
  size?: number;
  color?: Color;
  bold?: boolean;
  /** Extra left indent in points. */
  indent?: number;
  /** Line height as a multiple of the size (default 1.5). */
  leading?: number;
  /** Space after the block (default size × 0.5). */
  after?: number;
  /** Width available (default: the text column minus the indent). */
  width?: number;
}

const CJK =
  "\\u2e80-\\u2fff\\u3000-\\u303f\\u3040-\\u30ff\\u3100-\\u312f\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef";
const TOKEN = new RegExp(`[${CJK}]|[^\\s${CJK}]+|\\s+`, "gu");
/** May end a line even past the margin, and never start one. */
const HANGING = new Set([..."，。、；：？！）》」』】〉”’…,.;:?!)]}%"]);
/** Never ends a line: moves to the next one with what it opens. */
const OPENING = new Set([..."（《「『【〈“‘([{"]);

/** Splits text into lines that fit `maxWidth` at `size` (paragraphs at `\n`). */
export function wrapText(font: PDFFont, text: string, size: number, maxWidth: number): string[] {
  const lines: string[] = [];
  const width = (s: string) => font.widthOfTextAtSize(s, size);
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (const token of paragraph.match(TOKEN) ?? []) {
      const candidate = line + token;
      // Fits, or closing punctuation hanging past the margin rather than starting the next line.
      if (width(candidate) <= maxWidth || (line !== "" && HANGING.has(token))) {
        line = candidate;
        continue;
      }
      if (/^\s+$/.test(token)) {
        lines.push(line.trimEnd());
        line = "";
        continue;
      }
      // An opening bracket at the end of the full line goes down with the word it opens.
      let carried = "";
      while (line !== "" && OPENING.has(line.at(-1) ?? "")) {
        carried = (line.at(-1) ?? "") + carried;
        line = line.slice(0, -1);
      }
      if (line.trim() !== "") lines.push(line.trimEnd());
      line = carried;
      if (width(carried + token) <= maxWidth) {
        line = carried + token;
        continue;
      }
      // A word longer than a line is cut by characters.
      for (const ch of token) {
        if (line !== "" && width(line + ch) > maxWidth) {
          lines.push(line);
          line = "";
        }
        line += ch;
      }
    }
    lines.push(line.trimEnd());
  }
  return lines;
}

export class ReportWriter {
  readonly doc: PDFDocument;
  readonly font: PDFFont;
  readonly margin = 48;
  readonly footerHeight = 28;
  private readonly supported: Set<number>;
  page!: PDFPage;
  /** Baseline cursor: the top of the next block, in PDF coordinates (origin bottom left). */
  y = 0;

  private constructor(doc: PDFDocument, font: PDFFont) {
    this.doc = doc;
    this.font = font;
    this.supported = new Set(font.getCharacterSet());
    this.newPage();
  }

  static async create(meta: ReportMeta): Promise<ReportWriter> {
    const doc = await PDFDocument.create({ updateMetadata: false });
    doc.registerFontkit(pdfLibFontkit);
    const font = await doc.embedFont(new Uint8Array(cjkFont), { subset: true });
    const when = meta.createdAt ?? new Date();
    doc.setTitle(meta.title, { showInWindowTitleBar: true });
    if (meta.subject) doc.setSubject(meta.subject);
    doc.setAuthor(meta.author ?? "职麦 Zhimai");
    doc.setCreator("职麦 Zhimai");
    doc.setProducer("职麦 Zhimai (pdf-lib)");
    doc.setLanguage(meta.language);
    if (meta.keywords?.length) doc.setKeywords(meta.keywords);
    doc.setCreationDate(when);
    doc.setModificationDate(when);
    return new ReportWriter(doc, font);
  }

  get contentWidth(): number {
    return PAGE_SIZE[0] - 2 * this.margin;
  }

  /** Replaces characters the font cannot show (and control characters) so nothing silently disappears. */
  clean(text: string): string {
    let out = "";
    for (const ch of text.replace(/\r\n?/g, "\n").replace(/\t/g, "  ")) {
      const code = ch.codePointAt(0) ?? 0;
      if (ch === "\n") out += ch;
      else if (code < 0x20 || (code >= 0x7f && code < 0xa0)) continue;
      else if (this.supported.has(code)) out += ch;
      else if (/\s/u.test(ch)) out += " ";
      else out += "□";
    }
    return out;
  }

  newPage(): void {
    this.page = this.doc.addPage(PAGE_SIZE);
    this.y = PAGE_SIZE[1] - this.margin;
  }

  /** Starts a new page unless `height` points still fit above the footer. */
  ensure(height: number): void {
    if (this.y - height < this.margin + this.footerHeight) this.newPage();
  }

  space(height: number): void {
    this.y -= height;
  }

  /** Draws one line of already-clean text with its baseline at `y`. */
  drawLine(text: string, x: number, y: number, style: { size: number; color: Color; bold?: boolean }): void {
    if (text === "") return;
    if (style.bold) {
      this.page.pushOperators(
        pushGraphicsState(),
        setTextRenderingMode(TextRenderingMode.FillAndOutline),
        setLineWidth(style.size * 0.035),
        setStrokingColor(style.color),
      );
    }
    this.page.drawText(text, { x, y, size: style.size, font: this.font, color: style.color });
    if (style.bold) this.page.pushOperators(popGraphicsState());
  }

  /** A wrapped block of text; breaks across pages line by line. Answers the number of lines. */
  text(raw: string, style: TextStyle = {}): number {
    const size = style.size ?? 10.5;
    const leading = size * (style.leading ?? 1.5);
    const indent = style.indent ?? 0;
    const width = style.width ?? this.contentWidth - indent;
    const lines = wrapText(this.font, this.clean(raw), size, width);
    for (const line of lines) {
      this.ensure(leading);
      this.y -= leading;
      this.drawLine(line, this.margin + indent, this.y + (leading - size) / 2, {
        size,
        color: style.color ?? COLORS.text,
        bold: style.bold,
      });
    }
    this.y -= style.after ?? size * 0.5;
    return lines.length;
  }

  heading(text: string, options: { size?: number; color?: Color; rule?: boolean } = {}): void {
    const size = options.size ?? 14;
    this.ensure(size * 4);
    this.y -= size * 0.6;
    this.text(text, { size, bold: true, color: options.color ?? COLORS.text, after: size * 0.35 });
    if (options.rule !== false) {
      this.page.drawLine({
        start: { x: this.margin, y: this.y },
        end: { x: PAGE_SIZE[0] - this.margin, y: this.y },
        thickness: 0.6,
        color: COLORS.rule,
      });
      this.y -= size * 0.6;
    }
  }

  /** The height `box` will take for this text (to keep blocks together). */
  boxHeight(
    raw: string,
    style: { size?: number; padding?: number; indent?: number; leading?: number; label?: string },
  ) {
    const size = style.size ?? 10;
    const padding = style.padding ?? 7;
    const leading = size * (style.leading ?? 1.45);
    const labelWidth = style.label ? this.font.widthOfTextAtSize(this.clean(style.label), size) + size * 0.4 : 0;
    const width = this.contentWidth - (style.indent ?? 0) - 2 * padding - labelWidth;
    return wrapText(this.font, this.clean(raw), size, width).length * leading + 2 * padding;
  }

  /** A filled box behind wrapped text (evidence quotes, callouts). */
  box(
    raw: string,
    style: TextStyle & { background: Color; padding?: number; label?: string; labelColor?: Color },
  ): void {
    const size = style.size ?? 10;
    const padding = style.padding ?? 7;
    const indent = style.indent ?? 0;
    const leading = size * (style.leading ?? 1.45);
    const innerWidth = this.contentWidth - indent - 2 * padding;
    const label = style.label ? this.clean(style.label) : "";
    const labelWidth = label ? this.font.widthOfTextAtSize(label, size) + size * 0.4 : 0;
    const lines = wrapText(this.font, this.clean(raw), size, innerWidth - labelWidth);
    let index = 0;
    while (index < lines.length) {
      this.ensure(leading + 2 * padding);
      const room = Math.max(1, Math.floor((this.y - this.margin - this.footerHeight - 2 * padding) / leading));
      const chunk = lines.slice(index, index + room);
      const height = chunk.length * leading + 2 * padding;
      this.page.drawRectangle({
        x: this.margin + indent,
        y: this.y - height,
        width: this.contentWidth - indent,
        height,
        color: style.background,
      });
      let baseline = this.y - padding;
      chunk.forEach((line, i) => {
        baseline -= leading;
        const x = this.margin + indent + padding;
        const y = baseline + (leading - size) / 2;
        if (label && index === 0 && i === 0) {
          this.drawLine(label, x, y, { size, color: style.labelColor ?? COLORS.muted, bold: true });
        }
        this.drawLine(line, x + labelWidth, y, { size, color: style.color ?? COLORS.text });
      });
      this.y -= height;
      index += chunk.length;
    }
    this.y -= style.after ?? 6;
  }

  /** A horizontal bar for a 0–100 score with its label and value. */
  scoreBar(label: string, score: number, options: { width?: number; color?: Color } = {}): void {
    const size = 10.5;
    const rowHeight = size * 1.9;
    this.ensure(rowHeight);
    const labelWidth = 120;
    const barWidth = options.width ?? this.contentWidth - labelWidth - 50;
    const top = this.y;
    const mid = top - rowHeight / 2;
    this.drawLine(this.clean(label), this.margin, mid - size * 0.35, { size, color: COLORS.text, bold: true });
    const x = this.margin + labelWidth;
    this.page.drawRectangle({ x, y: mid - 4, width: barWidth, height: 8, color: COLORS.rule });
    const clamped = Math.max(0, Math.min(100, score));
    this.page.drawRectangle({
      x,
      y: mid - 4,
      width: (barWidth * clamped) / 100,
      height: 8,
      color: options.color ?? scoreColor(clamped),
    });
    this.drawLine(String(Math.round(clamped)), x + barWidth + 10, mid - size * 0.35, {
      size,
      color: COLORS.text,
      bold: true,
    });
    this.y -= rowHeight;
  }

  /** Rounded-looking tags in rows (keywords). */
  chips(items: string[], style: { color: Color; background: Color; size?: number }): void {
    const size = style.size ?? 10;
    const padX = 6;
    const height = size * 1.8;
    const gap = 6;
    let x = this.margin;
    this.ensure(height + gap);
    let top = this.y;
    for (const raw of items) {
      const text = this.clean(raw);
      const width = Math.min(this.font.widthOfTextAtSize(text, size) + 2 * padX, this.contentWidth);
      if (x + width > PAGE_SIZE[0] - this.margin && x > this.margin) {
        x = this.margin;
        this.y = top - height - gap;
        this.ensure(height + gap);
        top = this.y;
      }
      this.page.drawRectangle({ x, y: top - height, width, height, color: style.background });
      this.drawLine(text, x + padX, top - height + (height - size) / 2 + size * 0.12, { size, color: style.color });
      x += width + gap;
    }
    this.y = top - height - gap * 1.5;
  }

  /** Page footers ("left … n / N") and the bytes of the document. */
  async finish(footer: (page: number, pages: number) => { left: string; right: string }): Promise<Uint8Array> {
    const pages = this.doc.getPages();
    pages.forEach((page, index) => {
      const { left, right } = footer(index + 1, pages.length);
      const size = 8;
      const y = this.margin / 2 + 4;
      page.drawLine({
        start: { x: this.margin, y: y + size * 1.6 },
        end: { x: PAGE_SIZE[0] - this.margin, y: y + size * 1.6 },
        thickness: 0.4,
        color: COLORS.rule,
      });
      page.drawText(this.clean(left), { x: this.margin, y, size, font: this.font, color: COLORS.muted });
      const rightText = this.clean(right);
      page.drawText(rightText, {
        x: PAGE_SIZE[0] - this.margin - this.font.widthOfTextAtSize(rightText, size),
        y,
        size,
        font: this.font,
        color: COLORS.muted,
      });
    });
    return this.doc.save({ useObjectStreams: true });
  }
}

export function scoreColor(score: number): Color {
  if (score >= 80) return COLORS.good;
  if (score >= 60) return COLORS.medium;
  return COLORS.high;
}
