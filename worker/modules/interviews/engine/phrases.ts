/** Small pieces of wording shared by the follow-up, the feedback and the report. */
import { clipQuote, hasCjk, type Locale } from "../../analysis/engine/text";

/**
 * A short verbatim quote (a prefix of the text) without trailing punctuation, in quotation marks.
 * `max` counts Chinese characters; English, at about two characters a Chinese one, gets twice as many.
 */
export function quoted(text: string, max = 28): string {
  const limit = hasCjk(text) ? max : max * 2;
  return `“${clipQuote(text, limit).replace(/[\s，,。.！!？?；;：:、…]+$/u, "")}”`;
}

/** "A、B 和 C" / "A, B, and C" (the serial comma keeps "approach and trade-offs" one item). */
export function joinList(locale: Locale, items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  const head = items.slice(0, -1).join(locale === "en" ? ", " : "、");
  const and = locale === "en" ? (items.length > 2 ? ", and " : " and ") : "和";
  return `${head}${and}${items[items.length - 1]}`;
}

/** "第 1、3 题" / "Q1 and Q3", from 0-based turn indexes. */
export function questionRefs(locale: Locale, indexes: readonly number[]): string {
  const n = indexes.map((i) => i + 1);
  if (locale === "en")
    return joinList(
      locale,
      n.map((i) => `Q${i}`),
    );
  return `第 ${n.join("、")} 题`;
}
