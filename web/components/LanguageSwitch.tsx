import { LOCALES, type Locale, useI18n } from "../i18n/index.tsx";

const LABEL_KEY = { "zh-CN": "lang.zh", en: "lang.en" } as const satisfies Record<Locale, string>;

/** Segmented control that switches (and persists) the UI language. */
export function LanguageSwitch({ className = "" }: { className?: string }) {
  const { locale, setLocale, t } = useI18n();
  return (
    <fieldset
      className={`inline-flex items-center rounded-lg border border-slate-200 bg-white p-0.5 text-sm ${className}`}
    >
      <legend className="sr-only">{t("lang.label")}</legend>
      {LOCALES.map((l) => {
        const active = l === locale;
        return (
          <button
            key={l}
            type="button"
            lang={l}
            data-lang={l}
            aria-pressed={active}
            onClick={() => setLocale(l)}
            className={`rounded-md px-2.5 py-1 font-medium transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 ${
              active ? "bg-slate-900 text-white" : "text-slate-600 hover:bg-slate-100 hover:text-slate-900"
            }`}
          >
            {t(LABEL_KEY[l])}
          </button>
        );
      })}
    </fieldset>
  );
}
