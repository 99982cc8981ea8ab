/**
 * Text utilities for the offline engine: normalisation for matching, line and bullet splitting,
 * Chinese word segmentation (Intl.Segmenter), Latin tokens and a stable hash. Pure and runtime-neutral.
 */

export type Locale = "zh-CN" | "en";

/** Picks the zh or en variant. */
export const tr = (locale: Locale, zh: string, en: string): string => (locale === "en" ? en : zh);

/** NFKC (full-width → half-width, compatibility forms) and lower case; keeps string length stable enough for matching. */
export function foldForMatch(s: string): string {
  return s.normalize("NFKC").toLowerCase();
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const CJK_G = /[\u3400-\u9fff\uf900-\ufaff]/g;
export const hasCjk = (s: string): boolean => CJK.test(s);
export const cjkCount = (s: string): number => s.match(CJK_G)?.length ?? 0;

/** Latin technical tokens, keeping the punctuation that belongs to names: Node.js, C++, C#, CI/CD, Vue3, uni-app. */
export const LATIN_TOKEN = /[A-Za-z][A-Za-z0-9]*(?:[.+#/-][A-Za-z0-9]+)*[+#]*/g;
export const latinWords = (s: string): string[] => s.match(/[A-Za-z][A-Za-z'’-]*/g) ?? [];

let zhSegmenter: Intl.Segmenter | undefined;
/** Word segments of Chinese (and mixed) text, with their offsets. */
export function segmentWords(s: string): { segment: string; index: number; isWordLike: boolean }[] {
  zhSegmenter ??= new Intl.Segmenter("zh", { granularity: "word" });
  return [...zhSegmenter.segment(s)].map((x) => ({
    segment: x.segment,
    index: x.index,
    isWordLike: x.isWordLike ?? false,
  }));
}

/** Offsets where segments start or end: a Chinese term only matches when it starts and ends on such a boundary. */
export function segmentBoundaries(s: string): Set<number> {
  const set = new Set<number>([0, s.length]);
  for (const seg of segmentWords(s)) {
    set.add(seg.index);
    set.add(seg.index + seg.segment.length);
  }
  return set;
}

/** Visible length: CJK characters count one each, Latin words one each. */
export function contentLength(s: string): { cjk: number; words: number } {
  return { cjk: cjkCount(s), words: latinWords(s).length };
}

/** Lines with their offsets in the source string. */
export interface Line {
  text: string;
  /** Trimmed text. */
  trimmed: string;
  start: number;
}
export function splitLines(s: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (const raw of s.split("\n")) {
    out.push({ text: raw, trimmed: raw.trim(), start });
    start += raw.length + 1;
  }
  return out;
}

/** Bullet markers at the start of a line: •, ·, -, *, ▪, ●, ◆, ○, ■, ➢, 1., 1), ①, （1）. */
export const BULLET_MARKER =
  /^(?:[•·●○◆◇■□▪▫►▶➢➤✓✔\-*–—>]|\d{1,2}[.)、．](?!\d)|[（(]\d{1,2}[)）]|[①-⑳]|[一二三四五六七八九十][、.])\s*/;
export const stripBullet = (s: string): string => s.replace(BULLET_MARKER, "").trim();
export const hasBulletMarker = (s: string): boolean => BULLET_MARKER.test(s.trim());

/** 32-bit FNV-1a: a stable hash for deterministic tie-breaks. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Clips a quote at a sensible boundary, keeping it an exact prefix of the input. */
export function clipQuote(s: string, max = 80): string {
  const t = s.trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  if (hasCjk(cut)) return cut;
  const space = cut.lastIndexOf(" ");
  return space > max / 2 ? cut.slice(0, space) : cut;
}

export const clamp = (n: number, lo = 0, hi = 100): number => Math.min(hi, Math.max(lo, n));
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A quote of at most `max` characters that keeps the part matched by `focus` (e.g. the number in a long
 * bullet), cut at word boundaries. Always an exact substring of the input.
 */
export function clipAround(s: string, focus: RegExp, max = 48): string {
  const t = s.trim();
  if (t.length <= max) return t;
  const m = t.match(focus);
  if (!m || m.index === undefined || m.index + m[0].length <= max) return clipQuote(t, max);
  let end = Math.min(t.length, m.index + m[0].length + 8);
  let start = Math.max(0, end - max);
  const latin = !hasCjk(t);
  if (latin) {
    while (start < m.index && /\S/.test(t[start - 1] ?? " ")) start++;
    while (end < t.length && /\S/.test(t[end] ?? " ") && end - start < max + 10) end++;
  }
  return t.slice(start, end).trim();
}
