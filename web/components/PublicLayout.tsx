import { Link } from "@tanstack/react-router";
import type { ReactNode } from "react";
import { useT } from "../i18n/index.tsx";
import { LanguageSwitch } from "./LanguageSwitch.tsx";
import { Logo } from "./Logo.tsx";

const navLink =
  "rounded-md px-3 py-2 text-sm font-medium text-slate-600 hover:text-slate-900 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-indigo-600";

/** Header + footer of the public site. */
export function PublicLayout({ children }: { children: ReactNode }) {
  const t = useT();
  return (
    <div className="flex min-h-dvh flex-col bg-white text-slate-900">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded-md focus:bg-white focus:px-3 focus:py-2 focus:shadow"
      >
        {t("nav.skipToContent")}
      </a>
      <header className="sticky top-0 z-40 border-slate-200 border-b bg-white/90 backdrop-blur">
        <div className="mx-auto flex h-16 max-w-6xl items-center justify-between gap-4 px-4 sm:px-6">
          <Logo />
          <nav aria-label={t("nav.main")} className="flex items-center gap-1 sm:gap-2">
            <Link
              to="/pricing"
              className={navLink}
              activeProps={{ "aria-current": "page", className: "text-slate-900" }}
            >
              {t("nav.pricing")}
            </Link>
            <Link to="/login" search={{ redirect: undefined }} className={`${navLink} hidden sm:inline-flex`}>
              {t("nav.signIn")}
            </Link>
            <Link
              to="/register"
              className="rounded-md bg-indigo-600 px-3 py-2 font-semibold text-sm text-white shadow-sm hover:bg-indigo-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
              activeProps={{ "aria-current": "page" }}
            >
              {t("nav.register")}
            </Link>
            <LanguageSwitch className="ml-1" />
          </nav>
        </div>
      </header>
      <main id="main" className="flex-1">
        {children}
      </main>
      <footer className="border-slate-200 border-t bg-slate-50">
        <div className="mx-auto flex max-w-6xl flex-col gap-3 px-4 py-8 text-slate-600 text-sm sm:flex-row sm:items-center sm:justify-between sm:px-6">
          <p>
            <span className="font-semibold text-slate-800">{t("app.name")}</span> · {t("footer.note")}
          </p>
          <div className="flex items-center gap-4">
            <Link to="/pricing" className="hover:text-slate-900 hover:underline">
              {t("footer.pricing")}
            </Link>
            <span>© {new Date().getFullYear()}</span>
          </div>
        </div>
      </footer>
    </div>
  );
}
