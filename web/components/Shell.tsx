import { Link } from "@tanstack/react-router";
import type { ReactNode } from "react";
import type { User } from "../api-client/schemas.ts";
import { type MessageKey, useT } from "../i18n/index.tsx";
import { LanguageSwitch } from "./LanguageSwitch.tsx";
import { Logo } from "./Logo.tsx";
import { UserMenu } from "./UserMenu.tsx";

export interface ShellNavItem {
  to: string;
  label: MessageKey;
  /** Match only the exact path (for index entries). */
  exact?: boolean;
}

/**
 * Sidebar + top bar layout shared by the signed-in app and the admin console.
 * Nav entries are passed in: only features that exist get an entry.
 */
export function Shell({
  title,
  home,
  nav,
  user,
  children,
}: {
  title: MessageKey;
  home: string;
  nav: readonly ShellNavItem[];
  user: User;
  children: ReactNode;
}) {
  const t = useT();

  return (
    <div className="flex min-h-dvh flex-col bg-slate-50 text-slate-900">
      <header className="sticky top-0 z-40 border-slate-200 border-b bg-white">
        <div className="flex h-14 items-center justify-between gap-4 px-4 sm:px-6">
          <Logo to={home} suffix={t(title)} />
          <div className="flex items-center gap-3">
            <LanguageSwitch />
            <UserMenu user={user} />
          </div>
        </div>
      </header>
      <div className="flex flex-1 flex-col md:flex-row">
        <nav
          aria-label={t("shell.sidebar")}
          className="border-slate-200 border-b bg-white md:w-56 md:shrink-0 md:border-r md:border-b-0"
        >
          <ul className="flex gap-1 overflow-x-auto p-3 md:flex-col">
            {nav.map((item) => (
              <li key={item.to}>
                <Link
                  to={item.to}
                  activeOptions={{ exact: item.exact ?? false }}
                  className="block whitespace-nowrap rounded-md px-3 py-2 font-medium text-slate-600 text-sm hover:bg-slate-100 hover:text-slate-900"
                  activeProps={{
                    className: "bg-indigo-50 text-indigo-700 hover:bg-indigo-50 hover:text-indigo-700",
                    "aria-current": "page",
                  }}
                >
                  {t(item.label)}
                </Link>
              </li>
            ))}
            <li className="md:mt-4 md:border-slate-200 md:border-t md:pt-4">
              <Link
                to="/"
                className="block whitespace-nowrap rounded-md px-3 py-2 text-slate-500 text-sm hover:bg-slate-100 hover:text-slate-900"
              >
                {t("shell.backToSite")}
              </Link>
            </li>
          </ul>
        </nav>
        <main id="main" className="min-w-0 flex-1 p-4 sm:p-8">
          {children}
        </main>
      </div>
    </div>
  );
}
