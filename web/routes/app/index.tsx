import { useQuery } from "@tanstack/react-query";
import { createFileRoute, Link } from "@tanstack/react-router";
import type { ReactNode } from "react";
import { billingConfigQueryOptions } from "../../api-client/billing.ts";
import type { Tier, User } from "../../api-client/schemas.ts";
import { Alert } from "../../components/form.tsx";
import { Icon, type IconName } from "../../components/icons.tsx";
import { pageTitleClass } from "../../components/page.tsx";
import { useI18n } from "../../i18n/index.tsx";
import { formatDate, formatFen, formatNumber } from "../../lib/format.ts";
import { useMe } from "../../lib/me.ts";
import { PLAN_TIER, tierLabelKey, tierProgress } from "../../lib/tiers.ts";

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

/** The signed-in user's account and membership from `GET /api/v1/me`. */
function AppOverview() {
  const { user: initial } = Route.useRouteContext();
  const { user } = useMe(initial);
  const { t } = useI18n();
  return (
    <section className="max-w-5xl">
      <h1 className={pageTitleClass}>{t("app.overview.title")}</h1>
      {!user.emailVerified ? (
        <p className="mt-4 rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-amber-900 text-sm">
          {t("app.overview.emailUnverified")}
        </p>
      ) : null}
      <FeatureCards />
      <MembershipCard user={user} />
      <dl className="mt-6 grid gap-4 sm:grid-cols-2">
        <Field label={t("app.overview.email")}>{user.email}</Field>
        {user.name ? <Field label={t("app.overview.name")}>{user.name}</Field> : null}
      </dl>
    </section>
  );
}

/** Entry points of the AI features, with their point costs from the billing config. */
function FeatureCards() {
  const { t, locale } = useI18n();
  const config = useQuery(billingConfigQueryOptions());
  const costs = config.data?.pointCosts;
  const cost = (points: number | undefined) =>
    points === undefined ? null : t("app.overview.cost", { points: formatNumber(points, locale) });
  return (
    <section aria-labelledby="start-title" className="mt-6">
      <h2 id="start-title" className="sr-only">
        {t("app.overview.start")}
      </h2>
      <ul className="grid gap-4 md:grid-cols-2">
        <FeatureCard
          icon="document"
          title={t("feature.diagnosis")}
          body={t("app.overview.diagnosis")}
          cost={cost(costs?.diagnosis)}
          testId="card-diagnosis"
          action={
            <Link to="/app/diagnoses/new" className={cardLinkClass}>
              {t("app.overview.diagnosis.cta")}
              <Icon name="arrowRight" className="size-4" />
            </Link>
          }
          secondary={
            <Link
              to="/app/diagnoses"
              className="font-medium text-slate-600 text-sm hover:text-slate-900 hover:underline"
            >
              {t("app.overview.history")}
            </Link>
          }
        />
        <FeatureCard
          icon="lightbulb"
          title={t("feature.prediction")}
          body={t("app.overview.prep")}
          cost={cost(costs?.prediction)}
          testId="card-prep"
          action={
            <Link to="/app/interview-preps/new" className={cardLinkClass}>
              {t("app.overview.prep.cta")}
              <Icon name="arrowRight" className="size-4" />
            </Link>
          }
          secondary={
            <Link
              to="/app/interview-preps"
              className="font-medium text-slate-600 text-sm hover:text-slate-900 hover:underline"
            >
              {t("app.overview.history")}
            </Link>
          }
        />
        <FeatureCard
          icon="chat"
          title={t("feature.mockInterview")}
          body={t("app.overview.interview")}
          cost={costs ? t("app.overview.interviewCost", { points: formatNumber(costs.mockInterview, locale) }) : null}
          testId="card-interview"
          action={
            <Link to="/app/interviews/new" className={cardLinkClass}>
              {t("app.overview.interview.cta")}
              <Icon name="arrowRight" className="size-4" />
            </Link>
          }
          secondary={
            <Link
              to="/app/interviews"
              className="font-medium text-slate-600 text-sm hover:text-slate-900 hover:underline"
            >
              {t("app.overview.history")}
            </Link>
          }
        />
        <FeatureCard
          icon="video"
          title={t("feature.meetingAssistant")}
          body={t("app.overview.meeting")}
          cost={costs ? t("app.overview.meetingCost", { points: formatNumber(costs.meetingPerMinute, locale) }) : null}
          testId="card-meeting"
          action={
            <Link to="/app/meetings/new" className={cardLinkClass}>
              {t("app.overview.meeting.cta")}
              <Icon name="arrowRight" className="size-4" />
            </Link>
          }
          secondary={
            <Link
              to="/app/meetings"
              className="font-medium text-slate-600 text-sm hover:text-slate-900 hover:underline"
            >
              {t("app.overview.history")}
            </Link>
          }
        />
      </ul>
      <p className="mt-3 text-slate-600 text-sm">
        {t("app.overview.resumesHint")}{" "}
        <Link to="/app/resumes" className="font-semibold text-indigo-600 hover:underline">
          {t("app.overview.resumes")}
        </Link>
      </p>
    </section>
  );
}

