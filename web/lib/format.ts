import type { Locale } from "../i18n/index.tsx";

const cache = new Map<string, Intl.NumberFormat>();

/** Format an integer amount of fen as yuan with two decimals, e.g. 1290 → "¥12.90". */
export function formatFen(fen: number, locale: Locale, fractionDigits = 2): string {
  const key = `${locale}:${fractionDigits}`;
  let fmt = cache.get(key);
  if (!fmt) {
    fmt = new Intl.NumberFormat(locale, {
      style: "currency",
      currency: "CNY",
      currencyDisplay: "narrowSymbol",
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
    });
    cache.set(key, fmt);
  }
  return fmt.format(fen / 100);
}

export function formatNumber(n: number, locale: Locale): string {
  return new Intl.NumberFormat(locale).format(n);
}

export function formatDate(iso: string, locale: Locale): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium" }).format(d);
}

/** Only allow same-origin, absolute-path redirect targets (no `//host`, no schemes). */
export function safeRedirectTarget(target: unknown, fallback = "/app"): string {
  if (typeof target !== "string" || !target.startsWith("/") || target.startsWith("//") || target.startsWith("/\\")) {
    return fallback;
  }
  return target;
}

export function formatDateTime(iso: string, locale: Locale): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(d);
}

/** "3 minutes ago" / "3 分钟前" (falls back to the date for anything older than a week). */
export function formatRelative(iso: string, locale: Locale, now = Date.now()): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const seconds = Math.round((d.getTime() - now) / 1000);
  const abs = Math.abs(seconds);
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
  if (abs < 60) return rtf.format(0, "second");
  if (abs < 3600) return rtf.format(Math.round(seconds / 60), "minute");
  if (abs < 86_400) return rtf.format(Math.round(seconds / 3600), "hour");
  if (abs < 7 * 86_400) return rtf.format(Math.round(seconds / 86_400), "day");
  return formatDateTime(iso, locale);
}

/** A wait in seconds as "45 秒" / "3 分钟" / "2 小时" (rounded up). */
export function formatWait(
  seconds: number,
  t: (key: "time.seconds" | "time.minutes" | "time.hours", params: { n: number }) => string,
): string {
  if (seconds < 60) return t("time.seconds", { n: Math.max(1, Math.ceil(seconds)) });
  if (seconds < 3600) return t("time.minutes", { n: Math.ceil(seconds / 60) });
  return t("time.hours", { n: Math.ceil(seconds / 3600) });
}
