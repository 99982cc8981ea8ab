import { createFileRoute } from "@tanstack/react-router";
import type { ReactNode } from "react";
import { type PlanCode, PlanCodeSchema } from "../../../worker/modules/billing/schemas.ts";
import { useI18n } from "../../i18n/index.tsx";
import { formatDate, formatFen, formatNumber } from "../../lib/format.ts";
import { useMe } from "../../lib/me.ts";
import { tierLabelKey } from "../../lib/tiers.ts";

export const Route = createFileRoute("/app/")({
  component: AppOverview,
});

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="rounded-xl border border-slate-200 bg-white p-5">
      <dt className="text-slate-500 text-sm">{label}</dt>
      <dd className="mt-1 font-semibold text-lg text-slate-900">{children}</dd>
    </div>
  );
}

/** Shows the signed-in user's own account data from `GET /api/v1/me` — nothing else yet. */
function AppOverview() {
  const { user: initial } = Route.useRouteContext();
  const { user } = useMe(initial);
  const { t, locale } = useI18n();
  return (
    <section>
      <h1 className="font-bold text-2xl text-slate-900 tracking-tight">{t("app.overview.title")}</h1>
      {!user.emailVerified ? (
        <p className="mt-4 rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-amber-900 text-sm">
          {t("app.overview.emailUnverified")}
        </p>
      ) : null}
      <dl className="mt-6 grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
        <Field label={t("app.overview.email")}>{user.email}</Field>
        {user.name ? <Field label={t("app.overview.name")}>{user.name}</Field> : null}
        <Field label={t("app.overview.tier")}>{t(tierLabelKey(user.tier))}</Field>
        <Field label={t("app.overview.points")}>{formatNumber(user.pointsBalance, locale)}</Field>
        <Field label={t("app.overview.totalPaid")}>{formatFen(user.totalPaidFen, locale)}</Field>
        <Field label={t("app.overview.membership")}>
          {user.membership
            ? t("app.overview.membershipUntil", {
                plan: PlanCodeSchema.safeParse(user.membership.plan).success
                  ? t(`pricing.plan.${user.membership.plan as PlanCode}`)
                  : user.membership.plan,
                date: formatDate(user.membership.endsAt, locale),
              })
            : t("app.overview.membershipNone")}
        </Field>
      </dl>
    </section>
  );
}
