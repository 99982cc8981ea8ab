import { Link } from "@tanstack/react-router";
import { useT } from "../i18n/index.tsx";

export function Logo({ to = "/", suffix }: { to?: string; suffix?: string }) {
  const t = useT();
  return (
    <Link
      to={to}
      className="flex items-center gap-2 rounded-md focus-visible:outline-2 focus-visible:outline-indigo-600"
    >
      <span
        aria-hidden="true"
        className="grid size-8 place-items-center rounded-lg bg-indigo-600 font-bold text-white shadow-sm"
      >
        职
      </span>
      <span className="font-semibold text-lg text-slate-900 tracking-tight">{t("app.name")}</span>
      {suffix ? (
        <span className="rounded-md bg-slate-100 px-2 py-0.5 font-medium text-slate-600 text-xs">{suffix}</span>
      ) : null}
    </Link>
  );
}
