import { createFileRoute } from "@tanstack/react-router";
import { pageTitleClass } from "../../components/page.tsx";
import { useT } from "../../i18n/index.tsx";

export const Route = createFileRoute("/admin/")({
  component: AdminOverview,
});

/** Admin console home. Tools appear here as their features are built. */
function AdminOverview() {
  const { user } = Route.useRouteContext();
  const t = useT();
  return (
    <section>
      <h1 className={pageTitleClass}>{t("admin.overview.title")}</h1>
      <dl className="mt-6 grid max-w-xl gap-4 sm:grid-cols-2">
        <div className="rounded-xl border border-slate-200 bg-white p-5">
          <dt className="text-slate-500 text-sm">{t("shell.signedInAs")}</dt>
          <dd className="mt-1 break-all font-semibold text-slate-900">{user.email}</dd>
        </div>
        <div className="rounded-xl border border-slate-200 bg-white p-5">
          <dt className="text-slate-500 text-sm">{t("admin.overview.role")}</dt>
          <dd className="mt-1 font-semibold text-slate-900">{t(`role.${user.role}`)}</dd>
        </div>
      </dl>
    </section>
  );
}
