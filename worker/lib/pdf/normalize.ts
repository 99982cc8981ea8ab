// Text normalisation for extracted résumé text, so that keyword matching and section detection work on what
// people see rather than on what the PDF happened to encode. Pure string functions: runtime-neutral.

/**
 * Full-width punctuation that carries meaning in Chinese text and that NFKC would fold to ASCII
 * (`，` → `,`): kept as written. Everything else full-width (letters, digits, `％＠＋－／．` …) is folded.
 */
const KEPT_FULLWIDTH = new Set(["，", "：", "；", "（", "）", "！", "？"]);

/**
 * CJK Radicals Supplement code points that some fonts' ToUnicode maps (notably in Word/WPS exports) give for
 * ordinary simplified characters. NFKC leaves most of them alone, so they are mapped here.
 * (Kangxi Radicals U+2F00–U+2FD5 and CJK compatibility ideographs are handled by NFKC.)
 */
const RADICAL_SUPPLEMENT: Record<string, string> = {
  "⺟": "母",
  "⺠": "民",
  "⺩": "王",
  "⻄": "西",
  "⻅": "见",
  "⻆": "角",
  "⻉": "贝",
  "⻋": "车",
  "⻓": "长",
  "⻔": "门",
  "⻘": "青",
  "⻙": "韦",
  "⻚": "页",
  "⻛": "风",
  "⻜": "飞",
  "⻝": "食",
  "⻢": "马",
  "⻣": "骨",
  "⻤": "鬼",
  "⻥": "鱼",
  "⻦": "鸟",
  "⻨": "麦",
  "⻩": "黄",
  "⻬": "齐",
  "⻮": "齿",
  "⻰": "龙",
  "⻳": "龟",
};
const RADICAL_RE = new RegExp(`[${Object.keys(RADICAL_SUPPLEMENT).join("")}]`, "gu");

/** Bullet and decoration glyphs that start list items; dropped at the start of a line. */
const BULLETS = "•●○◆◇■□▪▫►▶▷➢➤➣✓✔✗★☆‣⁃∙◦❖➔→⇒◎◉⦿※♦❑❒";
const LEADING_BULLET_RE = new RegExp(`^(?:[${BULLETS}]|[-*·]\\s)\\s*`, "u");
export const BULLET_START_RE = new RegExp(`^\\s*(?:[${BULLETS}]|[-*·](?=\\s))`, "u");

// Invisible or meaningless code points: C0/C1 controls (but \t and \n), zero-width, BOM, soft hyphen at
// positions other than line ends, private-use glyphs (icon fonts, unmapped glyphs), replacement char.
const INVISIBLE_RE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200F\u2028\u2029\u202A-\u202E\u2060-\u2064\uFEFF\uFFFD\uE000-\uF8FF]/gu;

const HAN = "\\p{Script=Han}";
const CJK_OR_PUNCT = `[${HAN}\\u3000-\\u303F\\uFF01-\\uFF0F\\uFF1A-\\uFF1F\\u201C\\u201D\\u2018\\u2019\\u2014\\u2026]`;
const SPACE_BEFORE_CJK_PUNCT_RE = new RegExp(
  `(${CJK_OR_PUNCT}) +(?=[\\u3000-\\u303F\\uFF01-\\uFF0F\\uFF1A-\\uFF1F])`,
  "gu",
);
const SPACE_AFTER_CJK_PUNCT_RE = /([\u3001\u3002\uFF0C\uFF1A\uFF1B\uFF01\uFF1F]) +/gu;
const HAN_THEN_LATIN_RE = new RegExp(`(${HAN})(?=[A-Za-z0-9])`, "gu");
const LATIN_THEN_HAN_RE = new RegExp(`([A-Za-z0-9])(?=${HAN})`, "gu");
const LETTER_SPACED_LINE_RE = new RegExp(`^(?:${HAN} )+${HAN}$`, "u");

