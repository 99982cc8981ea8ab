import { useQuery } from "@tanstack/react-query";
import { createFileRoute, Link, useRouter } from "@tanstack/react-router";
import {
  billingConfigQueryOptions,
  type Plan,
  type PublicBillingConfig,
  plansQueryOptions,
} from "../../api-client/billing.ts";
import { isApiError } from "../../api-client/client.ts";
import { meQueryOptions } from "../../api-client/queries.ts";
import { Alert, primaryButtonClass, Spinner } from "../../components/form.tsx";
import { Icon } from "../../components/icons.tsx";
import { pageTitleClass } from "../../components/page.tsx";
import { type Locale, type TFunction, useI18n } from "../../i18n/index.tsx";
import { formatFen, formatNumber } from "../../lib/format.ts";
import { useCreateOrder } from "../../lib/orders.ts";
import {
  type Access,
  accessFor,
  FEATURES,
  featureLabelKey,
  type TierInfo,
  tierInfos,
  tierLabelKey,
} from "../../lib/tiers.ts";

export const Route = createFileRoute("/_public/pricing")({
  component: Pricing,
});

function Pricing() {
  const { t } = useI18n();
  return (
    <div className="mx-auto max-w-6xl px-4 py-16 sm:px-6 sm:py-20">
      <header className="mx-auto max-w-2xl text-center">
        <h1 className="font-bold text-4xl text-slate-900 tracking-tight sm:text-5xl">{t("pricing.title")}</h1>
        <p className="mt-4 text-lg text-slate-600">{t("pricing.subtitle")}</p>
      </header>
      <Plans />
      <Recharge />
      <TierTable />
    </div>
  );
}

function Plans() {
  const { t, locale } = useI18n();
  const plans = useQuery(plansQueryOptions(locale));
  // Signed in? A 401 means "no" (the buy buttons then lead to the login page).
  const me = useQuery(meQueryOptions());
  const signedOut = isApiError(me.error) && me.error.status === 401;
  const router = useRouter();
  const { create, mutation } = useCreateOrder();
  const attempted = mutation.variables?.body.kind === "plan" ? mutation.variables.body.planCode : null;

  function buy(plan: Plan) {
    create(
      { kind: "plan", planCode: plan.code },
      {
        onError: (e) => {
          // The session ended meanwhile: sign in again, then come back here.
          if (isApiError(e) && e.status === 401) {
            void router.navigate({ to: "/login", search: { redirect: "/pricing" } });
          }
        },
      },
    );
  }

  return (
    <section aria-labelledby="plans-title" className="mt-16">
      <h2 id="plans-title" className={pageTitleClass}>
        {t("pricing.plans.title")}
      </h2>
      <div className="mt-6" aria-live="polite" aria-busy={plans.isPending}>
        {plans.isPending ? (
          <div data-state="loading" className="grid gap-6 md:grid-cols-3">
            <p className="sr-only">{t("pricing.plans.loading")}</p>
            {[0, 1, 2].map((i) => (
              <div key={i} aria-hidden="true" className="h-48 animate-pulse rounded-2xl bg-slate-100" />
            ))}
          </div>
        ) : plans.isError ? (
          <div
            data-state="error"
            role="alert"
            className="flex flex-col items-start gap-4 rounded-2xl border border-red-200 bg-red-50 p-6 text-red-900 sm:flex-row sm:items-center sm:justify-between"
          >
            <p>{t("pricing.plans.error", { message: plans.error.message })}</p>
            <button
              type="button"
              onClick={() => void plans.refetch()}
              disabled={plans.isFetching}
              className="rounded-lg bg-white px-4 py-2 font-semibold text-red-900 text-sm ring-1 ring-red-200 hover:bg-red-100 disabled:opacity-50"
            >
              {t("pricing.plans.retry")}
            </button>
          </div>
        ) : plans.data.items.length === 0 ? (
          <p
            data-state="empty"
            className="rounded-2xl border border-slate-200 border-dashed p-8 text-center text-slate-600"
          >
            {t("pricing.plans.empty")}
          </p>
        ) : (
          <ul data-state="ready" className="grid gap-6 md:grid-cols-3">
            {plans.data.items.map((plan) => {
              const price = formatFen(plan.priceFen, locale);
              const label = t("pricing.plan.buyLabel", { plan: plan.name, price });
              const pending = mutation.isPending && attempted === plan.code;
              return (
                <li
                  key={plan.code}
                  className="flex flex-col rounded-2xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8"
                  data-plan={plan.code}
                >
                  <h3 className="font-semibold text-slate-900 text-xl">{plan.name}</h3>
                  <p className="mt-6 font-bold text-4xl text-slate-900 tracking-tight">{price}</p>
                  <ul className="mt-6 space-y-3 text-slate-700">
                    <li className="flex gap-2">
                      <Icon name="check" className="size-5 shrink-0 text-indigo-600" />
                      {t("pricing.plan.days", { days: formatNumber(plan.days, locale) })}
                    </li>
                    <li className="flex gap-2">
                      <Icon name="check" className="size-5 shrink-0 text-indigo-600" />
                      {t("pricing.plan.points", { points: formatNumber(plan.points, locale) })}
                    </li>
                  </ul>
                  <div className="mt-auto pt-8">
                    {signedOut ? (
                      <Link
                        to="/login"
                        search={{ redirect: "/pricing" }}
                        className={`${primaryButtonClass} w-full`}
                        aria-label={`${t("pricing.plan.signInToBuy")} · ${label}`}
                      >
                        {t("pricing.plan.signInToBuy")}
                      </Link>
                    ) : (
                      <button
                        type="button"
                        className={`${primaryButtonClass} w-full`}
                        aria-label={label}
                        disabled={me.isPending || mutation.isPending}
                        aria-busy={pending || undefined}
                        onClick={() => buy(plan)}
                      >
                        {pending ? (
                          <>
                            <Spinner />
                            {t("pricing.plan.buying")}
                          </>
                        ) : (
                          t("pricing.plan.buy")
                        )}
                      </button>
                    )}
                    {mutation.isError && attempted === plan.code && !signedOut ? (
                      <div className="mt-3">
                        <Alert tone="error">{t("pricing.plan.buyFailed", { message: mutation.error.message })}</Alert>
                      </div>
                    ) : null}
                  </div>
                </li>
              );
            })}
          </ul>
        )}
      </div>
      <p className="mt-4 text-slate-500 text-sm">{t("pricing.plan.note")}</p>
    </section>
  );
}