const cardLinkClass =
  "inline-flex items-center gap-2 rounded-lg bg-indigo-600 px-3 py-1.5 font-semibold text-sm text-white shadow-sm hover:bg-indigo-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600";

function FeatureCard({
  icon,
  title,
  body,
  cost,
  action,
  secondary,
  testId,
}: {
  icon: IconName;
  title: string;
  body: string;
  cost: string | null;
  action: ReactNode;
  secondary: ReactNode;
  testId: string;
}) {
  return (
    <li className="flex flex-col rounded-2xl border border-slate-200 bg-white p-5 shadow-sm" data-testid={testId}>
      <div className="flex items-start gap-4">
        <span className="flex size-10 shrink-0 items-center justify-center rounded-lg bg-indigo-50 text-indigo-600">
          <Icon name={icon} className="size-6" />
        </span>
        <div className="min-w-0">
          <h3 className="font-semibold text-lg text-slate-900">{title}</h3>
          <p className="mt-1 text-slate-600 text-sm">{body}</p>
        </div>
      </div>
      <div className="mt-4 flex flex-1 flex-wrap items-end justify-between gap-3">
        <p className="font-medium text-slate-700 text-sm" data-testid="feature-cost">
          {cost ?? <span className="inline-block h-4 w-16 animate-pulse rounded bg-slate-100" aria-hidden="true" />}
        </p>
        <div className="flex items-center gap-4">
          {secondary}
          {action}
        </div>
      </div>
    </li>
  );
}

const TIER_BADGE: Record<Tier, string> = {
  normal: "bg-slate-100 text-slate-700 ring-slate-300",
  bronze: "bg-orange-50 text-orange-800 ring-orange-300",
  silver: "bg-zinc-100 text-zinc-700 ring-zinc-400",
  gold: "bg-amber-50 text-amber-800 ring-amber-400",
};

const TIER_ORDER: readonly Tier[] = ["normal", "bronze", "silver", "gold"];

