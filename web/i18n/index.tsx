import { createContext, type ReactNode, useCallback, useContext, useMemo, useSyncExternalStore } from "react";
// Type-only import: the contract module pulls in zod, which must stay out of the landing bundle.
import type { Locale } from "../../worker/lib/contract.ts";
import en from "./en.ts";
import zhCN, { type MessageKey, type Messages } from "./zh-CN.ts";

export type { Locale, MessageKey };

/** Same values as `LOCALES` / `DEFAULT_LOCALE` in worker/lib/contract.ts (checked by the types below). */
export const LOCALES = ["zh-CN", "en"] as const satisfies readonly Locale[];
export const DEFAULT_LOCALE: Locale = "zh-CN";
type _AllLocalesListed = Locale extends (typeof LOCALES)[number] ? true : never;
const _allLocalesListed: _AllLocalesListed = true;
void _allLocalesListed;

const DICTIONARIES: Record<Locale, Messages> = { "zh-CN": zhCN, en };
/** localStorage key and cookie name holding the chosen UI language. */
export const LANG_STORAGE_KEY = "zm_lang";
const ONE_YEAR_SECONDS = 60 * 60 * 24 * 365;

export type TParams = Record<string, string | number>;

const isLocale = (v: unknown): v is Locale => typeof v === "string" && (LOCALES as readonly string[]).includes(v);

function readStoredLocale(): Locale | null {
  try {
    const stored = globalThis.localStorage?.getItem(LANG_STORAGE_KEY);
    if (isLocale(stored)) return stored;
  } catch {
    // storage may be unavailable (privacy mode): fall through to the cookie
  }
  if (typeof document !== "undefined") {
    const match = document.cookie.match(/(?:^|;\s*)zm_lang=([^;]+)/);
    const value = match?.[1] ? decodeURIComponent(match[1]) : null;
    if (isLocale(value)) return value;
  }
  return null;
}

// A tiny external store so that non-React code (the API client) can read the current locale too.
let current: Locale = readStoredLocale() ?? DEFAULT_LOCALE;
const listeners = new Set<() => void>();

function applyDocumentLang(locale: Locale) {
  if (typeof document === "undefined") return;
  document.documentElement.lang = locale;
  document.title = DICTIONARIES[locale]["meta.title"];
}
applyDocumentLang(current);

export function getLocale(): Locale {
  return current;
}

export function setLocale(locale: Locale): void {
  try {
    globalThis.localStorage?.setItem(LANG_STORAGE_KEY, locale);
  } catch {
    // ignore: the cookie below still persists the choice
  }
  if (typeof document !== "undefined") {
    const secure = location.protocol === "https:" ? "; Secure" : "";
    // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is not available in every supported browser
    document.cookie = `${LANG_STORAGE_KEY}=${encodeURIComponent(locale)}; Path=/; Max-Age=${ONE_YEAR_SECONDS}; SameSite=Lax${secure}`;
  }
  if (locale === current) return;
  current = locale;
  applyDocumentLang(locale);
  for (const l of listeners) l();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Look up and fill a message outside React (e.g. in the API client). */
export function translate(locale: Locale, key: MessageKey, params?: TParams): string {
  const template = DICTIONARIES[locale][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** Whether `key` is a UI message key (e.g. a key-valued zod message such as "password.tooShort"). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(zhCN, key);
}

export type TFunction = (key: MessageKey, params?: TParams) => string;

interface I18nValue {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: TFunction;
}

const I18nContext = createContext<I18nValue | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const locale = useSyncExternalStore(subscribe, getLocale, getLocale);
  const t = useCallback<TFunction>((key, params) => translate(locale, key, params), [locale]);
  const value = useMemo(() => ({ locale, setLocale, t }), [locale, t]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error("useI18n must be used inside <I18nProvider>");
  return ctx;
}

/** The translate function for the current UI language. */
export function useT(): TFunction {
  return useI18n().t;
}