function Recharge() {
  const { t, locale } = useI18n();
  const config = useQuery(billingConfigQueryOptions());
  return (
    <section
      aria-labelledby="recharge-title"
      className="mt-16 rounded-2xl bg-slate-50 p-6 ring-1 ring-slate-200 sm:p-8"
    >
      <div className="flex flex-wrap items-start justify-between gap-4">
        <h2 id="recharge-title" className={pageTitleClass}>
          {t("pricing.recharge.title")}
        </h2>
        <Link to="/app/recharge" className={primaryButtonClass}>
          {t("pricing.recharge.cta")}
        </Link>
      </div>
      {config.data ? (
        <div className="mt-6 flex flex-wrap gap-3">
          <span className="rounded-full bg-indigo-600 px-4 py-1.5 font-semibold text-sm text-white">
            {t("pricing.recharge.rate", { points: config.data.pointsPerYuan })}
          </span>
          <span className="rounded-full bg-white px-4 py-1.5 font-semibold text-slate-800 text-sm ring-1 ring-slate-300">
            {t("pricing.recharge.min", { min: formatFen(config.data.recharge.minFen, locale, 0) })}
          </span>
          <span className="rounded-full bg-white px-4 py-1.5 font-semibold text-slate-800 text-sm ring-1 ring-slate-300">
            {t("pricing.recharge.max", { max: formatFen(config.data.recharge.maxFen, locale, 0) })}
          </span>
        </div>
      ) : null}
      <p className="mt-4 max-w-3xl text-slate-600">{t("pricing.recharge.body")}</p>
    </section>
  );
}

function tierRange(tier: TierInfo, locale: Locale, t: TFunction): string {
  const fmt = (fen: number) => formatFen(fen, locale, 0);
  if (tier.maxFen === null) return t("tier.range.atLeast", { min: fmt(tier.minFen) });
  if (tier.minFen === 0) return t("tier.range.below", { max: fmt(tier.maxFen) });
  return t("tier.range.between", { min: fmt(tier.minFen), max: fmt(tier.maxFen) });
}

