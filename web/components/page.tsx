import { Link } from "@tanstack/react-router";
import type { ReactNode } from "react";
import { linkClass } from "./form.tsx";

export const pageTitleClass = "font-bold text-2xl text-slate-900 tracking-tight";

/** "Back to …" link above a page title. */
export function BackLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <p className="mb-4 text-sm">
      <Link to={to} className={linkClass}>
        ← {children}
      </Link>
    </p>
  );
}

/** A page below a list: the link back to it, the title, a subtitle, the content. */
export function SubPage({
  className,
  back,
  backLabel,
  title,
  subtitle,
  children,
}: {
  className: string;
  back: string;
  backLabel: string;
  title: string;
  subtitle?: string;
  children: ReactNode;
}) {
  return (
    <div className={className}>
      <BackLink to={back}>{backLabel}</BackLink>
      <h1 className={pageTitleClass}>{title}</h1>
      {subtitle ? <p className="mt-2 text-slate-600">{subtitle}</p> : null}
      <div className="mt-6">{children}</div>
    </div>
  );
}
