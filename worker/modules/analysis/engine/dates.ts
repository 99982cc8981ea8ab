/**
 * Date ranges in résumés: 2019.07–2021.03, 2019/7 - 2021/3, 2019-07 ~ 2021-03, 2019年7月-至今,
 * Jul 2019 – Present, July 2019 to March 2021, 07/2019 - 03/2021, 2015 - 2019.
 * Months are counted as year * 12 + (month - 1); "present" is open-ended (no clock is read).
 */

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const EN_MONTH =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const YEAR = "(?:19|20)\\d{2}";
const POINT = `(?:${EN_MONTH}\\s*,?\\s*${YEAR}|\\d{1,2}\\s*/\\s*${YEAR}|${YEAR}(?:\\s*[./\\-年]\\s*\\d{1,2}(?!\\d)\\s*月?(?:\\s*[./\\-]\\s*\\d{1,2}(?!\\d)\\s*日?)?)?(?:\\s*年)?)`;
const PRESENT = "(?:至今|迄今|今|现在|目前|present|now|current|today|ongoing)";
const SEP = "\\s*(?:-|–|—|－|−|~|～|至|到|to|until|—)\\s*";
const RANGE = new RegExp(`(${POINT})${SEP}(${POINT}|${PRESENT})`, "gi");

export interface MonthPoint {
  month: number;
  /** Year-only dates are imprecise. */
  precise: boolean;
}
export interface DateRange {
  start: MonthPoint;
  /** Undefined: present. */
  end?: MonthPoint;
  /** The range as written. */
  text: string;
  /** Offset of the range in the searched text. */
  index: number;
}

export function parsePoint(raw: string): MonthPoint | undefined {
  const s = raw.trim().toLowerCase();
  let m = s.match(new RegExp(`^(${EN_MONTH})\\s*,?\\s*(${YEAR})$`, "i"));
  if (m) {
    const month = MONTHS[m[1]!.replace(".", "").slice(0, 3)];
    return month ? { month: Number(m[2]) * 12 + month - 1, precise: true } : undefined;
  }
  m = s.match(new RegExp(`^(\\d{1,2})\\s*/\\s*(${YEAR})$`));
  if (m) {
    const month = Number(m[1]);
    return month >= 1 && month <= 12 ? { month: Number(m[2]) * 12 + month - 1, precise: true } : undefined;
  }
  m = s.match(new RegExp(`^(${YEAR})(?:\\s*[./\\-年]\\s*(\\d{1,2}))?`));
  if (m) {
    const year = Number(m[1]);
    if (m[2] === undefined) return { month: year * 12, precise: false };
    const month = Number(m[2]);
    return month >= 1 && month <= 12 ? { month: year * 12 + month - 1, precise: true } : undefined;
  }
  return undefined;
}

/** All date ranges in a text. */
export function findDateRanges(text: string): DateRange[] {
  const out: DateRange[] = [];
  for (const m of text.matchAll(RANGE)) {
    const start = parsePoint(m[1]!);
    if (!start) continue;
    const endRaw = m[2]!;
    const isPresent = new RegExp(`^${PRESENT}$`, "i").test(endRaw.trim());
    const end = isPresent ? undefined : parsePoint(endRaw);
    if (!isPresent && !end) continue;
    out.push({ start, end, text: m[0].trim(), index: m.index });
  }
  return out;
}

/**
 * Matches dates so they can be ignored when looking for quantities: ranges, and single points that carry
 * a month or 年 (a bare 2000 is a number, as in "2000+ users").
 */
const DATED_POINT = `(?:${EN_MONTH}\\s*,?\\s*${YEAR}|\\d{1,2}\\s*/\\s*${YEAR}|${YEAR}\\s*[./\\-年]\\s*\\d{1,2}(?!\\d)\\s*月?(?:\\s*[./\\-]\\s*\\d{1,2}(?!\\d)\\s*日?)?|${YEAR}\\s*年(?:度)?)`;
export const DATE_LIKE = new RegExp(`${RANGE.source}|${DATED_POINT}`, "gi");

export const formatMonth = (month: number): string =>
  `${Math.floor(month / 12)}.${String((month % 12) + 1).padStart(2, "0")}`;