/** Tier badge, cumulative paid and progress to the next tier, the running plan, the points balance. */
function MembershipCard({ user }: { user: User }) {
  const { t, locale } = useI18n();
  const config = useQuery(billingConfigQueryOptions());
  const progress = config.data ? tierProgress(config.data, user.totalPaidFen) : null;
  const planRunning = user.membership !== null && Date.parse(user.membership.endsAt) > Date.now();
  const boosted = planRunning && TIER_ORDER.indexOf(user.tier) < TIER_ORDER.indexOf(PLAN_TIER as Tier);
  const percent = progress ? Math.round(progress.ratio * 100) : 0;

  return (
    <section
      aria-labelledby="membership-title"
      className="mt-6 rounded-2xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6"
      data-testid="membership-card"
    >
      <h2 id="membership-title" className="font-semibold text-lg text-slate-900">
        {t("membership.title")}
      </h2>
      <div className="mt-5 grid gap-6 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <div className="flex flex-wrap items-center gap-3">
            <span className="text-slate-500 text-sm">{t("membership.tier")}</span>
            <span
              className={`inline-flex items-center rounded-full px-3 py-1 font-semibold text-sm ring-1 ring-inset ${TIER_BADGE[user.tier]}`}
              data-testid="tier-badge"
              data-tier={user.tier}
            >
              {t(tierLabelKey(user.tier))}
            </span>
          </div>
          <p className="mt-3 text-slate-600 text-sm">
            {t("membership.totalPaid")}{" "}
            <span className="font-semibold text-slate-900" data-testid="total-paid">
              {formatFen(user.totalPaidFen, locale)}
            </span>
          </p>
          <div className="mt-4">
            {config.isError ? (
              <Alert tone="warning">{t("membership.configError", { message: config.error.message })}</Alert>
            ) : progress ? (
              progress.next ? (
                <>
                  <div
                    role="progressbar"
                    aria-label={t("membership.progress")}
                    aria-valuemin={0}
                    aria-valuemax={100}
                    aria-valuenow={percent}
                    aria-valuetext={t("membership.next", {
                      amount: formatFen(progress.remainingFen, locale),
                      tier: t(tierLabelKey(progress.next.code)),
                    })}
                    className="h-2.5 w-full overflow-hidden rounded-full bg-slate-100"
                  >
                    <div className="h-full rounded-full bg-indigo-600" style={{ width: `${percent}%` }} />
                  </div>
                  <p className="mt-2 text-slate-600 text-sm" data-testid="tier-next">
                    {t("membership.next", {
                      amount: formatFen(progress.remainingFen, locale),
                      tier: t(tierLabelKey(progress.next.code)),
                    })}
                  </p>
                </>
              ) : (
                <p className="text-slate-600 text-sm">{t("membership.top")}</p>
              )
            ) : (
              <div aria-hidden="true" className="h-2.5 w-full animate-pulse rounded-full bg-slate-100" />
            )}
          </div>
          <div className="mt-5 border-slate-100 border-t pt-4">
            <p className="text-slate-500 text-sm">{t("membership.plan")}</p>
            {user.membership ? (
              <p className="mt-1 font-medium text-slate-900" data-testid="membership-plan">
                {t("app.overview.membershipUntil", {
                  plan: t(`pricing.plan.${user.membership.plan}`),
                  date: formatDate(user.membership.endsAt, locale),
                })}
              </p>
            ) : (
              <p className="mt-1 text-slate-900" data-testid="membership-plan">
                {t("membership.noPlan")}{" "}
                <Link to="/pricing" className="font-semibold text-indigo-600 text-sm hover:underline">
                  {t("membership.viewPlans")}
                </Link>
              </p>
            )}
            {boosted ? (
              <p className="mt-1 text-slate-600 text-sm">
                {t("membership.planBoost", { tier: t(tierLabelKey(PLAN_TIER as Tier)) })}
              </p>
            ) : null}
          </div>
        </div>
        <div className="rounded-xl bg-slate-50 p-4 ring-1 ring-slate-200">
          <p className="text-slate-500 text-sm">{t("membership.points")}</p>
          <p className="mt-1 font-bold text-3xl text-slate-900 tabular-nums">
            {formatNumber(user.pointsBalance, locale)}
          </p>
          <div className="mt-4 flex flex-wrap gap-3 text-sm">
            <Link
              to="/app/recharge"
              className="rounded-lg bg-indigo-600 px-3 py-1.5 font-semibold text-white shadow-sm hover:bg-indigo-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
            >
              {t("membership.recharge")}
            </Link>
            <Link
              to="/app/points"
              className="rounded-lg px-3 py-1.5 font-semibold text-indigo-600 hover:bg-indigo-50 focus-visible:outline-2 focus-visible:outline-indigo-600"
            >
              {t("membership.pointsHistory")}
            </Link>
          </div>
        </div>
      </div>
    </section>
  );
}
