// Text extraction with unpdf (the serverless PDF.js build). Runtime-neutral: used by the Worker and, in
// Node, by scripts/bench-extraction.ts.
//
// Bounds on what a hostile PDF can cost (see also preflight.ts):
// - the page count is read from the document catalogue and refused above `maxPages` before any page is parsed;
// - every page has a wall-clock budget (`pageTimeMs`) and the whole document one (`totalTimeMs`); PDF.js
//   yields between time slots while building text content, so the timer can fire and the document is destroyed;
// - text stops being collected past `maxChars` (the rest is dropped; the résumé is marked truncated);
// - images are never decoded (text content only), fonts are never handed to the runtime (disableFontFace), and
//   only the bundled CMaps are served (no fetches). This PDF.js build has no eval path for font programs.

import { AppError } from "../errors";
import { BundledBinaryDataFactory } from "./cmaps";
import { meaningfulLength, normalizeLines, type RawLine } from "./normalize";
import { preflight } from "./preflight";

export const EXTRACT_LIMITS = {
  maxPages: 20,
  pageTimeMs: 3_000,
  totalTimeMs: 15_000,
  maxChars: 100_000,
  /** Fewer letters/digits than this over the whole document: an image-only scan. */
  minMeaningfulChars: 20,
} as const;

export type ExtractLimits = { [K in keyof typeof EXTRACT_LIMITS]: number };

export interface ExtractedPdf {
  pages: number;
  /** Normalised text of the whole document, pages separated by a blank line. */
  text: string;
  truncated: boolean;
  /** Milliseconds spent in PDF.js per page, for the benchmark. */
  pageMs: number[];
}

interface TextItemLike {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

interface LineBox {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
  lastChar: string;
}

const HAN_RE = /\p{Script=Han}/u;
/** "J o h n", "工 作 经 历": one item whose characters PDF.js spaced out because of letter-spacing. */
const LETTER_SPACED_ITEM_RE = /^(?:\S ){2,}\S$/u;

/** Groups PDF.js text items into visual lines (by baseline), with spaces where the layout has gaps. */
export function itemsToLines(items: TextItemLike[]): RawLine[] {
  const boxes: LineBox[] = [];
  let current: LineBox | null = null;
  let breakNext = false;
  for (const raw of items) {
    const item = LETTER_SPACED_ITEM_RE.test(raw.str) ? { ...raw, str: raw.str.replace(/ /g, "") } : raw;
    const [, , c = 0, d = 0, x = 0, y = 0] = item.transform;
    const size = Math.abs(Math.hypot(c, d)) || item.height || 10;
    if (item.str === "" || /^\s+$/.test(item.str)) {
      if (item.hasEOL) breakNext = true;
      else if (current && item.str !== "" && !current.text.endsWith(" ")) current.text += " ";
      continue;
    }
    const sameLine =
      current !== null &&
      !breakNext &&
      Math.abs(y - current.y) <= 0.5 * Math.max(size, current.size) &&
      x >= current.x0 - size * 0.5;
    if (current && sameLine) {
      const gap = x - current.x1;
      const first = item.str[0] ?? "";
      const bothHan = HAN_RE.test(current.lastChar) && HAN_RE.test(first);
      const threshold = (bothHan ? 0.25 : 0.15) * Math.max(size, current.size);
      if (gap > threshold && !current.text.endsWith(" ") && !item.str.startsWith(" ")) current.text += " ";
      current.text += item.str;
      current.x1 = Math.max(current.x1, x + item.width);
    } else {
      current = { text: item.str, x0: x, x1: x + item.width, y, size, lastChar: "" };
      boxes.push(current);
    }
    current.lastChar = item.str.at(-1) ?? "";
    breakNext = item.hasEOL;
  }
  if (boxes.length === 0) return [];
  // A line that reaches (close to) the right edge of the text block was wrapped by the layout.
  const right = Math.max(...boxes.map((box) => box.x1));
  return boxes.map((box, i) => {
    const next = boxes[i + 1];
    const wrapped =
      box.x1 >= right - 2.5 * box.size &&
      box.text.length >= 8 &&
      next !== undefined &&
      Math.abs(next.size - box.size) <= 0.15 * box.size &&
      box.y - next.y < 2.5 * box.size &&
      box.y > next.y;
    return { text: box.text, wrapped };
  });
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new AppError("PDF_UNREADABLE", { details: { reason: "too_slow" } })),
      Math.max(1, ms),
    );
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function mapOpenError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const name = (error as { name?: string } | null)?.name;
  if (name === "PasswordException") return new AppError("PDF_ENCRYPTED");
  return new AppError("PDF_UNREADABLE", { details: { reason: "parse_failed" }, cause: error });
}

/**
 * Checks and extracts a PDF: `NOT_A_PDF`, `PDF_ENCRYPTED`, `PDF_UNREADABLE`, `TOO_MANY_PAGES`, `PDF_NO_TEXT`
 * as AppErrors, else the page count and normalised text.
 */
export async function extractPdf(
  bytes: Uint8Array,
  limits: Partial<ExtractLimits> = {},
  options: { isHeading?: (line: string) => boolean } = {},
): Promise<ExtractedPdf> {
  const opts: ExtractLimits = { ...EXTRACT_LIMITS, ...limits };
  await preflight(bytes);
  const { getDocumentProxy, getResolvedPDFJS } = await import("unpdf");
  // Loading and compiling PDF.js (first use in an isolate) is not the document's time.
  await getResolvedPDFJS();
  const started = Date.now();

  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    pdf = await withTimeout(
      getDocumentProxy(bytes.slice(), {
        useSystemFonts: true,
        disableFontFace: true,
        useWorkerFetch: false,
        cMapPacked: true,
        BinaryDataFactory: BundledBinaryDataFactory,
        stopAtErrors: false,
        verbosity: 0,
      }),
      opts.pageTimeMs,
    );
  } catch (error) {
    throw mapOpenError(error);
  }

  try {
    const pages = pdf.numPages;
    if (pages < 1) throw new AppError("PDF_UNREADABLE", { details: { reason: "no_pages" } });
    if (pages > opts.maxPages) throw new AppError("TOO_MANY_PAGES", { details: { pages, maxPages: opts.maxPages } });

    const pageTexts: string[] = [];
    const pageMs: number[] = [];
    let chars = 0;
    let truncated = false;
    for (let n = 1; n <= pages; n++) {
      const remaining = opts.totalTimeMs - (Date.now() - started);
      if (remaining <= 0) throw new AppError("PDF_UNREADABLE", { details: { reason: "too_slow" } });
      const pageStarted = Date.now();
      const content = await withTimeout(
        pdf.getPage(n).then((page) => page.getTextContent({ includeMarkedContent: false })),
        Math.min(opts.pageTimeMs, remaining),
      ).catch((error) => {
        throw mapOpenError(error);
      });
      pageMs.push(Date.now() - pageStarted);
      const text = normalizeLines(itemsToLines(content.items as TextItemLike[]), options);
      if (chars + text.length > opts.maxChars) {
        pageTexts.push(text.slice(0, Math.max(0, opts.maxChars - chars)));
        truncated = true;
        break;
      }
      chars += text.length + 2;
      pageTexts.push(text);
    }
    const text = pageTexts.filter(Boolean).join("\n\n");
    if (meaningfulLength(text) < opts.minMeaningfulChars) throw new AppError("PDF_NO_TEXT", { details: { pages } });
    return { pages, text, truncated, pageMs };
  } finally {
    await pdf.loadingTask.destroy().catch(() => {});
  }
}
