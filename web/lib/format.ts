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