function AccessCell({ access, t }: { access: Access; t: TFunction }) {
  switch (access.kind) {
    case "no":
      return (
        <span className="inline-flex items-center text-slate-400">
          <Icon name="minus" className="size-5" />
          <span className="sr-only">{t("access.no")}</span>
        </span>
      );
    case "available":
      return (
        <span className="inline-flex items-center gap-1.5 text-emerald-700">
          <Icon name="check" className="size-5" />
          <span className="sr-only sm:not-sr-only sm:text-sm">{t("access.available")}</span>
        </span>
      );
    case "free":
      return <span className="font-medium text-emerald-700 text-sm">{t("access.free")}</span>;
    case "pointsEach":
      return <span className="text-slate-700 text-sm">{t("access.pointsEach", { points: access.points })}</span>;
    case "pointsPerSession":
      return <span className="text-slate-700 text-sm">{t("access.pointsPerSession", { points: access.points })}</span>;
    case "pointsPerMinute":
      return <span className="text-slate-700 text-sm">{t("access.pointsPerMinute", { points: access.points })}</span>;
  }
}

function TierTable() {
  const { t } = useI18n();
  const config = useQuery(billingConfigQueryOptions());
  return (
    <section aria-labelledby="tiers-title" className="mt-16">
      <h2 id="tiers-title" className={pageTitleClass}>
        {t("pricing.tiers.title")}
      </h2>
      <p className="mt-2 text-slate-600">{t("pricing.tiers.subtitle")}</p>
      <div className="mt-6" aria-busy={config.isPending}>
        {config.isPending ? (
          <div aria-hidden="true" className="h-96 animate-pulse rounded-2xl bg-slate-100">
            <span className="sr-only">{t("pricing.tiers.loading")}</span>
          </div>
        ) : config.isError ? (
          <div
            role="alert"
            className="flex flex-col items-start gap-4 rounded-2xl border border-red-200 bg-red-50 p-6 text-red-900 sm:flex-row sm:items-center sm:justify-between"
          >
            <p>{t("pricing.tiers.error", { message: config.error.message })}</p>
            <button
              type="button"
              onClick={() => void config.refetch()}
              disabled={config.isFetching}
              className="rounded-lg bg-white px-4 py-2 font-semibold text-red-900 text-sm ring-1 ring-red-200 hover:bg-red-100 disabled:opacity-50"
            >
              {t("common.retry")}
            </button>
          </div>
        ) : (
          <EntitlementTable config={config.data} />
        )}
      </div>
      <p className="mt-4 text-slate-500 text-sm">{t("pricing.tiers.planNote")}</p>
    </section>
  );
}

function EntitlementTable({ config }: { config: PublicBillingConfig }) {
  const { t, locale } = useI18n();
  const tiers = tierInfos(config);
  return (
    <div className="overflow-x-auto rounded-2xl border border-slate-200 bg-white">
      <table className="w-full min-w-[40rem] border-collapse text-left">
        <caption className="sr-only">{t("pricing.tiers.caption")}</caption>
        <thead>
          <tr className="border-slate-200 border-b bg-slate-50">
            <th scope="col" className="px-4 py-4 font-semibold text-slate-900 text-sm sm:px-6">
              {t("pricing.tiers.feature")}
            </th>
            {tiers.map((tier) => (
              <th key={tier.code} scope="col" className="px-4 py-4 sm:px-6">
                <span className="block font-semibold text-slate-900">{t(tierLabelKey(tier.code))}</span>
                <span className="mt-0.5 block font-normal text-slate-500 text-xs">
                  <span className="sr-only">{t("pricing.tiers.threshold")}: </span>
                  {tierRange(tier, locale, t)}
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {FEATURES.map((feature) => (
            <tr key={feature} className="border-slate-100 border-b last:border-0">
              <th scope="row" className="px-4 py-3 font-medium text-slate-800 text-sm sm:px-6">
                {t(featureLabelKey(feature))}
              </th>
              {tiers.map((tier) => (
                <td key={tier.code} className="px-4 py-3 sm:px-6">
                  <AccessCell access={accessFor(config, tier.code, feature)} t={t} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