/** Page furniture: "第 1 页 / 共 2 页", "1 / 2", "Page 1 of 2", "- 3 -". */
const PAGE_NUMBER_LINE_RE =
  /^(?:第\s*\d+\s*页(?:\s*[/，,]?\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+|page\s+\d+(?:\s+of\s+\d+)?|-\s*\d+\s*-)$/iu;

/** Unicode compatibility folding (NFKC) that keeps the Chinese punctuation listed in KEPT_FULLWIDTH. */
export function foldCompatibility(text: string): string {
  let out = "";
  let run = "";
  for (const ch of text) {
    if (KEPT_FULLWIDTH.has(ch)) {
      out += run.normalize("NFKC") + ch;
      run = "";
    } else run += ch;
  }
  out += run.normalize("NFKC");
  return out.replace(RADICAL_RE, (ch) => RADICAL_SUPPLEMENT[ch] ?? ch);
}

/** One line: compatibility folding, invisible characters, bullets and spacing. */
export function normalizeLine(line: string): string {
  let s = foldCompatibility(line.replace(INVISIBLE_RE, ""));
  s = s.replace(/[\t\u00A0\u2000-\u200A\u202F\u205F\u3000 ]+/g, " ").trim();
  s = s.replace(LEADING_BULLET_RE, "").trim();
  // "工 作 经 历": a letter-spaced heading.
  if (LETTER_SPACED_LINE_RE.test(s)) s = s.replace(/ /g, "");
  return spaceCjk(s);
}

/**
 * One convention for spaces around CJK, so that "熟悉React" and "熟悉 React" match the same keywords:
 * a space between Han and Latin letters or digits, none before CJK punctuation or after `，。、：；！？`.
 */
export function spaceCjk(text: string): string {
  return text
    .replace(HAN_THEN_LATIN_RE, "$1 ")
    .replace(LATIN_THEN_HAN_RE, "$1 ")
    .replace(SPACE_BEFORE_CJK_PUNCT_RE, "$1")
    .replace(SPACE_AFTER_CJK_PUNCT_RE, "$1")
    .replace(/ {2,}/g, " ");
}

const ENDS_MID_SENTENCE_RE = /[，、,;；(（“‘]$/u;
const HYPHENATED_RE = /\p{Ll}[-\u00AD]$/u;
const STARTS_LOWER_RE = /^\p{Ll}/u;
const ASCII_WORD_END_RE = /[A-Za-z0-9%+#.)]$/;
const ASCII_WORD_START_RE = /^[A-Za-z0-9(]/;

/** Joins two pieces of one sentence: no space between CJK, a space between words. */
export function joinPieces(left: string, right: string): string {
  if (HYPHENATED_RE.test(left) && STARTS_LOWER_RE.test(right)) return left.slice(0, -1) + right;
  if (ASCII_WORD_END_RE.test(left) && ASCII_WORD_START_RE.test(right)) return `${left} ${right}`;
  if (/\p{Script=Han}$/u.test(left) && ASCII_WORD_START_RE.test(right)) return `${left} ${right}`;
  if (ASCII_WORD_END_RE.test(left) && /^\p{Script=Han}/u.test(right)) return `${left} ${right}`;
  if (/[,;:]$/.test(left) && /^[A-Za-z0-9]/.test(right)) return `${left} ${right}`;
  return left + right;
}

export interface RawLine {
  text: string;
  /** The line reaches the right edge of the text block: the sentence was wrapped, not ended. */
  wrapped?: boolean;
}

/**
 * Normalises extracted lines and joins lines that the layout broke inside a sentence or a word: after a
 * wrapped line (geometry from the extractor), after a line ending mid-sentence (`，`, `、`, `,`) and after
 * a hyphenated English word. Bullets start new lines; page numbers are dropped; runs of blank lines collapse.
 */
export function normalizeLines(lines: RawLine[], options: { isHeading?: (line: string) => boolean } = {}): string {
  const out: string[] = [];
  let canContinue = false;
  for (const raw of lines) {
    const startsBullet = BULLET_START_RE.test(raw.text);
    if (PAGE_NUMBER_LINE_RE.test(foldCompatibility(raw.text).trim())) continue;
    const text = normalizeLine(raw.text);
    if (text === "") {
      if (out.length > 0 && out.at(-1) !== "") out.push("");
      canContinue = false;
      continue;
    }
    if (PAGE_NUMBER_LINE_RE.test(text)) continue;
    const previous = out.at(-1);
    // A heading on a line of its own ("Skills", "项目经历") never continues the previous sentence.
    const heading = options.isHeading?.(text) ?? false;
    if (canContinue && previous && !startsBullet && !heading) {
      out[out.length - 1] = joinPieces(previous, text);
    } else {
      out.push(text);
    }
    const current = out.at(-1) as string;
    canContinue =
      !heading &&
      ((raw.wrapped === true && !/[。！？!?]$/u.test(current)) ||
        ENDS_MID_SENTENCE_RE.test(current) ||
        (HYPHENATED_RE.test(current) && current.length > 20));
  }
  while (out.at(-1) === "") out.pop();
  return out.join("\n");
}

/** Normalises plain text (e.g. from a test, or text that has no layout information). */
export function normalizeText(text: string): string {
  return normalizeLines(text.split(/\r\n|\r|\n/).map((line) => ({ text: line })));
}

/** Letters and digits (any script): what counts as real text when deciding whether a PDF is a scan. */
export function meaningfulLength(text: string): number {
  return text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
}
